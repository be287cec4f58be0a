using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Tests.Processes;

/// <summary>Every failure the protocol defines, each provoked in a real trainer process. The fixture starts them all at once.</summary>
public sealed class TrainerFailureTests(TrainerFailureTests.Runs runs) : IClassFixture<TrainerFailureTests.Runs>
{
    /// <summary>A failure to provoke: raw arguments or a mode and device, extra environment variables, the expected exit code and reason.</summary>
    public sealed record Case(string[]? RawArguments, string Mode, string Device, Func<TrainerHome, (string, string?)[]> Environment, int ExitCode, string Reason);

    private static readonly Func<TrainerHome, (string, string?)[]> NoVariables = _ => [];

    private static readonly string MissingFolder = Path.Combine(Path.GetTempPath(), "orlx-no-such-folder", "torch", "lib");

    public static readonly IReadOnlyDictionary<string, Case> Cases = new Dictionary<string, Case>
    {
        ["nan-loss"] = new(null, "nan-loss", "cpu", NoVariables, TrainerExitCodes.NonFiniteValue, "The loss became NaN at step 25"),
        ["nan-metric"] = new(null, "nan-metric", "cpu", NoVariables, TrainerExitCodes.NonFiniteValue, "The final metric final_loss is NaN"),
        ["missing-metric"] = new(null, "missing-metric", "cpu", NoVariables, TrainerExitCodes.InvalidResult, "The final metrics lack final_loss"),
        ["trainer-throws"] = new(null, "throws", "cpu", NoVariables, TrainerExitCodes.TrainerError, "InvalidOperationException: The test trainer fails on purpose."),
        ["unknown-mode"] = new(null, "resnet", "cpu", NoVariables, TrainerExitCodes.InvalidArguments, "Unknown mode 'resnet': this trainer has 'mlp'"),
        ["bad-argument"] = new(["--seed", "abc", "--mode", "mlp", "--profile", "fast", "--device", "cpu", "--output", "o"], "", "", NoVariables,
            TrainerExitCodes.InvalidArguments, "--seed 'abc' is not a non-negative 32-bit integer"),
        ["missing-argument"] = new(["--seed", "1", "--mode", "mlp", "--device", "cpu", "--output", "o"], "", "", NoVariables,
            TrainerExitCodes.InvalidArguments, "--profile is missing"),
        ["cuda-on-cpu-machine"] = new(null, "mlp", "cuda:0", NoVariables, TrainerExitCodes.DeviceUnavailable, "--device cuda:0 asks for CUDA, but CUDA is not available"),
        ["missing-libtorch-folder"] = new(null, "mlp", "cpu", _ => [("ORLX_LIBTORCH_DIR", MissingFolder)], TrainerExitCodes.NativeLoadFailed,
            $"The libtorch folder {MissingFolder} (from ORLX_LIBTORCH_DIR or the loader options) does not exist"),
        ["folder-without-libtorch"] = new(null, "mlp", "cpu", _ => [("ORLX_LIBTORCH_DIR", AppContext.BaseDirectory)], TrainerExitCodes.NativeLoadFailed,
            "holds no libtorch: libtorch_cpu.so is not in it"),
        ["second-libtorch"] = new(null, "mlp", "cpu", home => [("ORLX_LIBTORCH_DIR", home.ForeignLibTorchFolder())], TrainerExitCodes.NativeLoadFailed,
            "This application carries its own libtorch"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Fails_with_a_specific_exit_code_and_reason_and_no_result(string name)
    {
        var run = await runs.Of(name);

        run.AssertFailed(Cases[name].ExitCode, Cases[name].Reason);
    }

    /// <summary>Starts every case's process when the class starts, so they run side by side.</summary>
    public sealed class Runs : IDisposable
    {
        private readonly TrainerHome home = new();
        private readonly Dictionary<string, Task<TrainerRun>> started;

        public Runs()
        {
            started = Cases.ToDictionary(pair => pair.Key, pair => Start(pair.Value));
        }

        public Task<TrainerRun> Of(string name) => started[name];

        public void Dispose()
        {
            Task.WhenAll(started.Values).ContinueWith(_ => { }).Wait();
            home.Dispose();
        }

        private async Task<TrainerRun> Start(Case @case)
        {
            var environment = home.Environment(@case.Environment(home));
            using var trainer = @case.RawArguments is { } raw
                ? TrainerProcess.StartRaw(raw, environment)
                : TrainerProcess.Start(new TrainerArguments(1, @case.Mode, "fast", TrainerDevice.Parse(@case.Device), home.NewOutput()), environment);
            return await trainer.WaitAsync();
        }
    }
}
