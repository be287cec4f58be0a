using OrleansExperiments.Storage.Entities;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Tests;

public sealed class MetricPointStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const int PointsOverTenTransactions = 1_050;
    private const int RowsPerTransaction = ResultStore.MaxEntitiesPerTransaction;
    private const int StepsPerRow = MetricPointEntity.StepsPerRow;

    [Fact]
    public async Task A_dense_curve_round_trips()
    {
        var store = await azurite.CreateStoreAsync();
        var points = Curve("train_loss", PointsOverTenTransactions);

        await store.AppendMetricPointsAsync("run-1", points);

        Assert.Equal(points, await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task A_sparse_curve_of_more_rows_than_one_transaction_holds_round_trips()
    {
        var store = await azurite.CreateStoreAsync();
        var points = Curve("val_loss", PointsOverTenTransactions, stepInterval: StepsPerRow);
        Assert.True(points.Length > 10 * RowsPerTransaction); // one row per point: eleven transactions

        await store.AppendMetricPointsAsync("run-1", points);

        Assert.Equal(points, await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task A_dense_curve_of_more_rows_than_one_transaction_holds_round_trips()
    {
        var store = await azurite.CreateStoreAsync();
        var points = Curve("train_loss", (RowsPerTransaction + 5) * StepsPerRow);

        await store.AppendMetricPointsAsync("run-1", points);

        Assert.Equal(points, await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task Appending_the_same_points_again_adds_nothing()
    {
        var store = await azurite.CreateStoreAsync();
        var points = Curve("train_loss", PointsOverTenTransactions);

        await store.AppendMetricPointsAsync("run-1", points);
        await store.AppendMetricPointsAsync("run-1", points);

        Assert.Equal(points, await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task Points_appended_in_several_calls_join_the_same_curve()
    {
        var store = await azurite.CreateStoreAsync();
        var points = Curve("train_loss", StepsPerRow + 50);

        foreach (var chunk in points.Chunk(30))
        {
            await store.AppendMetricPointsAsync("run-1", chunk);
        }

        Assert.Equal(points, await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task A_later_value_for_a_stored_step_replaces_it()
    {
        var store = await azurite.CreateStoreAsync();

        await store.AppendMetricPointsAsync("run-1", [new("loss", 3, 1.0), new("loss", 4, 0.9)]);
        await store.AppendMetricPointsAsync("run-1", [new("loss", 3, 0.7)]);

        Assert.Equal([new MetricPoint("loss", 3, 0.7), new MetricPoint("loss", 4, 0.9)], await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task Equal_name_and_step_in_one_call_keep_the_last_value()
    {
        var store = await azurite.CreateStoreAsync();

        await store.AppendMetricPointsAsync("run-1", [new("loss", 5, 1.0), new("loss", 5, 0.5)]);

        Assert.Equal([new MetricPoint("loss", 5, 0.5)], await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task Curves_are_listed_by_name_then_numeric_step_and_per_run()
    {
        var store = await azurite.CreateStoreAsync();
        MetricPoint[] points = [new("val_loss", 10, 0.3), new("train_loss", 100, 0.2), new("train_loss", 9, 0.9), new("val_loss", 2, 0.8)];

        await store.AppendMetricPointsAsync("run-1", points);
        await store.AppendMetricPointsAsync("run-2", [new("train_loss", 1, 5.0)]);

        Assert.Equal(
            [new("train_loss", 9, 0.9), new("train_loss", 100, 0.2), new("val_loss", 2, 0.8), new("val_loss", 10, 0.3)],
            await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task Names_and_run_ids_with_characters_Azure_forbids_in_keys_round_trip()
    {
        var store = await azurite.CreateStoreAsync();
        const string runId = "exp/1#change?seed\\3";
        MetricPoint[] points = [new("loss/train", 1, 0.5), new("loss|train", 1, 0.25), new("loss%2Ftrain", 1, 0.125), new("tab\there", 1, 1)];

        await store.AppendMetricPointsAsync(runId, points);

        var listed = await store.ListMetricPointsAsync(runId);
        Assert.Equal(ByName(points), ByName(listed));
    }

    [Fact]
    public async Task Extreme_and_non_finite_values_and_steps_round_trip()
    {
        var store = await azurite.CreateStoreAsync();
        MetricPoint[] points = [new("a", 0, double.Epsilon), new("b", long.MaxValue, -1e300), new("c", 7, 0.1 + 0.2), new("d", 8, double.NaN), new("e", 9, double.PositiveInfinity), new("f", 10, double.NegativeInfinity)];

        await store.AppendMetricPointsAsync("run-1", points);

        Assert.Equal(points, await store.ListMetricPointsAsync("run-1"));
    }

    [Fact]
    public async Task A_run_without_points_has_an_empty_curve()
    {
        var store = await azurite.CreateStoreAsync();

        await store.AppendMetricPointsAsync("run-1", []);

        Assert.Empty(await store.ListMetricPointsAsync("run-1"));
    }

    private static IEnumerable<MetricPoint> ByName(IEnumerable<MetricPoint> points) =>
        points.OrderBy(point => point.Name, StringComparer.Ordinal);

    private static MetricPoint[] Curve(string name, int count, int stepInterval = 1) =>
        Enumerable.Range(0, count).Select(index => new MetricPoint(name, (long)index * stepInterval, 1.0 / (index + 1))).ToArray();
}
