using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Grains.Queue;

/// <summary>The persisted state of a run queue. The alias is frozen: stored state refers to it.</summary>
[GenerateSerializer, Alias("orlx.state.RunQueueState.v1")]
public sealed class RunQueueState
{
    /// <summary>Runs waiting for a worker, oldest first.</summary>
    [Id(0)] public List<RunSpec> Pending { get; set; } = [];

    /// <summary>Runs handed to a worker, by lease id.</summary>
    [Id(1)] public Dictionary<string, LeaseEntry> Leases { get; set; } = [];

    /// <summary>The fingerprint class each experiment's runs are bound to once its first run was leased.</summary>
    [Id(2)] public Dictionary<string, string> PinnedClasses { get; set; } = [];
}

/// <summary>One lease: which run, which worker, until when.</summary>
[GenerateSerializer, Alias("orlx.state.LeaseEntry.v1")]
public sealed class LeaseEntry
{
    [Id(0)] public required RunSpec Run { get; set; }
    [Id(1)] public required string WorkerId { get; set; }
    [Id(2)] public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>Its experiment was cancelled while it trained: the run is not queued again when the lease ends.</summary>
    [Id(3)] public bool Cancelled { get; set; }
}
