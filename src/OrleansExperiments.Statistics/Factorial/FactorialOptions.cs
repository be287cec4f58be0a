namespace OrleansExperiments.Statistics;

/// <summary>How to analyse a factorial ablation.</summary>
public sealed record FactorialOptions
{
    /// <summary>Whether a larger or a smaller metric is better.</summary>
    public required MetricGoal Goal { get; init; }

    /// <summary>Significance level of the two-sided contrast tests, in (0, 0.5].</summary>
    public double Alpha { get; init; } = ComparisonOptions.DefaultAlpha;

    /// <summary>
    /// Which standard errors decide the masked-regression findings. Pooled by default: with r seeds per
    /// cell it has cells·(r − 1) degrees of freedom, far more power than any two-cell comparison.
    /// </summary>
    public FactorialVariance Variance { get; init; } = FactorialVariance.Pooled;
}
