using BenchmarkDotNet.Attributes;
using OrleansExperiments.Azurite;
using OrleansExperiments.Storage;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Benchmarks.Storage;

/// <summary>
/// Metric points per second into Azure Table storage (a local Azurite started by <see cref="AzuriteServer"/>), written
/// in batched transactions by <see cref="ResultStore.AppendMetricPointsAsync"/>. Every operation writes new points:
/// points per second = points per operation / mean time. Dense curves log every step (200 steps share a row); sparse
/// curves log every 200th step, one row per point, the worst case of the row layout.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class MetricPointThroughputBenchmarks
{
    /// <summary>Points of a dense curve written per measured operation.</summary>
    public const int PointsPerOperation = 10_000;

    /// <summary>Points of a sparse curve written per measured operation: fewer, as each is a row (over ten transactions).</summary>
    public const int SparsePointsPerOperation = 2_000;

    /// <summary>How many runs write at the same time in the concurrent case (several workers of a silo).</summary>
    public const int ConcurrentRuns = 4;

    /// <summary>The step interval of a sparse curve: every point lands in a row of its own.</summary>
    public const int SparseStepInterval = 200;

    private AzuriteServer? _azurite;
    private ResultStore? _store;
    private string? _dataDirectory;
    private int _operation;

    /// <summary>Azurite keeping data in memory (tests), or persisting it to disk as the local grid does.</summary>
    [Params(true, false)]
    public bool InMemory { get; set; }

    [GlobalSetup]
    public async Task StartAsync()
    {
        _dataDirectory = InMemory ? null : Directory.CreateTempSubdirectory("orlx-bench-azurite-").FullName;
        var options = AzuriteOptions.ForTests() with { InMemoryPersistence = InMemory, DataDirectory = _dataDirectory };
        _azurite = await AzuriteServer.StartAsync(options);
        _store = new ResultStore(_azurite.ConnectionString, ResultTableNames.WithPrefix("bench"));
        await _store.EnsureTablesAsync();
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Benchmark(Description = "dense, one run")]
    public Task DenseOneRun() => AppendAsync(PointsPerOperation, stepInterval: 1);

    [Benchmark(Description = "dense, 4 runs at once")]
    public Task DenseConcurrentRuns() =>
        Task.WhenAll(Enumerable.Range(0, ConcurrentRuns).Select(_ => AppendAsync(PointsPerOperation / ConcurrentRuns, stepInterval: 1)));

    [Benchmark(Description = "sparse, one run")]
    public Task SparseOneRun() => AppendAsync(SparsePointsPerOperation, SparseStepInterval);

    private Task AppendAsync(int count, int stepInterval)
    {
        var runId = $"run-{Interlocked.Increment(ref _operation)}";
        var points = Enumerable.Range(0, count).Select(index => new MetricPoint("train_loss", (long)index * stepInterval, 1.0 / (index + 1)));
        return _store!.AppendMetricPointsAsync(runId, points);
    }
}
