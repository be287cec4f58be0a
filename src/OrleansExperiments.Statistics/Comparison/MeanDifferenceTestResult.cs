namespace OrleansExperiments.Statistics;

/// <summary>A t-test of the difference of means, change − baseline, in metric units.</summary>
/// <param name="Kind">Welch, Student or paired.</param>
/// <param name="Alternative">The alternative tested, in the metric's improving direction.</param>
/// <param name="Alpha">The significance level the interval was built for.</param>
/// <param name="Difference">Mean of change − mean of baseline (the mean paired difference for a paired test).</param>
/// <param name="StandardError">Standard error of <paramref name="Difference"/>.</param>
/// <param name="Statistic">The t statistic; null when the standard error is 0 and the arms were compared exactly.</param>
/// <param name="DegreesOfFreedom">t degrees of freedom (Welch–Satterthwaite for Welch); null with <paramref name="Statistic"/>.</param>
/// <param name="PValue">The p-value for <paramref name="Alternative"/>; 0 or 1 after an exact comparison.</param>
/// <param name="Interval">
/// The confidence interval of the difference: at 1 − α for a two-sided test, at 1 − 2α for a one-sided
/// test (its bounds are the two one-sided 1 − α bounds); a single point after an exact comparison.
/// </param>
/// <param name="DecidedByExactComparison">True when the standard error is 0 (deterministic arms).</param>
public sealed record MeanDifferenceTestResult(
    TestKind Kind,
    Alternative Alternative,
    double Alpha,
    double Difference,
    double StandardError,
    double? Statistic,
    double? DegreesOfFreedom,
    double PValue,
    ConfidenceInterval Interval,
    bool DecidedByExactComparison);
