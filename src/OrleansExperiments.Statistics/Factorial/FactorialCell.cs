namespace OrleansExperiments.Statistics;

/// <summary>One cell of a 2^k ablation: the changes applied on top of the baseline and the per-seed values.</summary>
/// <param name="Changes">Names of the components applied in this cell; empty for the baseline cell.</param>
/// <param name="Values">Per-seed final metric values (at least 2).</param>
public sealed record FactorialCell(IReadOnlyCollection<string> Changes, IReadOnlyList<double> Values);
