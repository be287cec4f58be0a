namespace OrleansExperiments.Statistics;

/// <summary>
/// A component whose own effect significantly worsens the metric while a combination containing it
/// significantly improves it: the combination's gain hides the component's regression.
/// </summary>
/// <param name="Change">The regressing component.</param>
/// <param name="Context">"alone" (the component versus the baseline) or "on top of B+C" (all components versus all but this one).</param>
/// <param name="Estimate">The component's effect in that context, in metric units.</param>
/// <param name="PValue">Two-sided p-value of that effect.</param>
/// <param name="MaskedBy">The improving combination, for example "A+B".</param>
/// <param name="MaskedByEstimate">The combination's difference from the baseline.</param>
/// <param name="MaskedByPValue">Two-sided p-value of that difference.</param>
/// <param name="Description">The finding in words.</param>
public sealed record MaskedRegression(
    string Change,
    string Context,
    double Estimate,
    double PValue,
    string MaskedBy,
    double MaskedByEstimate,
    double MaskedByPValue,
    string Description);
