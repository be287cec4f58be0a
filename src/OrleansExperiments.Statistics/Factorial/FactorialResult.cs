namespace OrleansExperiments.Statistics;

/// <summary>The analysis of a 2^k factorial ablation.</summary>
/// <param name="Options">The options the analysis ran with.</param>
/// <param name="Components">The k components, in declared order.</param>
/// <param name="Cells">The 2^k cells, baseline first, in binary order of the components (A, B, A+B, C, …).</param>
/// <param name="PooledVariance">The pooled within-cell variance.</param>
/// <param name="PooledDegreesOfFreedom">Σ(nᵢ − 1) over the cells.</param>
/// <param name="Effects">
/// Main effects and interactions, as differences of averages: a main effect is the mean of the cells
/// with the component minus the mean of those without; an interaction A:B is the same contrast with
/// the product of the ±1 codes (twice the coefficient of a ±1-coded linear model).
/// </param>
/// <param name="CellComparisons">Every cell other than the baseline minus the baseline cell.</param>
/// <param name="MaskedRegressions">The masked-regression findings under <see cref="FactorialOptions.Variance"/>.</param>
public sealed record FactorialResult(
    FactorialOptions Options,
    IReadOnlyList<string> Components,
    IReadOnlyList<FactorialCellSummary> Cells,
    double PooledVariance,
    double PooledDegreesOfFreedom,
    IReadOnlyList<FactorialContrast> Effects,
    IReadOnlyList<FactorialContrast> CellComparisons,
    IReadOnlyList<MaskedRegression> MaskedRegressions);
