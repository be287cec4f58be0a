using Orleans.Concurrency;

namespace OrleansExperiments.Abstractions.Runs;

/// <summary>One seeded run: its spec, its attempts and its final result. Keyed by <see cref="RunIds.For"/>.</summary>
[Alias("orlx.IRunGrain")]
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Stores the spec; calling it again with the same spec changes nothing.</summary>
    [Alias("Initialize")] Task Initialize(RunSpec spec);

    /// <summary>A worker holding <paramref name="leaseId"/> is about to train. False: the run is already final or out of attempts, so drop the lease.</summary>
    [Alias("TryStart")] Task<bool> TryStart(string leaseId, string silo, string device);

    /// <summary>Records an attempt's outcome. An outcome from a lease that is no longer current is ignored (the run was handed to another worker).</summary>
    [Alias("RecordOutcome")] Task RecordOutcome(string leaseId, RunOutcome outcome);

    /// <summary>The worker holding <paramref name="leaseId"/> hands the run back unfinished (its silo is stopping): the attempt does not count.</summary>
    [Alias("Release")] Task Release(string leaseId);

    /// <summary>Read-only, so it may interleave: the experiment reads runs while a run may be reporting to it.</summary>
    [AlwaysInterleave, Alias("GetView")] Task<RunView> GetView();
}
