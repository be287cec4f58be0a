using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Grains.Tests.Support;

namespace OrleansExperiments.Grains.Tests.Queue;

/// <summary>The queue's rules, each on a queue of its own (a unique key), in a cluster whose leases outlive every test.</summary>
[Collection(GridCollection.Name)]
public sealed class RunQueueTests(GridFixture fixture)
{
    private readonly string _queueKey = Samples.NewId("q");
    private readonly string _experiment = Samples.NewId("exp");

    private IRunQueueGrain Queue => fixture.Grid.Grains.GetGrain<IRunQueueGrain>(_queueKey);

    [Fact]
    public async Task Enqueue_adds_a_run_once_whether_it_is_pending_or_leased()
    {
        var (a, b, c) = (Run(1), Run(2), Run(3));
        await Queue.Enqueue([a, b]);
        await Queue.Enqueue([b, c]);
        Assert.Equal(3, (await Queue.GetSnapshot()).Pending);

        var lease = await Queue.Lease(Samples.Worker());
        await Queue.Enqueue([lease!.Run]);

        var snapshot = await Queue.GetSnapshot();
        Assert.Equal((2, 1), (snapshot.Pending, snapshot.Leased));
        Assert.Equal([b.RunId, c.RunId], await LeaseAll());
    }

    [Fact]
    public async Task Lease_hands_out_the_oldest_run_first_and_null_when_empty()
    {
        await Queue.Enqueue([Run(3), Run(1)]);
        await Queue.Enqueue([Run(2)]);

        Assert.Equal([Run(3).RunId, Run(1).RunId, Run(2).RunId], await LeaseAll());
        Assert.Null(await Queue.Lease(Samples.Worker()));
    }

    [Fact]
    public async Task A_lease_carries_the_run_and_an_expiry_in_the_future()
    {
        await Queue.Enqueue([Run(1)]);
        var before = DateTimeOffset.UtcNow;

        var lease = await Queue.Lease(Samples.Worker());

        Assert.NotNull(lease);
        Assert.Equivalent(Run(1), lease.Run, strict: true);
        Assert.True(lease.ExpiresAt > before);
        Assert.True(await Queue.Heartbeat(lease.LeaseId));
    }

    [Fact]
    public async Task Retry_puts_the_run_back_at_the_end()
    {
        await Queue.Enqueue([Run(1), Run(2), Run(3)]);
        var first = await Queue.Lease(Samples.Worker());

        await Queue.Retry(first!.LeaseId);

        Assert.Equal([Run(2).RunId, Run(3).RunId, Run(1).RunId], await LeaseAll());
    }

    [Fact]
    public async Task Release_puts_the_run_back_at_the_front()
    {
        await Queue.Enqueue([Run(1), Run(2), Run(3)]);
        var first = await Queue.Lease(Samples.Worker());
        var second = await Queue.Lease(Samples.Worker());

        await Queue.Release(second!.LeaseId);

        Assert.Equal([Run(2).RunId, Run(3).RunId], await LeaseAll());
        Assert.True(await Queue.Heartbeat(first!.LeaseId));
    }

    [Fact]
    public async Task A_released_or_completed_lease_no_longer_heartbeats_and_cannot_be_put_back_twice()
    {
        await Queue.Enqueue([Run(1), Run(2)]);
        var first = await Queue.Lease(Samples.Worker());
        var second = await Queue.Lease(Samples.Worker());

        await Queue.Complete(first!.LeaseId);
        await Queue.Release(second!.LeaseId);
        await Queue.Release(second.LeaseId);
        await Queue.Retry(first.LeaseId);

        Assert.False(await Queue.Heartbeat(first.LeaseId));
        Assert.False(await Queue.Heartbeat(second.LeaseId));
        var snapshot = await Queue.GetSnapshot();
        Assert.Equal((1, 0), (snapshot.Pending, snapshot.Leased));
    }

    [Fact]
    public async Task An_experiment_is_pinned_to_the_fingerprint_class_of_its_first_lease()
    {
        var other = Samples.NewId("exp");
        var (x1, x2, y1) = (Run(1), Run(2), Samples.Run(_queueKey, other, 1));
        await Queue.Enqueue([x1, x2, y1]);
        var classA = Samples.Worker(Samples.FingerprintClass);
        var classB = Samples.Worker(Samples.OtherFingerprintClass);

        var first = await Queue.Lease(classA);
        var forB = await Queue.Lease(classB);
        var nothingMoreForB = await Queue.Lease(classB);
        var forA = await Queue.Lease(classA);

        Assert.Equal(x1.RunId, first!.Run.RunId);
        Assert.Equal(y1.RunId, forB!.Run.RunId);
        Assert.Null(nothingMoreForB);
        Assert.Equal(x2.RunId, forA!.Run.RunId);
    }

    [Fact]
    public async Task The_pin_is_forgotten_once_the_experiment_has_nothing_pending_or_leased()
    {
        await Queue.Enqueue([Run(1)]);
        var lease = await Queue.Lease(Samples.Worker(Samples.FingerprintClass));
        await Queue.Complete(lease!.LeaseId);

        await Queue.Enqueue([Run(2)]);
        var forOtherClass = await Queue.Lease(Samples.Worker(Samples.OtherFingerprintClass));

        Assert.Equal(Run(2).RunId, forOtherClass?.Run.RunId);
    }

    [Fact]
    public async Task Cancel_removes_the_pending_runs_of_that_experiment_only()
    {
        var other = Samples.NewId("exp");
        await Queue.Enqueue([Run(1), Samples.Run(_queueKey, other, 1), Run(2)]);

        await Queue.Cancel(_experiment);

        Assert.Equal([Samples.Run(_queueKey, other, 1).RunId], await LeaseAll());
    }

    [Fact]
    public async Task A_run_of_a_cancelled_experiment_that_was_leased_is_not_queued_again()
    {
        await Queue.Enqueue([Run(1), Run(2), Run(3)]);
        var retried = await Queue.Lease(Samples.Worker());
        var released = await Queue.Lease(Samples.Worker());

        await Queue.Cancel(_experiment);
        await Queue.Retry(retried!.LeaseId);
        await Queue.Release(released!.LeaseId);

        var snapshot = await Queue.GetSnapshot();
        Assert.Equal((0, 0), (snapshot.Pending, snapshot.Leased));
        Assert.Null(await Queue.Lease(Samples.Worker()));
    }

    [Fact]
    public async Task The_snapshot_lists_the_workers_that_polled()
    {
        var worker = Samples.Worker();
        await Queue.Lease(worker);

        var snapshot = await Queue.GetSnapshot();

        Assert.Equal([worker], snapshot.ActiveWorkers.ToArray());
    }

    [Fact]
    public async Task Pending_runs_and_leases_survive_a_deactivation()
    {
        await Queue.Enqueue([Run(1), Run(2)]);
        var lease = await Queue.Lease(Samples.Worker());

        await fixture.Grid.DeactivateAsync(Queue);

        var snapshot = await Queue.GetSnapshot();
        Assert.Equal((1, 1), (snapshot.Pending, snapshot.Leased));
        Assert.True(await Queue.Heartbeat(lease!.LeaseId));
        Assert.Equal([Run(2).RunId], await LeaseAll());
    }

    private Abstractions.Runs.RunSpec Run(int seed) => Samples.Run(_queueKey, _experiment, seed);

    /// <summary>Leases until the queue has nothing more and returns the run ids in the order they were handed out.</summary>
    private async Task<List<string>> LeaseAll()
    {
        var worker = Samples.Worker();
        var runs = new List<string>();
        while (await Queue.Lease(worker) is { } lease)
        {
            runs.Add(lease.Run.RunId);
        }
        return runs;
    }
}
