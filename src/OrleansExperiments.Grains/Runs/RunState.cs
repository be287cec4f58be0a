using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Grains.Runs;

/// <summary>The persisted state of a run grain. The alias is frozen: stored state refers to it.</summary>
[GenerateSerializer, Alias("orlx.state.RunState.v1")]
public sealed class RunState
{
    [Id(0)] public RunSpec? Spec { get; set; }
    [Id(1)] public RunStatus Status { get; set; } = RunStatus.Queued;
    [Id(2)] public int Attempts { get; set; }
    /// <summary>The lease of the attempt in progress; outcomes of any other lease are stale.</summary>
    [Id(3)] public string? CurrentLeaseId { get; set; }
    [Id(4)] public RunOutcome? LastOutcome { get; set; }
    /// <summary>Whether the experiment has been told of the final status (retried on activation until it has).</summary>
    [Id(5)] public bool ExperimentNotified { get; set; }
    [Id(6)] public string? FailureReason { get; set; }
}
