using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Tests.Support;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Grains.Tests.Runs;

/// <summary>
/// The run grain is the authority on attempts. Each test's run lives on a queue of its own, and the leases come from
/// that real queue, so a retry is observable there.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class RunGrainTests(GridFixture fixture)
{
    private readonly RunSpec _spec = Samples.Run(Samples.NewId("q"), Samples.NewId("exp"), seed: 7);

    private IRunGrain Run => fixture.Grid.Grains.GetGrain<IRunGrain>(_spec.RunId);

    private RunKey Key => new(_spec.ExperimentId, _spec.Arm, _spec.Mode, _spec.Profile, _spec.Seed);

    private IRunQueueGrain Queue => fixture.Grid.Grains.GetGrain<IRunQueueGrain>(_spec.DevicePool);

    [Fact]
    public async Task Initialize_is_idempotent_and_refuses_a_different_spec_under_the_same_id()
    {
        await Run.Initialize(_spec);
        await Run.Initialize(_spec);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Run.Initialize(_spec with { Seed = 8 }));
        Assert.Contains("different spec", error.Message);
        var view = await Run.GetView();
        Assert.Equal((RunStatus.Queued, 0, 7), (view.Status, view.Attempts, view.Seed));
    }

    [Fact]
    public async Task TryStart_counts_each_attempt_and_marks_the_run_running()
    {
        var lease = await QueueAndLease();

        Assert.True(await Run.TryStart(lease.LeaseId, "silo-1", "cpu"));

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Running, 1), (view.Status, view.Attempts));
        var record = await fixture.Results.GetRunAsync(Key);
        Assert.Equal(("running", 1, "silo-1 cpu"), (record!.Status, record.Attempts, record.Silo));
    }

    [Fact]
    public async Task A_success_is_final_and_stored_with_its_metrics()
    {
        var lease = await QueueAndLease();
        await Run.TryStart(lease.LeaseId, "silo-1", "cpu");

        await Run.RecordOutcome(lease.LeaseId, Samples.Succeeded(0.91));

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Succeeded, 1, 0.91), (view.Status, view.Attempts, view.Metrics[Samples.Metric]));
        Assert.False(await Run.TryStart("another-lease", "silo-1", "cpu"));
        var record = await fixture.Results.GetRunAsync(Key);
        Assert.Equal("succeeded", record!.Status);
        Assert.Contains("0.91", record.MetricsJson);
    }

    [Fact]
    public async Task The_outcome_of_a_lease_that_is_no_longer_current_is_ignored()
    {
        await Run.Initialize(_spec);
        Assert.True(await Run.TryStart("expired-lease", "silo-1", "cpu"));
        Assert.True(await Run.TryStart("current-lease", "silo-2", "cpu"));

        await Run.RecordOutcome("expired-lease", Samples.Succeeded(0.5));
        var afterStale = await Run.GetView();
        await Run.RecordOutcome("current-lease", Samples.Succeeded(0.9));
        var afterCurrent = await Run.GetView();

        Assert.Equal((RunStatus.Running, 2), (afterStale.Status, afterStale.Attempts));
        Assert.Equal((RunStatus.Succeeded, 0.9), (afterCurrent.Status, afterCurrent.Metrics[Samples.Metric]));
    }

    [Fact]
    public async Task A_failure_under_the_limit_puts_the_run_back_in_the_queue()
    {
        var lease = await QueueAndLease();
        await Run.TryStart(lease.LeaseId, "silo-1", "cpu");

        await Run.RecordOutcome(lease.LeaseId, Samples.Failed("the trainer exited with code 1"));

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Queued, 1, "the trainer exited with code 1"), (view.Status, view.Attempts, view.FailureReason));
        var again = await Queue.Lease(Samples.Worker());
        Assert.Equivalent(_spec, again?.Run, strict: true);
        Assert.True(await Run.TryStart(again!.LeaseId, "silo-1", "cpu"));
        Assert.Equal(2, (await Run.GetView()).Attempts);
    }

    [Fact]
    public async Task A_failure_at_the_limit_fails_the_run_with_the_last_reason_and_nothing_is_queued()
    {
        await Run.Initialize(_spec);
        await Queue.Enqueue([_spec]);
        for (var attempt = 1; attempt <= GridFixture.MaxAttempts; attempt++)
        {
            var lease = await Queue.Lease(Samples.Worker());
            Assert.True(await Run.TryStart(lease!.LeaseId, "silo-1", "cpu"));
            await Run.RecordOutcome(lease.LeaseId, Samples.Failed($"crash {attempt}"));
        }

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Failed, GridFixture.MaxAttempts), (view.Status, view.Attempts));
        Assert.Contains($"failed {GridFixture.MaxAttempts} of {GridFixture.MaxAttempts} attempts", view.FailureReason);
        Assert.Contains($"crash {GridFixture.MaxAttempts}", view.FailureReason);
        Assert.Null(await Queue.Lease(Samples.Worker()));
        Assert.False(await Run.TryStart("late-lease", "silo-1", "cpu"));
    }

    [Fact]
    public async Task Attempts_that_never_report_back_exhaust_the_limit_too()
    {
        await Run.Initialize(_spec);
        for (var attempt = 1; attempt <= GridFixture.MaxAttempts; attempt++)
        {
            Assert.True(await Run.TryStart($"lost-lease-{attempt}", "silo-1", "cpu"));
        }

        Assert.False(await Run.TryStart("one-too-many", "silo-1", "cpu"));

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Failed, GridFixture.MaxAttempts), (view.Status, view.Attempts));
        Assert.Contains("none reported back", view.FailureReason);
    }

    [Fact]
    public async Task Release_hands_the_run_back_without_counting_the_attempt()
    {
        var lease = await QueueAndLease();
        await Run.TryStart(lease.LeaseId, "silo-1", "cpu");

        await Run.Release(lease.LeaseId);
        await Queue.Release(lease.LeaseId);

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Queued, 0), (view.Status, view.Attempts));
        var again = await Queue.Lease(Samples.Worker());
        Assert.True(await Run.TryStart(again!.LeaseId, "silo-1", "cpu"));
        Assert.Equal(1, (await Run.GetView()).Attempts);
    }

    [Fact]
    public async Task Release_of_a_lease_that_is_not_current_changes_nothing()
    {
        await Run.Initialize(_spec);
        await Run.TryStart("current-lease", "silo-1", "cpu");

        await Run.Release("some-other-lease");

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Running, 1), (view.Status, view.Attempts));
    }

    [Fact]
    public async Task The_run_state_survives_a_deactivation()
    {
        var lease = await QueueAndLease();
        await Run.TryStart(lease.LeaseId, "silo-1", "cpu");

        await fixture.Grid.DeactivateAsync(Run);
        await Run.RecordOutcome(lease.LeaseId, Samples.Succeeded(0.7));

        var view = await Run.GetView();
        Assert.Equal((RunStatus.Succeeded, 1, 0.7), (view.Status, view.Attempts, view.Metrics[Samples.Metric]));
    }

    private async Task<RunLease> QueueAndLease()
    {
        await Run.Initialize(_spec);
        await Queue.Enqueue([_spec]);
        return await Queue.Lease(Samples.Worker()) ?? throw new InvalidOperationException("The queue handed out nothing.");
    }
}
