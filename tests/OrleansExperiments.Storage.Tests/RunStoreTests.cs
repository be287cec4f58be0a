namespace OrleansExperiments.Storage.Tests;

public sealed class RunStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_run_round_trips()
    {
        var store = await azurite.CreateStoreAsync();
        var run = Samples.Run();

        await store.UpsertRunAsync(run);

        Assert.Equal(run, await store.GetRunAsync(run.Key));
    }

    [Fact]
    public async Task A_queued_run_round_trips_with_its_defaults()
    {
        var store = await azurite.CreateStoreAsync();
        var queued = new Records.RunRecord
        {
            ExperimentId = "exp-1", RunId = "r-1", Arm = "baseline", Mode = "mlp", Profile = "fast", Seed = 0,
            Commit = "0123456789abcdef0123456789abcdef01234567", Status = "queued",
        };

        await store.UpsertRunAsync(queued);

        Assert.Equal(queued, await store.GetRunAsync(queued.Key));
    }

    [Fact]
    public async Task A_retried_run_write_leaves_one_row_with_the_latest_values()
    {
        var store = await azurite.CreateStoreAsync();
        var running = Samples.Run(status: "running") with { CompletedAt = null, TrainerSeconds = null };
        var succeeded = Samples.Run(status: "succeeded");

        await store.UpsertRunAsync(running);
        await store.UpsertRunAsync(succeeded);
        await store.UpsertRunAsync(succeeded);

        Assert.Equal([succeeded], await store.ListRunsAsync("exp-1"));
    }

    [Fact]
    public async Task Runs_are_listed_per_experiment_by_arm_and_numeric_seed()
    {
        var store = await azurite.CreateStoreAsync();
        var runs = new[] { Samples.Run("change", 10), Samples.Run("baseline", 2), Samples.Run("change", 9), Samples.Run("baseline", 10) };
        foreach (var run in runs)
        {
            await store.UpsertRunAsync(run);
        }

        await store.UpsertRunAsync(Samples.Run() with { ExperimentId = "another-experiment" });

        var listed = await store.ListRunsAsync("exp-1");
        Assert.Equal(
            [("baseline", 2), ("baseline", 10), ("change", 9), ("change", 10)],
            listed.Select(run => (run.Arm, run.Seed)));
    }

    [Fact]
    public async Task The_same_seed_in_two_profiles_is_two_runs()
    {
        var store = await azurite.CreateStoreAsync();

        await store.UpsertRunAsync(Samples.Run() with { Profile = "fast" });
        await store.UpsertRunAsync(Samples.Run() with { Profile = "full" });

        Assert.Equal(2, (await store.ListRunsAsync("exp-1")).Count);
    }
}
