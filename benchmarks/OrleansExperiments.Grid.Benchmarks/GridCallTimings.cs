using System.Collections.Immutable;
using System.Diagnostics;
using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Client.Requests;

namespace OrleansExperiments.Grid.Benchmarks;

/// <summary>
/// The grain calls a worker makes per run, timed one by one: the runs of a real experiment go to the CUDA pool, which
/// no worker of this CPU-only silo serves, and this class plays the worker (without training anything).
/// </summary>
public static class GridCallTimings
{
    public static async Task<IReadOnlyDictionary<string, Distribution>> MeasureAsync(GridUnderTest grid, string repository, int runs)
    {
        var spec = await grid.Preflight.PrepareRunAsync(new RunRequest { Repository = repository, Ref = "main", Seeds = runs }, CancellationToken.None);
        spec = spec with { DevicePool = DevicePools.Cuda };
        await grid.Client.SubmitAsync(spec);
        var queue = grid.Grains.GetGrain<IRunQueueGrain>(DevicePools.Cuda);
        var worker = new WorkerInfo("benchmark-worker", "benchmark", "cuda:0", "benchmark-class", "{}");
        var samples = new Dictionary<string, List<double>>
        {
            ["Lease"] = [], ["TryStart"] = [], ["RecordOutcome (run, run record, experiment)"] = [], ["Complete"] = [],
        };
        var clock = new Stopwatch();
        async Task<T> Time<T>(string call, Func<Task<T>> action)
        {
            clock.Restart();
            var result = await action();
            samples[call].Add(clock.Elapsed.TotalMilliseconds);
            return result;
        }

        while (await Time("Lease", () => queue.Lease(worker)) is { } lease)
        {
            var run = grid.Grains.GetGrain<IRunGrain>(lease.Run.RunId);
            await Time("TryStart", () => run.TryStart(lease.LeaseId, worker.Silo, worker.Device));
            await Time("RecordOutcome (run, run record, experiment)", async () =>
            {
                await run.RecordOutcome(lease.LeaseId, Outcome(lease.Run.Seed));
                return true;
            });
            await Time("Complete", async () =>
            {
                await queue.Complete(lease.LeaseId);
                return true;
            });
        }
        return samples.ToDictionary(s => s.Key, s => new Distribution(s.Value));
    }

    private static RunOutcome Outcome(int seed) => new()
    {
        Succeeded = true,
        Metrics = ImmutableDictionary<string, double>.Empty.Add("score", seed),
        FingerprintJson = "{}",
        Silo = "benchmark",
        Device = "cuda:0",
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = DateTimeOffset.UtcNow,
    };
}
