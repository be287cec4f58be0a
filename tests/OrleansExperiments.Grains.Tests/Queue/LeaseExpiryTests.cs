using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Grains.Tests.Support;

namespace OrleansExperiments.Grains.Tests.Queue;

/// <summary>
/// Leases that stop heartbeating expire (in the cluster with <see cref="GridFixture.ShortLease"/>). The tests wait for
/// expiry by polling, never by asserting on elapsed time.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class LeaseExpiryTests(GridFixture fixture)
{
    /// <summary>Far more than a lease: only a broken queue takes this long to re-queue.</summary>
    private static readonly TimeSpan ExpiryDeadline = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan HeartbeatInterval = GridFixture.ShortLease / 8;

    private readonly string _queueKey = Samples.NewId("q");
    private readonly string _experiment = Samples.NewId("exp");

    private IRunQueueGrain Queue => fixture.ShortLeaseGrid.Grains.GetGrain<IRunQueueGrain>(_queueKey);

    [Fact]
    public async Task Heartbeats_keep_a_lease_past_its_first_expiry_and_once_they_stop_the_run_is_queued_again()
    {
        var run = Run(1);
        await Queue.Enqueue([run]);
        var holder = Samples.Worker();
        var other = Samples.Worker();
        var lease = await Queue.Lease(holder);

        // Keep heartbeating until well past the lease's first expiry; the other worker must get nothing meanwhile.
        while (DateTimeOffset.UtcNow < lease!.ExpiresAt + GridFixture.ShortLease)
        {
            Assert.True(await Queue.Heartbeat(lease.LeaseId));
            Assert.Null(await Queue.Lease(other));
            await Task.Delay(HeartbeatInterval);
        }

        var taken = await LeaseOnceExpired(other);

        Assert.Equivalent(run, taken.Run, strict: true);
        Assert.NotEqual(lease.LeaseId, taken.LeaseId);
    }

    [Fact]
    public async Task An_expired_lease_is_dead_its_holder_can_neither_heartbeat_nor_complete_nor_retry_it()
    {
        var run = Run(1);
        await Queue.Enqueue([run, Run(2)]);
        var expired = await Queue.Lease(Samples.Worker());
        var rescuer = Samples.Worker();

        var taken = await LeaseOnceExpired(rescuer, skipRunId: Run(2).RunId);
        await Queue.Complete(expired!.LeaseId);
        await Queue.Retry(expired.LeaseId);

        Assert.Equivalent(run, taken.Run, strict: true);
        Assert.False(await Queue.Heartbeat(expired.LeaseId));
        Assert.True(await Queue.Heartbeat(taken.LeaseId));
        var snapshot = await Queue.GetSnapshot();
        Assert.Equal(0, snapshot.Pending);
    }

    [Fact]
    public async Task An_expired_lease_of_a_cancelled_experiment_is_dropped_not_queued_again()
    {
        await Queue.Enqueue([Run(1)]);
        await Queue.Lease(Samples.Worker());
        await Queue.Cancel(_experiment);

        var deadline = DateTimeOffset.UtcNow + ExpiryDeadline;
        QueueSnapshot snapshot;
        do
        {
            await Task.Delay(HeartbeatInterval);
            Assert.Null(await Queue.Lease(Samples.Worker()));
            snapshot = await Queue.GetSnapshot();
        }
        while (snapshot.Leased > 0 && DateTimeOffset.UtcNow < deadline);

        Assert.Equal((0, 0), (snapshot.Pending, snapshot.Leased));
    }

    private Abstractions.Runs.RunSpec Run(int seed) => Samples.Run(_queueKey, _experiment, seed);

    /// <summary>Polls until the queue hands out an expired run (a pending run with <paramref name="skipRunId"/> is taken and dropped on the way).</summary>
    private async Task<RunLease> LeaseOnceExpired(WorkerInfo worker, string? skipRunId = null)
    {
        var deadline = DateTimeOffset.UtcNow + ExpiryDeadline;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await Queue.Lease(worker) is { } lease)
            {
                if (lease.Run.RunId != skipRunId)
                {
                    return lease;
                }
                await Queue.Complete(lease.LeaseId);
                continue;
            }
            await Task.Delay(HeartbeatInterval);
        }
        throw new TimeoutException($"No expired lease was re-queued within {ExpiryDeadline}.");
    }
}
