namespace OrleansExperiments.Statistics;

/// <summary>A cell of the ablation with its summary.</summary>
/// <param name="Name">"baseline", or the applied components joined by "+".</param>
/// <param name="Changes">The applied components, in the order the components were declared.</param>
/// <param name="Summary">n, mean, sd and IQM of the cell's values.</param>
public sealed record FactorialCellSummary(string Name, IReadOnlyList<string> Changes, SampleSummary Summary);
