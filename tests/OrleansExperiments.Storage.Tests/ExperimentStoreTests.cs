namespace OrleansExperiments.Storage.Tests;

public sealed class ExperimentStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task An_experiment_round_trips()
    {
        var store = await azurite.CreateStoreAsync();
        var experiment = Samples.Experiment();

        await store.UpsertExperimentAsync(experiment);

        Assert.Equal(experiment, await store.GetExperimentAsync(experiment.ExperimentId));
    }

    [Fact]
    public async Task Optional_properties_round_trip_as_null()
    {
        var store = await azurite.CreateStoreAsync();
        var queued = Samples.Experiment() with { Status = "queued", CompletedAt = null, ResultJson = null, Message = null };

        await store.UpsertExperimentAsync(queued);

        Assert.Equal(queued, await store.GetExperimentAsync(queued.ExperimentId));
    }

    [Fact]
    public async Task A_missing_experiment_is_null()
    {
        var store = await azurite.CreateStoreAsync();

        Assert.Null(await store.GetExperimentAsync("never-stored"));
    }

    [Fact]
    public async Task A_retried_write_replaces_the_row_instead_of_adding_one()
    {
        var store = await azurite.CreateStoreAsync();
        var running = Samples.Experiment() with { Status = "running", ResultJson = null };
        var completed = Samples.Experiment();

        await store.UpsertExperimentAsync(running);
        await store.UpsertExperimentAsync(completed);
        await store.UpsertExperimentAsync(completed);

        Assert.Equal([completed], await store.ListExperimentsAsync());
    }

    [Fact]
    public async Task Experiments_are_listed_newest_first()
    {
        var store = await azurite.CreateStoreAsync();
        var oldest = Samples.Experiment("b-oldest", Samples.Monday);
        var newest = Samples.Experiment("a-newest", Samples.Monday.AddDays(2));
        var middle = Samples.Experiment("c-middle", Samples.Monday.AddDays(1));

        foreach (var experiment in new[] { oldest, newest, middle })
        {
            await store.UpsertExperimentAsync(experiment);
        }

        var listed = await store.ListExperimentsAsync();
        Assert.Equal(["a-newest", "c-middle", "b-oldest"], listed.Select(experiment => experiment.ExperimentId));
    }

    [Fact]
    public async Task Times_keep_their_sub_millisecond_ticks()
    {
        var store = await azurite.CreateStoreAsync();
        var experiment = Samples.Experiment() with { CreatedAt = Samples.Monday.AddTicks(4567) };

        await store.UpsertExperimentAsync(experiment);

        Assert.Equal(experiment.CreatedAt, (await store.GetExperimentAsync(experiment.ExperimentId))!.CreatedAt);
    }
}
