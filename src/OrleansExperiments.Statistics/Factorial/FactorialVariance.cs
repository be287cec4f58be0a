namespace OrleansExperiments.Statistics;

/// <summary>How the standard error of a factorial contrast is estimated.</summary>
public enum FactorialVariance
{
    /// <summary>One within-cell variance pooled over all cells; df = Σ(nᵢ − 1), which is cells·(r − 1) when balanced.</summary>
    Pooled,

    /// <summary>Each cell's own variance, Welch–Satterthwaite degrees of freedom: for unequal variances.</summary>
    Welch,
}
