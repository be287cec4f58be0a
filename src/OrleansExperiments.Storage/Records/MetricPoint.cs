namespace OrleansExperiments.Storage.Records;

/// <summary>One point of a metric curve of a run; the run is given to the store's methods.</summary>
/// <param name="Name">The metric's name, e.g. <c>train_loss</c> or <c>loss/train</c>.</param>
/// <param name="Step">The training step, zero or more.</param>
/// <param name="Value">The value at that step.</param>
public sealed record MetricPoint(string Name, long Step, double Value);
