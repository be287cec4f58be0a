namespace OrleansExperiments.Statistics;

/// <summary>A two-sided t-test of a contrast of cell means against 0.</summary>
/// <param name="StandardError">Standard error of the contrast.</param>
/// <param name="Statistic">t; null when the standard error is 0 and the contrast is known exactly.</param>
/// <param name="DegreesOfFreedom">t degrees of freedom; null with <paramref name="Statistic"/>.</param>
/// <param name="PValue">Two-sided p-value; 0 or 1 when the contrast is known exactly.</param>
public sealed record ContrastTest(double StandardError, double? Statistic, double? DegreesOfFreedom, double PValue);
