using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Configuration;

namespace OrleansExperiments.Grains.Queue;

/// <summary>
/// The run queue of one device pool. It only holds state and decides; it calls no other grain, so no call cycle can
/// reach it. Heartbeats extend leases in memory only: on activation every lease gets a fresh grace period, which
/// spares a storage write per heartbeat.
/// </summary>
public sealed class RunQueueGrain(
    [PersistentState("queue", GridStorage.Name)] IPersistentState<RunQueueState> state,
    IOptions<GridOptions> options,
    TimeProvider clock) : Grain, IRunQueueGrain
{
    private readonly GridOptions _options = options.Value;
    private readonly Dictionary<string, (WorkerInfo Worker, DateTimeOffset LastSeen)> _workers = [];

    private RunQueueState Queue => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var graceUntil = clock.GetUtcNow() + _options.LeaseDuration;
        foreach (var lease in Queue.Leases.Values)
        {
            lease.ExpiresAt = graceUntil;
        }
        return Task.CompletedTask;
    }

    public async Task Enqueue(ImmutableArray<RunSpec> runs)
    {
        var known = Queue.Pending.Select(r => r.RunId)
            .Concat(Queue.Leases.Values.Select(l => l.Run.RunId))
            .ToHashSet(StringComparer.Ordinal);
        var added = runs.Where(r => known.Add(r.RunId)).ToList();
        if (added.Count == 0)
        {
            return;
        }
        Queue.Pending.AddRange(added);
        await state.WriteStateAsync();
    }

    public async Task<RunLease?> Lease(WorkerInfo worker)
    {
        var now = clock.GetUtcNow();
        _workers[worker.WorkerId] = (worker, now);
        var changed = RequeueExpiredLeases(now);

        var index = Queue.Pending.FindIndex(run => MayServe(worker, run));
        if (index < 0)
        {
            if (changed)
            {
                await state.WriteStateAsync();
            }
            return null;
        }

        var run = Queue.Pending[index];
        Queue.Pending.RemoveAt(index);
        Queue.PinnedClasses.TryAdd(run.ExperimentId, worker.FingerprintClass);
        var leaseId = Guid.NewGuid().ToString("N");
        var expiresAt = now + _options.LeaseDuration;
        Queue.Leases[leaseId] = new LeaseEntry { Run = run, WorkerId = worker.WorkerId, ExpiresAt = expiresAt };
        await state.WriteStateAsync();
        return new RunLease(leaseId, run, expiresAt);
    }

    public Task<bool> Heartbeat(string leaseId)
    {
        if (!Queue.Leases.TryGetValue(leaseId, out var lease))
        {
            return Task.FromResult(false);
        }
        lease.ExpiresAt = clock.GetUtcNow() + _options.LeaseDuration;
        return Task.FromResult(true);
    }

    public async Task Complete(string leaseId)
    {
        if (Queue.Leases.Remove(leaseId, out var lease))
        {
            ForgetExperimentIfIdle(lease.Run.ExperimentId);
            await state.WriteStateAsync();
        }
    }

    public Task Release(string leaseId) => PutBack(leaseId, atFront: true);

    public Task Retry(string leaseId) => PutBack(leaseId, atFront: false);

    public async Task Cancel(string experimentId)
    {
        var removed = Queue.Pending.RemoveAll(r => r.ExperimentId == experimentId);
        // Runs in training finish and record their outcome, but a retry or a hand-back must not queue them again.
        var leased = Queue.Leases.Values.Where(l => l.Run.ExperimentId == experimentId && !l.Cancelled).ToList();
        foreach (var lease in leased)
        {
            lease.Cancelled = true;
        }
        ForgetExperimentIfIdle(experimentId);
        if (removed > 0 || leased.Count > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<QueueSnapshot> GetSnapshot()
    {
        var activeSince = clock.GetUtcNow() - _options.WorkerActivityWindow;
        var active = _workers.Values.Where(w => w.LastSeen >= activeSince).Select(w => w.Worker).ToImmutableArray();
        return Task.FromResult(new QueueSnapshot(Queue.Pending.Count, Queue.Leases.Count, active));
    }

    private bool MayServe(WorkerInfo worker, RunSpec run) =>
        !Queue.PinnedClasses.TryGetValue(run.ExperimentId, out var pinned) || pinned == worker.FingerprintClass;

    private async Task PutBack(string leaseId, bool atFront)
    {
        if (!Queue.Leases.Remove(leaseId, out var lease))
        {
            return;
        }
        if (lease.Cancelled)
        {
            ForgetExperimentIfIdle(lease.Run.ExperimentId);
        }
        else if (atFront)
        {
            Queue.Pending.Insert(0, lease.Run);
        }
        else
        {
            Queue.Pending.Add(lease.Run);
        }
        await state.WriteStateAsync();
    }

    private bool RequeueExpiredLeases(DateTimeOffset now)
    {
        var expired = Queue.Leases.Where(l => l.Value.ExpiresAt < now).Select(l => l.Key).ToList();
        foreach (var leaseId in expired)
        {
            Queue.Leases.Remove(leaseId, out var lease);
            if (lease!.Cancelled)
            {
                ForgetExperimentIfIdle(lease.Run.ExperimentId);
            }
            else
            {
                Queue.Pending.Insert(0, lease.Run);
            }
        }
        return expired.Count > 0;
    }

    private void ForgetExperimentIfIdle(string experimentId)
    {
        var busy = Queue.Pending.Any(r => r.ExperimentId == experimentId)
            || Queue.Leases.Values.Any(l => l.Run.ExperimentId == experimentId);
        if (!busy)
        {
            Queue.PinnedClasses.Remove(experimentId);
        }
    }
}
