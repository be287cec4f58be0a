namespace OrleansExperiments.Statistics;

/// <summary>The outcome of a two one-sided tests (TOST) equivalence check of change − baseline.</summary>
/// <param name="Status">Unchanged, changed or inconclusive.</param>
/// <param name="Difference">Mean of change − mean of baseline (mean paired difference when paired).</param>
/// <param name="Margin">The declared margin δ.</param>
/// <param name="Alpha">Significance level of each one-sided test.</param>
/// <param name="Interval">The 1 − 2α confidence interval of the difference; equivalence holds when it lies inside [−δ, δ].</param>
/// <param name="LowerStatistic">t for H₀: difference ≤ −δ; null after an exact comparison.</param>
/// <param name="UpperStatistic">t for H₀: difference ≥ δ; null after an exact comparison.</param>
/// <param name="DegreesOfFreedom">t degrees of freedom; null after an exact comparison.</param>
/// <param name="LowerPValue">p-value against H₀: difference ≤ −δ.</param>
/// <param name="UpperPValue">p-value against H₀: difference ≥ δ.</param>
/// <param name="DifferencePValue">Two-sided p-value against H₀: difference = 0.</param>
/// <param name="DecidedByExactComparison">True when zero variance (or the deterministic paired rule) decided.</param>
/// <param name="Reason">The status in words, with the evidence.</param>
public sealed record EquivalenceResult(
    EquivalenceStatus Status,
    double Difference,
    double Margin,
    double Alpha,
    ConfidenceInterval Interval,
    double? LowerStatistic,
    double? UpperStatistic,
    double? DegreesOfFreedom,
    double LowerPValue,
    double UpperPValue,
    double DifferencePValue,
    bool DecidedByExactComparison,
    string Reason)
{
    /// <summary>The TOST p-value: the larger of the two one-sided p-values.</summary>
    public double EquivalencePValue => Math.Max(LowerPValue, UpperPValue);
}
