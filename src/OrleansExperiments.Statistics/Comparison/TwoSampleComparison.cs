namespace OrleansExperiments.Statistics;

/// <summary>Compares per-seed final metric values of a change with those of its baseline.</summary>
public static class TwoSampleComparison
{
    /// <summary>
    /// The verdict alone: the t-test and the rule, without bootstrap or power analysis. Cheap enough for
    /// simulations; <see cref="Compare"/> gives the same verdict with the full report.
    /// </summary>
    public static VerdictDecision Decide(IReadOnlyList<double> baseline, IReadOnlyList<double> change, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baselineValues = Require.Sample(baseline, nameof(baseline));
        var changeValues = Require.Sample(change, nameof(change));
        Require.Alpha(options.Alpha, nameof(options.Alpha));
        var test = MeanDifferenceTest.Run(DifferenceEstimate.Of(baselineValues, changeValues, options.Test), options.Test, options.Alternative, options.Goal, options.Alpha);
        var (verdict, reason) = VerdictRule.Decide(test, test.PValue, options.Goal);
        return new VerdictDecision(test, verdict, reason);
    }

    /// <summary>
    /// The full comparison: test, CI of the difference, Hedges' g, probability of improvement with its
    /// bootstrap interval, per-arm summaries, verdict with reason, and the recommended seeds per arm.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// Fewer than 2 values in an arm, a non-finite value, α outside (0, 0.5], or a paired test on arms of different sizes.
    /// </exception>
    public static ComparisonResult Compare(IReadOnlyList<double> baseline, IReadOnlyList<double> change, ComparisonOptions options)
    {
        var decision = Decide(baseline, change, options);
        var baselineSummary = SampleSummary.Of(baseline);
        var changeSummary = SampleSummary.Of(change);
        var probability = ProbabilityOfImprovement.Estimate(
            baseline,
            change,
            options.Goal,
            paired: options.Test == TestKind.Paired,
            options.BootstrapResamples,
            decision.Test.Interval.Level,
            options.BootstrapSeed);
        var recommendation = RecommendSeeds(decision.Test, baselineSummary, changeSummary, options);
        return new ComparisonResult(
            options,
            baselineSummary,
            changeSummary,
            decision.Test,
            HedgesG.Compute(baselineSummary, changeSummary),
            probability,
            recommendation,
            decision.Verdict,
            WithRecommendation(decision.Verdict, decision.Reason, recommendation, Math.Min(baselineSummary.Count, changeSummary.Count)));
    }

    /// <summary>Re-decides a comparison on another p-value (an adjusted one), keeping everything else.</summary>
    internal static ComparisonResult Redecide(ComparisonResult result, double pValue, string pValueName)
    {
        var (verdict, reason) = VerdictRule.Decide(result.Test, pValue, result.Options.Goal, pValueName);
        var seeds = Math.Min(result.Baseline.Count, result.Change.Count);
        return result with { Verdict = verdict, Reason = WithRecommendation(verdict, reason, result.RecommendedSeeds, seeds) };
    }

    private static SeedRecommendation RecommendSeeds(MeanDifferenceTestResult test, SampleSummary baseline, SampleSummary change, ComparisonOptions options)
    {
        var effect = options.MinimumEffect ?? test.Difference;
        return options.Test switch
        {
            // The test's standard error is sd(differences)/√n.
            TestKind.Paired => PowerAnalysis.PairedSeeds(effect, test.StandardError * Math.Sqrt(baseline.Count), options.Alpha, options.Alternative, options.Power),
            TestKind.Student => StudentRecommendation(effect, Math.Sqrt(PooledVariance.Of(baseline, change)), options),
            _ => PowerAnalysis.SeedsPerArm(effect, baseline.StandardDeviation, change.StandardDeviation, options.Alpha, options.Alternative, options.Power),
        };
    }

    private static SeedRecommendation StudentRecommendation(double effect, double pooledStandardDeviation, ComparisonOptions options) =>
        PowerAnalysis.SeedsPerArm(effect, pooledStandardDeviation, pooledStandardDeviation, options.Alpha, options.Alternative, options.Power);

    private static string WithRecommendation(Verdict verdict, string reason, SeedRecommendation recommendation, int seedsPerArm)
    {
        if (verdict != Verdict.Inconclusive)
        {
            return reason;
        }

        var tooFew = !recommendation.IsCapped && recommendation.SeedsPerArm > seedsPerArm
            ? $" {seedsPerArm} seeds per arm were too few:"
            : string.Empty;
        return $"{reason}{tooFew} {recommendation.Explanation}";
    }
}
