using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Baselines;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Baselines;
using OrleansExperiments.Grains.Tests.Support;

namespace OrleansExperiments.Grains.Tests.Baselines;

/// <summary>A baseline grain's reuse decisions, and the reasons it records when it is measured again.</summary>
[Collection(GridCollection.Name)]
public sealed class BaselineGrainTests(GridFixture fixture)
{
    private static readonly MetricSpec Metric = new(Samples.Metric, MetricGoal.Maximize, "1", "inputs-hash", null);

    private readonly IBaselineGrain _baseline =
        fixture.Grid.Grains.GetGrain<IBaselineGrain>(BaselineKeys.For("/repo/" + Guid.NewGuid().ToString("N"), "main", "mlp", "fast"));

    [Fact]
    public async Task A_stored_baseline_is_offered_for_its_commit_metric_and_seeds()
    {
        await _baseline.Record(Measurement(Samples.Commit, seeds: 3));

        var offer = await _baseline.Offer(Query(Samples.Commit, seeds: 2));

        Assert.True(offer.Reusable, offer.Reason);
        Assert.Equal([1, 2], offer.Runs.Select(r => r.Seed).Order());
    }

    [Fact]
    public async Task A_moved_branch_invalidates_the_baseline_and_names_the_commit()
    {
        await _baseline.Record(Measurement(Samples.Commit, seeds: 2));

        var offer = await _baseline.Offer(Query(Samples.ChangeCommit, seeds: 2));

        Assert.False(offer.Reusable);
        var info = await _baseline.GetInfo();
        Assert.False(info.Valid);
        Assert.Equal(["commit"], info.InvalidatedBecause.ToArray());
    }

    [Fact]
    public async Task Needing_more_seeds_than_stored_is_the_reason_of_the_next_measurement()
    {
        await _baseline.Record(Measurement(Samples.Commit, seeds: 3));

        var offer = await _baseline.Offer(Query(Samples.Commit, seeds: 4));
        await _baseline.Record(Measurement(Samples.Commit, seeds: 4));

        Assert.False(offer.Reusable);
        Assert.Contains("lacks seed(s) 4", offer.Reason);
        var info = await _baseline.GetInfo();
        Assert.True(info.Valid);
        Assert.Equal([BaselineGrain.MoreSeeds], info.RemeasuredBecause.ToArray());
    }

    [Fact]
    public async Task Measuring_a_valid_baseline_again_without_a_reason_is_a_rerun()
    {
        await _baseline.Record(Measurement(Samples.Commit, seeds: 2));
        await _baseline.Record(Measurement(Samples.Commit, seeds: 2));

        Assert.Equal([BaselineGrain.ForcedRerun], (await _baseline.GetInfo()).RemeasuredBecause.ToArray());
    }

    private static BaselineQuery Query(string commit, int seeds) => new()
    {
        Commit = commit,
        Metric = Metric,
        Seeds = [.. Enumerable.Range(1, seeds)],
        SiloFingerprints = [],
    };

    private static BaselineMeasurement Measurement(string commit, int seeds) => new(
        Samples.NewId("exp"),
        commit,
        Metric,
        [.. Enumerable.Range(1, seeds).Select(seed => new RunView
        {
            RunId = $"run-{seed}",
            ExperimentId = "exp",
            Arm = "baseline",
            Mode = "mlp",
            Profile = "fast",
            Seed = seed,
            Commit = commit,
            Status = RunStatus.Succeeded,
            Attempts = 1,
            Metrics = ImmutableDictionary<string, double>.Empty.Add(Samples.Metric, 0.9 + seed / 100.0),
            FingerprintJson = "{}",
        })]);
}
