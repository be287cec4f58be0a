namespace OrleansExperiments.Statistics;

/// <summary>
/// The one rule that turns a test into a verdict: significant when p ≤ α; progress or regression by
/// the direction of the difference relative to the metric's goal, restricted to what the alternative
/// asks about. Every entry point (comparison, adjusted comparisons, sequential plan) decides here.
/// </summary>
internal static class VerdictRule
{
    /// <param name="test">The test; its Alternative and Alpha are used.</param>
    /// <param name="pValue">The p-value that decides (the test's own, or an adjusted one).</param>
    /// <param name="goal">The metric's goal.</param>
    /// <param name="pValueName">How to name the p-value in the reason, for example "p" or "Holm-adjusted p".</param>
    public static (Verdict Verdict, string Reason) Decide(MeanDifferenceTestResult test, double pValue, MetricGoal goal, string pValueName = "p")
    {
        var improvement = goal.ImprovementSign() * test.Difference;
        var significant = pValue <= test.Alpha;
        var verdict = !significant ? Verdict.Inconclusive
            : improvement > 0 && test.Alternative != Alternative.Worse ? Verdict.Progress
            : improvement < 0 && test.Alternative != Alternative.Better ? Verdict.Regression
            : Verdict.Inconclusive;
        return (verdict, Explain(test, pValue, pValueName, verdict));
    }

    private static string Explain(MeanDifferenceTestResult test, double pValue, string pValueName, Verdict verdict)
    {
        var evidence = test.DecidedByExactComparison ? ExactEvidence(test) : TestEvidence(test, pValue, pValueName);
        return verdict switch
        {
            Verdict.Progress => $"The change is better than the baseline: {evidence}.",
            Verdict.Regression => $"The change is worse than the baseline: {evidence}.",
            _ when test.DecidedByExactComparison && test.Difference == 0 => $"The arms do not differ: {evidence}.",
            _ => $"{NoFinding(test.Alternative)} at α = {Text.Number(test.Alpha)}: {evidence}.",
        };
    }

    private static string NoFinding(Alternative alternative) => alternative switch
    {
        Alternative.Better => "The change is not significantly better than the baseline",
        Alternative.Worse => "The change is not significantly worse than the baseline",
        _ => "No significant difference",
    };

    private static string TestEvidence(MeanDifferenceTestResult test, double pValue, string pValueName)
    {
        var sided = test.Alternative == Alternative.TwoSided ? "two-sided" : "one-sided";
        var comparison = pValue <= test.Alpha ? "≤" : ">";
        return $"mean difference (change − baseline) {Text.Number(test.Difference)}, "
            + $"{Text.Percent(test.Interval.Level)} CI [{Text.Number(test.Interval.Low)}, {Text.Number(test.Interval.High)}]; "
            + $"{TestName(test.Kind)} t = {Text.Number(test.Statistic ?? double.NaN)} on {Text.Number(test.DegreesOfFreedom ?? double.NaN)} df, "
            + $"{sided} {pValueName} = {Text.Number(pValue)} {comparison} α = {Text.Number(test.Alpha)}";
    }

    private static string ExactEvidence(MeanDifferenceTestResult test)
    {
        var what = test.Kind == TestKind.Paired
            ? $"every paired difference (change − baseline) is exactly {Text.Number(test.Difference)}"
            : $"both arms have zero variance and differ by exactly {Text.Number(test.Difference)} (change − baseline)";
        return $"{what}, so they are compared exactly, without a t-test";
    }

    private static string TestName(TestKind kind) => kind switch
    {
        TestKind.Welch => "Welch",
        TestKind.Student => "Student",
        TestKind.Paired => "paired",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown test kind."),
    };
}
