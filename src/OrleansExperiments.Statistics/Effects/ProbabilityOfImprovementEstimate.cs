namespace OrleansExperiments.Statistics;

/// <summary>P(change better than baseline) with its percentile bootstrap interval.</summary>
/// <param name="Estimate">U/(n₁n₂): the share of (baseline, change) value pairs in which the change is better, ties counted ½.</param>
/// <param name="Interval">Percentile bootstrap interval (R7 quantiles); null when no resamples were asked for.</param>
/// <param name="Resamples">Number of bootstrap resamples drawn.</param>
/// <param name="Seed">Seed of the resampling, so the interval can be reproduced.</param>
public sealed record ProbabilityOfImprovementEstimate(double Estimate, ConfidenceInterval? Interval, int Resamples, int Seed);
