using System.Diagnostics;
using System.Globalization;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Azurite;
using OrleansExperiments.Client.Requests;
using OrleansExperiments.Grid.Benchmarks;
using OrleansExperiments.Storage;
using OrleansExperiments.Storage.Records;

// Usage: dotnet run -c Release --project benchmarks/OrleansExperiments.Grid.Benchmarks -- [runs per experiment] [latency repetitions]
var runsPerExperiment = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var completionPoll = TimeSpan.FromMilliseconds(20);
const int storageWriteSamples = 200;
var pollInterval = new OrleansExperiments.Grains.Configuration.GridOptions().PollInterval;

var temp = Directory.CreateTempSubdirectory("orlx-grid-bench-").FullName;
try
{
    await using var azurite = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());
    var results = new ResultStore(azurite.ConnectionString);
    var repository = BenchmarkRepository.Create(Path.Combine(temp, "trainer"));
    var home = Path.Combine(temp, "home");
    Console.WriteLine($"# Grid benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, Azurite in memory, {runsPerExperiment} runs per experiment, {repetitions} latency repetitions");

    foreach (var slots in new[] { 1, 2 })
    {
        await using var grid = await GridUnderTest.StartAsync(home, azurite.ConnectionString, slots);
        await RunExperiment(grid, seeds: 2); // warm-up: JIT, mirror, checkout, build cache, tables
        var throughput = await Throughput(grid, slots);
        Console.WriteLine();
        Console.WriteLine($"## {slots} CPU slot(s): {runsPerExperiment} runs of one commit (warm build cache)");
        Console.WriteLine($"runs per second: {throughput.RunsPerSecond.ToString("F1", CultureInfo.InvariantCulture)} (wall {throughput.Wall.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s from submit to the last run's end)");
        Console.WriteLine(Distribution.Header);
        Console.WriteLine(throughput.Trainer.Row("trainer process lifetime"));
        Console.WriteLine(throughput.Executor.Row("worker: prepare (warm) + process handling, beyond the trainer"));
        if (throughput.BetweenRuns is { } between)
        {
            Console.WriteLine(between.Row("grid: one run's end to the next run's start on the slot (record, complete, lease, start)"));
            Console.WriteLine(throughput.Cycle!.Row("per run beyond the trainer's lifetime (cycle − trainer)"));
        }
    }

    await using (var grid = await GridUnderTest.StartAsync(home, azurite.ConnectionString, cpuSlots: 2))
    {
        await RunExperiment(grid, seeds: 2);
        var warm = new List<Latency>();
        var cold = new List<Latency>();
        for (var i = 0; i < repetitions; i++)
        {
            warm.Add(await SubmitToFirstStep(grid));
            repository.CommitNewVersion();
            cold.Add(await SubmitToFirstStep(grid));
        }
        Console.WriteLine();
        Console.WriteLine("## Submit to the trainer's first step (1 seed, idle grid with 2 slots)");
        Console.WriteLine(Distribution.Header);
        Print("warm commit", warm);
        Print("new commit (checkout + build)", cold);
    }

    await using (var grid = await GridUnderTest.StartAsync(home, azurite.ConnectionString, cpuSlots: 1))
    {
        var calls = await GridCallTimings.MeasureAsync(grid, repository.Path, runsPerExperiment);
        Console.WriteLine();
        Console.WriteLine($"## The worker's grain calls per run, one by one ({runsPerExperiment} runs of one experiment)");
        Console.WriteLine(Distribution.Header);
        foreach (var (call, timing) in calls)
        {
            Console.WriteLine(timing.Row(call));
        }
    }

    Console.WriteLine();
    Console.WriteLine("## One Table storage write (upsert of a small entity into this Azurite)");
    Console.WriteLine(Distribution.Header);
    Console.WriteLine((await StorageWrites(azurite.ConnectionString)).Row("upsert"));

    void Print(string label, List<Latency> samples)
    {
        Console.WriteLine(new Distribution(samples.Select(s => s.Preflight)).Row($"{label}: pre-flight (clean tree, mirror sync, refs, manifest, metric inputs)"));
        Console.WriteLine(new Distribution(samples.Select(s => s.Submit)).Row($"{label}: submit (tags, experiment grain, run grains, queue)"));
        Console.WriteLine(new Distribution(samples.Select(s => s.WaitForWorker)).Row($"{label}: queued until a worker started it (idle poll, lease, start)"));
        Console.WriteLine(new Distribution(samples.Select(s => s.PrepareAndSpawn)).Row($"{label}: worker start to trainer start (prepare, spawn)"));
        Console.WriteLine(new Distribution(samples.Select(s => s.Total)).Row($"{label}: submit call to trainer start, total"));
    }

    async Task<ExperimentView> RunExperiment(GridUnderTest grid, int seeds)
    {
        var view = await grid.Client.SubmitAsync(new RunRequest { Repository = repository.Path, Ref = "main", Seeds = seeds });
        return await WaitUntilFinal(grid, view.ExperimentId);
    }

    async Task<ExperimentView> WaitUntilFinal(GridUnderTest grid, string experimentId)
    {
        while (true)
        {
            var view = await grid.Client.GetAsync(experimentId) ?? throw new InvalidOperationException($"{experimentId} vanished");
            if (view.IsFinal)
            {
                return view.Status == OrleansExperiments.Abstractions.Experiments.ExperimentStatus.Completed
                    ? view
                    : throw new InvalidOperationException($"{experimentId} {view.Status}: {view.Message}");
            }
            await Task.Delay(completionPoll);
        }
    }

    async Task<ThroughputResult> Throughput(GridUnderTest grid, int slots)
    {
        var submitted = DateTimeOffset.UtcNow;
        var view = await RunExperiment(grid, runsPerExperiment);
        var runs = await results.ListRunsAsync(view.ExperimentId);
        var wall = runs.Max(r => r.CompletedAt!.Value) - submitted;
        var trainer = runs.Select(r => r.TrainerSeconds!.Value * 1000).ToList();
        var executor = runs.Select(r => (r.CompletedAt!.Value - r.StartedAt!.Value).TotalMilliseconds - r.TrainerSeconds!.Value * 1000);
        Distribution? between = null;
        Distribution? cycle = null;
        if (slots == 1)
        {
            var ordered = runs.OrderBy(r => r.StartedAt).ToList();
            var pairs = ordered.Zip(ordered.Skip(1)).ToList();
            between = new Distribution(pairs.Select(p => (p.Second.StartedAt!.Value - p.First.CompletedAt!.Value).TotalMilliseconds));
            cycle = new Distribution(pairs.Select(p => (p.Second.StartedAt!.Value - p.First.StartedAt!.Value).TotalMilliseconds - p.First.TrainerSeconds!.Value * 1000));
        }
        return new ThroughputResult(runs.Count / wall.TotalSeconds, wall, new Distribution(trainer), new Distribution(executor), between, cycle);
    }

    async Task<Latency> SubmitToFirstStep(GridUnderTest grid)
    {
        // Idle workers poll the queue; a random pause puts each submission at a random point of their poll cycle.
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * 2 * pollInterval.TotalMilliseconds));
        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var spec = await grid.Preflight.PrepareRunAsync(new RunRequest { Repository = repository.Path, Ref = "main", Seeds = 1 }, CancellationToken.None);
        var preflight = clock.Elapsed.TotalMilliseconds;
        await grid.Client.SubmitAsync(spec);
        var submit = clock.Elapsed.TotalMilliseconds - preflight;
        var submitted = start + clock.Elapsed;
        await WaitUntilFinal(grid, spec.ExperimentId);
        var run = (await results.ListRunsAsync(spec.ExperimentId)).Single();
        var started = Directory.EnumerateFiles(Path.Combine(home, "runs"), BenchmarkRepository.StartedFileName, SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f)))!.StartsWith(spec.ExperimentId + ".", StringComparison.Ordinal))
            .Select(f => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture) / 1_000_000))
            .Min();
        return new Latency(preflight, submit, (run.StartedAt!.Value - submitted).TotalMilliseconds,
            (started - run.StartedAt.Value).TotalMilliseconds, (started - start).TotalMilliseconds);
    }

    static async Task<Distribution> StorageWrites(string connectionString)
    {
        var table = new Azure.Data.Tables.TableClient(connectionString, "benchmarkwrites");
        await table.CreateIfNotExistsAsync();
        var samples = new List<double>();
        for (var i = 0; i < storageWriteSamples; i++)
        {
            var clock = Stopwatch.StartNew();
            await table.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("p", (i % 10).ToString(CultureInfo.InvariantCulture)) { ["State"] = new string('x', 500) });
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        return new Distribution(samples);
    }
}
finally
{
    Directory.Delete(temp, recursive: true);
}

internal sealed record Latency(double Preflight, double Submit, double WaitForWorker, double PrepareAndSpawn, double Total);

internal sealed record ThroughputResult(double RunsPerSecond, TimeSpan Wall, Distribution Trainer, Distribution Executor, Distribution? BetweenRuns, Distribution? Cycle);
