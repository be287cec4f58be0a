using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Tests.Processes;

public sealed class TrainerDeterminismTests(TrainerHome home) : IClassFixture<TrainerHome>
{
    private TrainerArguments Arguments(int seed) => new(seed, "mlp", "fast", TrainerDevice.Cpu, home.NewOutput());

    [Fact]
    public async Task The_same_seed_in_two_fresh_processes_gives_bitwise_identical_curves_and_metrics()
    {
        var runs = await Task.WhenAll(TrainerProcess.RunAsync(Arguments(11), home.Environment()), TrainerProcess.RunAsync(Arguments(11), home.Environment()));

        foreach (var run in runs)
            Assert.True(run.ExitCode == TrainerExitCodes.Success, run.StandardError);
        Assert.Equal(Bits(runs[0].Result!.Metrics), Bits(runs[1].Result!.Metrics));
        Assert.Equal(runs[0].Curve.Select(Bits), runs[1].Curve.Select(Bits));
        Assert.True(runs[0].Curve.Count >= 5);
    }

    [Fact]
    public async Task Different_seeds_give_different_curves_and_metrics()
    {
        var runs = await Task.WhenAll(TrainerProcess.RunAsync(Arguments(11), home.Environment()), TrainerProcess.RunAsync(Arguments(12), home.Environment()));

        Assert.All(runs, run => Assert.Equal(TrainerExitCodes.Success, run.ExitCode));
        Assert.NotEqual(Bits(runs[0].Result!.Metrics)["final_loss"], Bits(runs[1].Result!.Metrics)["final_loss"]);
        Assert.NotEqual(runs[0].Curve.Select(Bits), runs[1].Curve.Select(Bits));
    }

    [Fact]
    public async Task A_successful_run_prints_one_environment_and_one_result_and_no_failure()
    {
        var run = await TrainerProcess.RunAsync(Arguments(3), home.Environment());

        Assert.Equal(TrainerExitCodes.Success, run.ExitCode);
        Assert.Single(run.Events<ResultEvent>());
        Assert.Null(run.Failure);
        Assert.Empty(run.Lines.OfType<InvalidEventLine>());
        Assert.IsType<EnvironmentEvent>(Assert.IsType<EventLine>(run.Lines[0]).Event);
        Assert.IsType<ResultEvent>(Assert.IsType<EventLine>(run.Lines[^1]).Event);
        var environment = run.Environment;
        Assert.Equal("0.107.0", environment.TorchSharp);
        Assert.Equal("2.10.0.0", environment.LibTorch);
        Assert.Equal("cpu", environment.Device);
        Assert.Equal(TrainerOptions.DefaultThreads, environment.Threads);
        Assert.True(environment.Deterministic);
        Assert.Null(environment.Cuda);
        Assert.Equal("package", environment.Extra["libtorchSource"]);
        Assert.Equal(["accuracy", "final_loss"], run.Result!.Metrics.Keys.Order());
        // The trainer writes "progress N/60 " without a line break before each metric: every metric still arrives.
        Assert.Equal([0L, 10, 20, 30, 40, 50], run.Curve.Select(metric => metric.Step));
        Assert.Contains(run.Lines.OfType<LogLine>(), line => line.Text.StartsWith("progress 50/60", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_external_libtorch_folder_loads_and_trains_to_the_same_bits()
    {
        var external = home.LinkedLibTorchFolder(version: "2.10.0+linked");

        var runs = await Task.WhenAll(
            TrainerProcess.RunAsync(Arguments(5), home.Environment()),
            TrainerProcess.RunAsync(Arguments(5), home.Environment(("ORLX_LIBTORCH_DIR", external))));

        Assert.All(runs, run => Assert.True(run.ExitCode == TrainerExitCodes.Success, run.StandardError));
        Assert.Equal("external", runs[1].Environment.Extra["libtorchSource"]);
        Assert.Equal("2.10.0+linked", runs[1].Environment.LibTorch);
        Assert.Equal(Bits(runs[0].Result!.Metrics), Bits(runs[1].Result!.Metrics));
    }

    [Fact]
    public async Task Turning_determinism_off_is_recorded()
    {
        var run = await TrainerProcess.RunAsync(Arguments(3), home.Environment(("ORLX_TEST_DETERMINISTIC", "false")));

        Assert.Equal(TrainerExitCodes.Success, run.ExitCode);
        Assert.False(run.Environment.Deterministic);
    }

    private static Dictionary<string, long> Bits(IReadOnlyDictionary<string, double> metrics) =>
        metrics.ToDictionary(pair => pair.Key, pair => BitConverter.DoubleToInt64Bits(pair.Value));

    private static (long Step, string Name, long Value) Bits(MetricEvent metric) => (metric.Step, metric.Name, BitConverter.DoubleToInt64Bits(metric.Value));
}
