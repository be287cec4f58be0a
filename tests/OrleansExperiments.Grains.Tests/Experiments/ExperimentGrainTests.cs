using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Experiments;
using OrleansExperiments.Grains.Tests.Support;

namespace OrleansExperiments.Grains.Tests.Experiments;

/// <summary>
/// Experiments submitted to the cluster's cpu queue. No worker serves it, so the tests play the worker: they start and
/// finish runs through the run grains. Queue counts are compared before and after, as the queue is shared.
/// </summary>
[Collection(GridCollection.Name)]
public sealed class ExperimentGrainTests(GridFixture fixture)
{
    private const int Seeds = 2;
    private const int RunsPerCompare = 2 * Seeds;

    private readonly ExperimentSpec _spec = Samples.Compare(Samples.NewId("exp"), Seeds);

    private IExperimentGrain Experiment => fixture.Grid.Grains.GetGrain<IExperimentGrain>(_spec.ExperimentId);

    private IRunQueueGrain CpuQueue => fixture.Grid.Grains.GetGrain<IRunQueueGrain>(DevicePools.Cpu);

    [Fact]
    public async Task Submitting_the_same_spec_twice_queues_its_runs_once()
    {
        var pendingBefore = (await CpuQueue.GetSnapshot()).Pending;

        var first = await Experiment.Submit(_spec);
        var second = await Experiment.Submit(_spec);

        Assert.Equal((ExperimentStatus.Running, RunsPerCompare), (first.Status, first.TotalRuns));
        Assert.Equal((first.Status, first.TotalRuns), (second.Status, second.TotalRuns));
        Assert.Equal(pendingBefore + RunsPerCompare, (await CpuQueue.GetSnapshot()).Pending);
        var record = await fixture.Results.GetExperimentAsync(_spec.ExperimentId);
        Assert.Equal(("compare", "running"), (record!.Kind, record.Status));
    }

    [Fact]
    public async Task A_different_spec_under_an_existing_id_is_refused()
    {
        await Experiment.Submit(_spec);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Experiment.Submit(_spec with { Seeds = [1, 2, 3] }));

        Assert.Contains("different spec", error.Message);
        var stored = await Experiment.GetView(includeRuns: false);
        Assert.Equal([1, 2], stored.Spec!.Seeds.ToArray());
    }

    [Fact]
    public async Task A_comparison_with_one_seed_is_refused_and_nothing_is_stored_or_queued()
    {
        var pendingBefore = (await CpuQueue.GetSnapshot()).Pending;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Experiment.Submit(_spec with { Seeds = [1] }));

        Assert.Contains($"at least {ExperimentSpecValidator.MinimumSeedsToCompare} seeds", error.Message);
        Assert.Null((await Experiment.GetView(includeRuns: false)).Spec);
        Assert.Null(await fixture.Results.GetExperimentAsync(_spec.ExperimentId));
        Assert.Equal(pendingBefore, (await CpuQueue.GetSnapshot()).Pending);
    }

    [Fact]
    public async Task A_spec_for_another_grain_is_refused()
    {
        var other = fixture.Grid.Grains.GetGrain<IExperimentGrain>(Samples.NewId("exp"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => other.Submit(_spec));

        Assert.Contains("does not match", error.Message);
    }

    [Fact]
    public async Task Once_every_run_succeeded_the_experiment_completes_with_a_verdict_and_stores_it()
    {
        await Experiment.Submit(_spec);
        double[] baseline = [0.80, 0.81];
        double[] change = [0.90, 0.91];

        for (var seed = 1; seed <= Seeds; seed++)
        {
            await Succeed(CompareAnalysis.BaselineArm, seed, baseline[seed - 1]);
            await Succeed(CompareAnalysis.ChangeArm, seed, change[seed - 1]);
        }

        var view = await Experiment.GetView(includeRuns: true);
        Assert.Equal(ExperimentStatus.Completed, view.Status);
        Assert.Equal((RunsPerCompare, 0), (view.SucceededRuns, view.FailedRuns));
        Assert.Equal("progress", view.Compare!.Verdict);
        Assert.Equal(baseline, view.Compare.Baseline.Values.ToArray());
        Assert.Equal(change, view.Compare.Change.Values.ToArray());
        Assert.Equal(RunsPerCompare, view.Runs.Length);
        Assert.All(view.Runs, r => Assert.Equal(RunStatus.Succeeded, r.Status));
        var record = await fixture.Results.GetExperimentAsync(_spec.ExperimentId);
        Assert.Equal("completed", record!.Status);
        Assert.Contains("\"verdict\":\"progress\"", record.ResultJson);
    }

    [Fact]
    public async Task A_run_that_fails_at_the_limit_fails_the_experiment_and_cancels_its_pending_runs()
    {
        var pendingBefore = (await CpuQueue.GetSnapshot()).Pending;
        await Experiment.Submit(_spec);
        var failing = RunOf(CompareAnalysis.ChangeArm, seed: 1);

        for (var attempt = 1; attempt <= GridFixture.MaxAttempts; attempt++)
        {
            await failing.TryStart($"lease-{attempt}", "silo-1", "cpu");
            await failing.RecordOutcome($"lease-{attempt}", Samples.Failed("CUDA out of memory"));
        }

        var view = await Experiment.GetView(includeRuns: true);
        Assert.Equal((ExperimentStatus.Failed, 1), (view.Status, view.FailedRuns));
        Assert.Contains("run change/mlp/seed 1", view.Message);
        Assert.Contains("CUDA out of memory", view.Message);
        Assert.Equal(GridFixture.MaxAttempts, view.Runs.Single(r => r.Status == RunStatus.Failed).Attempts);
        Assert.Equal(pendingBefore, (await CpuQueue.GetSnapshot()).Pending);
        var record = await fixture.Results.GetExperimentAsync(_spec.ExperimentId);
        Assert.Equal("failed", record!.Status);
        Assert.Contains("CUDA out of memory", record.Message);
    }

    [Fact]
    public async Task Runs_that_finish_after_the_experiment_failed_change_nothing()
    {
        await Experiment.Submit(_spec);
        var failing = RunOf(CompareAnalysis.ChangeArm, seed: 1);
        for (var attempt = 1; attempt <= GridFixture.MaxAttempts; attempt++)
        {
            await failing.TryStart($"lease-{attempt}", "silo-1", "cpu");
            await failing.RecordOutcome($"lease-{attempt}", Samples.Failed("crash"));
        }

        await Succeed(CompareAnalysis.BaselineArm, 1, 0.8);

        var view = await Experiment.GetView(includeRuns: false);
        Assert.Equal((ExperimentStatus.Failed, 0, 1), (view.Status, view.SucceededRuns, view.FailedRuns));
    }

    [Fact]
    public async Task The_experiment_survives_a_deactivation()
    {
        await Experiment.Submit(_spec);
        await Succeed(CompareAnalysis.BaselineArm, 1, 0.8);

        await fixture.Grid.DeactivateAsync(Experiment);

        var view = await Experiment.GetView(includeRuns: true);
        Assert.Equal((ExperimentStatus.Running, RunsPerCompare, 1), (view.Status, view.TotalRuns, view.SucceededRuns));
        Assert.Equal(_spec.ExperimentId, view.Spec!.ExperimentId);
        Assert.Equal(RunsPerCompare, view.Runs.Length);
    }

    private IRunGrain RunOf(string arm, int seed) =>
        fixture.Grid.Grains.GetGrain<IRunGrain>(RunIds.For(_spec.ExperimentId, arm, _spec.Modes[0], _spec.Profile, seed));

    private async Task Succeed(string arm, int seed, double value)
    {
        var run = RunOf(arm, seed);
        var lease = $"lease-{arm}-{seed}";
        Assert.True(await run.TryStart(lease, "silo-1", "cpu"));
        await run.RecordOutcome(lease, Samples.Succeeded(value));
    }
}
