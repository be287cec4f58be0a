using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>The persisted state of an experiment grain. The alias is frozen: stored state refers to it.</summary>
[GenerateSerializer, Alias("orlx.state.ExperimentState.v1")]
public sealed class ExperimentState
{
    [Id(0)] public ExperimentSpec? Spec { get; set; }
    [Id(1)] public ExperimentStatus Status { get; set; } = ExperimentStatus.Queued;
    [Id(2)] public string? Message { get; set; }
    /// <summary>Every run id the experiment expanded into.</summary>
    [Id(3)] public List<string> RunIds { get; set; } = [];
    /// <summary>Final runs by run id.</summary>
    [Id(4)] public Dictionary<string, RunView> FinishedRuns { get; set; } = [];
    /// <summary>Whether all runs were queued (re-done on activation if a crash came in between).</summary>
    [Id(5)] public bool RunsQueued { get; set; }
    [Id(6)] public CompareReport? Compare { get; set; }
    [Id(7)] public RunReport? Run { get; set; }
    [Id(8)] public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Baseline results reused from the baseline grains, by mode.</summary>
    [Id(9)] public Dictionary<string, List<RunView>> ReusedBaselineRuns { get; set; } = [];
    [Id(10)] public AblationReport? Ablation { get; set; }
    /// <summary>Whether the fast gate's runs are still to finish (the main runs are queued once it passes).</summary>
    [Id(11)] public bool GatePending { get; set; }
    [Id(12)] public FastGateReport? FastGate { get; set; }
}
