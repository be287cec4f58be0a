namespace OrleansExperiments.Storage.Tests;

public sealed class BaselineAndFingerprintStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_baseline_round_trips(bool valid)
    {
        var store = await azurite.CreateStoreAsync();
        var baseline = Samples.Baseline(valid: valid);

        await store.UpsertBaselineAsync(baseline);

        Assert.Equal(baseline, await store.GetBaselineAsync(baseline.Key));
    }

    [Fact]
    public async Task Invalidating_a_baseline_replaces_it()
    {
        var store = await azurite.CreateStoreAsync();

        await store.UpsertBaselineAsync(Samples.Baseline(valid: true));
        await store.UpsertBaselineAsync(Samples.Baseline(valid: false));

        var stored = Assert.Single(await store.ListBaselinesAsync());
        Assert.False(stored.Valid);
        Assert.Equal("fingerprint changed: libtorch", stored.InvalidatedBecause);
    }

    [Fact]
    public async Task Baselines_are_listed_per_repository_and_branches_with_slashes_stay_apart()
    {
        var store = await azurite.CreateStoreAsync();
        var main = Samples.Baseline("main");
        var release = Samples.Baseline("release/2.0");
        var elsewhere = Samples.Baseline() with { Key = Samples.Baseline().Key with { Repository = "/srv/git/other" } };

        foreach (var baseline in new[] { main, release, elsewhere })
        {
            await store.UpsertBaselineAsync(baseline);
        }

        Assert.Equal([main, release], await store.ListBaselinesAsync(main.Key.Repository));
        Assert.Equal(3, (await store.ListBaselinesAsync()).Count);
    }

    [Fact]
    public async Task A_fingerprint_round_trips_and_is_listed()
    {
        var store = await azurite.CreateStoreAsync();
        var first = Samples.Fingerprint("sha256-00ff");
        var second = Samples.Fingerprint("sha256-11aa") with { CapturedBy = null };

        await store.UpsertFingerprintAsync(second);
        await store.UpsertFingerprintAsync(first);
        await store.UpsertFingerprintAsync(first);

        Assert.Equal(first, await store.GetFingerprintAsync(first.FingerprintId));
        Assert.Equal([first, second], await store.ListFingerprintsAsync());
        Assert.Null(await store.GetFingerprintAsync("sha256-unknown"));
    }
}
