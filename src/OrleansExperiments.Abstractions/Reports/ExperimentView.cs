using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Abstractions.Reports;

/// <summary>An experiment's progress and, once completed, its report.</summary>
[GenerateSerializer, Immutable, Alias("orlx.ExperimentView")]
public sealed record ExperimentView
{
    [Id(0)] public required string ExperimentId { get; init; }
    [Id(1)] public required ExperimentKind Kind { get; init; }
    [Id(2)] public required ExperimentStatus Status { get; init; }
    [Id(3)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(4)] public required int TotalRuns { get; init; }
    [Id(5)] public required int SucceededRuns { get; init; }
    [Id(6)] public required int FailedRuns { get; init; }
    /// <summary>Why the experiment failed or was refused; null otherwise.</summary>
    [Id(7)] public string? Message { get; init; }
    [Id(8)] public CompareReport? Compare { get; init; }
    [Id(9)] public RunReport? Run { get; init; }
    [Id(10)] public ImmutableArray<RunView> Runs { get; init; } = [];
    [Id(11)] public ExperimentSpec? Spec { get; init; }
    [Id(12)] public AblationReport? Ablation { get; init; }
    [Id(13)] public FastGateReport? FastGate { get; init; }

    public bool IsFinal => Status is ExperimentStatus.Completed or ExperimentStatus.Failed or ExperimentStatus.Refused;
}
