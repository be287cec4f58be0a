namespace OrleansExperiments.Statistics;

/// <summary>Welch, Student and paired t-tests of change − baseline, with the matching confidence interval.</summary>
public static class MeanDifferenceTest
{
    /// <summary>
    /// Tests the difference of means. The alternative is read in the metric's improving direction:
    /// <see cref="Alternative.Better"/> for a maximized metric is R's <c>alternative = "greater"</c> on
    /// <c>t.test(change, baseline)</c>, for a minimized one <c>"less"</c>. When the standard error is 0
    /// the difference is known exactly and decides on its own (see <see cref="MeanDifferenceTestResult"/>).
    /// </summary>
    public static MeanDifferenceTestResult Run(
        IReadOnlyList<double> baseline,
        IReadOnlyList<double> change,
        TestKind kind,
        Alternative alternative,
        MetricGoal goal,
        double alpha)
    {
        var baselineValues = Require.Sample(baseline, nameof(baseline));
        var changeValues = Require.Sample(change, nameof(change));
        Require.Alpha(alpha);
        return Run(DifferenceEstimate.Of(baselineValues, changeValues, kind), kind, alternative, goal, alpha);
    }

    internal static MeanDifferenceTestResult Run(DifferenceEstimate estimate, TestKind kind, Alternative alternative, MetricGoal goal, double alpha)
    {
        var level = ConfidenceInterval.LevelFor(alternative, alpha);
        if (estimate.IsExact)
        {
            return new MeanDifferenceTestResult(
                kind,
                alternative,
                alpha,
                estimate.Estimate,
                0,
                Statistic: null,
                DegreesOfFreedom: null,
                TailProbability.ExactPValue(estimate.Estimate, alternative, goal),
                new ConfidenceInterval(estimate.Estimate, estimate.Estimate, level),
                DecidedByExactComparison: true);
        }

        var t = estimate.Estimate / estimate.StandardError;
        var halfWidth = StudentTDistribution.UpperQuantile((1 - level) / 2, estimate.DegreesOfFreedom) * estimate.StandardError;
        return new MeanDifferenceTestResult(
            kind,
            alternative,
            alpha,
            estimate.Estimate,
            estimate.StandardError,
            t,
            estimate.DegreesOfFreedom,
            TailProbability.PValue(t, estimate.DegreesOfFreedom, alternative, goal),
            new ConfidenceInterval(estimate.Estimate - halfWidth, estimate.Estimate + halfWidth, level),
            DecidedByExactComparison: false);
    }
}
