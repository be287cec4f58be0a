namespace OrleansExperiments.Statistics;

/// <summary>An effect or a comparison in a factorial ablation, tested both with the pooled and with Welch standard errors.</summary>
/// <param name="Name">"A" for a main effect, "A:B" for an interaction, "A+B" for a cell compared with the baseline.</param>
/// <param name="Components">The components involved.</param>
/// <param name="Estimate">The contrast in metric units (positive: the metric goes up).</param>
/// <param name="Pooled">The test with the pooled within-cell variance.</param>
/// <param name="Welch">The test with each cell's own variance (Welch–Satterthwaite df).</param>
public sealed record FactorialContrast(string Name, IReadOnlyList<string> Components, double Estimate, ContrastTest Pooled, ContrastTest Welch)
{
    /// <summary>The test under the chosen variance estimate.</summary>
    public ContrastTest Under(FactorialVariance variance) => variance == FactorialVariance.Welch ? Welch : Pooled;
}
