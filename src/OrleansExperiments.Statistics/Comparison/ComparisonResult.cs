namespace OrleansExperiments.Statistics;

/// <summary>Everything a report says about one change against its baseline on one metric.</summary>
/// <param name="Options">The options the comparison ran with.</param>
/// <param name="Baseline">n, mean, sd and IQM of the baseline arm.</param>
/// <param name="Change">n, mean, sd and IQM of the change arm.</param>
/// <param name="Test">The t-test: difference, statistic, df, p-value and CI of change − baseline.</param>
/// <param name="HedgesG">Hedges' g, signed like the difference; null when both arms have zero variance.</param>
/// <param name="ProbabilityOfImprovement">P(change better than baseline) with its bootstrap interval.</param>
/// <param name="RecommendedSeeds">Seeds per arm needed to detect the minimum effect (default: the observed difference).</param>
/// <param name="Verdict">Progress, regression or inconclusive.</param>
/// <param name="Reason">The verdict in words, with the evidence.</param>
public sealed record ComparisonResult(
    ComparisonOptions Options,
    SampleSummary Baseline,
    SampleSummary Change,
    MeanDifferenceTestResult Test,
    double? HedgesG,
    ProbabilityOfImprovementEstimate ProbabilityOfImprovement,
    SeedRecommendation RecommendedSeeds,
    Verdict Verdict,
    string Reason)
{
    /// <summary>Set by <see cref="MultipleComparisons.Adjust"/>: the adjusted p-value that decided the verdict.</summary>
    public double? AdjustedPValue { get; init; }

    /// <summary>Set by <see cref="MultipleComparisons.Adjust"/>: the adjustment method.</summary>
    public PValueAdjustment? Adjustment { get; init; }

    /// <summary>The p-value the verdict rests on: the adjusted one when there is one.</summary>
    public double DecidingPValue => AdjustedPValue ?? Test.PValue;
}
