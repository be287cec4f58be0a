using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Abstractions.Queue;

/// <summary>
/// The queue of one device pool (keyed by <see cref="DevicePools"/>). Workers pull runs with leases; a lease that stops
/// heartbeating expires and its run is queued again. The queue never calls other grains, so nothing can call back into it.
/// </summary>
[Alias("orlx.IRunQueueGrain")]
public interface IRunQueueGrain : IGrainWithStringKey
{
    /// <summary>Adds runs; a run already pending or leased is not added twice.</summary>
    [Alias("Enqueue")] Task Enqueue(ImmutableArray<RunSpec> runs);

    /// <summary>Hands the oldest run this worker may serve to it, or null when there is none.</summary>
    [Alias("Lease")] Task<RunLease?> Lease(WorkerInfo worker);

    /// <summary>Extends a lease. False: the lease expired and its run went to another worker, so stop training.</summary>
    [Alias("Heartbeat")] Task<bool> Heartbeat(string leaseId);

    /// <summary>Drops a lease whose outcome the run grain has recorded.</summary>
    [Alias("Complete")] Task Complete(string leaseId);

    /// <summary>Puts a leased run back at the front: its silo is shutting down gracefully.</summary>
    [Alias("Release")] Task Release(string leaseId);

    /// <summary>Puts a leased run back at the end after a failed attempt (called by the run grain, which counts attempts).</summary>
    [Alias("Retry")] Task Retry(string leaseId);

    /// <summary>Removes every pending run of an experiment (it failed or was stopped).</summary>
    [Alias("Cancel")] Task Cancel(string experimentId);

    [Alias("GetSnapshot")] Task<QueueSnapshot> GetSnapshot();
}

/// <summary>What a queue holds right now, and the silos that polled it recently.</summary>
[GenerateSerializer, Immutable, Alias("orlx.QueueSnapshot")]
public sealed record QueueSnapshot(
    [property: Id(0)] int Pending,
    [property: Id(1)] int Leased,
    [property: Id(2)] ImmutableArray<WorkerInfo> ActiveWorkers);
