using System.Diagnostics;
using System.Runtime.InteropServices;
using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Tests.Processes;

/// <summary>The test trainer running as a child process, started the way the grid starts trainers.</summary>
public sealed class TrainerProcess : IDisposable
{
    // A generous bound for a process that normally takes about a second; exceeding it is a hang, not slowness.
    private static readonly TimeSpan HangTimeout = TimeSpan.FromMinutes(2);
    private const int SignalTerminate = 15;

    private readonly Process process;
    private readonly List<TrainerOutputLine> lines = [];
    private readonly Lock gate = new();
    private readonly Task<string> standardError;
    private readonly Task standardOutput;
    private TaskCompletionSource<bool>? lineArrived;

    private TrainerProcess(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Existing(TestBuild.TestTrainerPath));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        process = Process.Start(start)!;
        standardError = process.StandardError.ReadToEndAsync();
        standardOutput = ReadLinesAsync();
    }

    /// <summary>Starts the test trainer with the protocol's arguments and extra environment variables.</summary>
    public static TrainerProcess Start(TrainerArguments arguments, IReadOnlyDictionary<string, string?> environment) =>
        new(arguments.ToArgumentList(), environment);

    /// <summary>Starts the test trainer with raw command-line arguments.</summary>
    public static TrainerProcess StartRaw(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment) =>
        new(arguments, environment);

    /// <summary>Waits until a line that satisfies <paramref name="predicate"/> has been printed.</summary>
    public async Task WaitForLineAsync(Func<TrainerOutputLine, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(HangTimeout);
        while (true)
        {
            Task waiting;
            lock (gate)
            {
                if (lines.Any(predicate))
                    return;
                if (standardOutput.IsCompleted)
                    throw new InvalidOperationException("The trainer ended before printing the expected line.");
                lineArrived = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                waiting = lineArrived.Task;
            }
            await Task.WhenAny(waiting, standardOutput).WaitAsync(timeout.Token);
        }
    }

    /// <summary>Sends SIGTERM, as a grid worker does to cancel a run.</summary>
    public void Terminate()
    {
        if (Kill(process.Id, SignalTerminate) != 0)
            throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}.");
    }

    /// <summary>Waits for the process to end and returns what it printed.</summary>
    public async Task<TrainerRun> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(HangTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The trainer did not finish within {HangTimeout}.");
        }
        await standardOutput;
        var error = await standardError;
        lock (gate)
            return new TrainerRun(process.ExitCode, lines.ToList(), error);
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    /// <summary>Runs the test trainer to the end.</summary>
    public static async Task<TrainerRun> RunAsync(TrainerArguments arguments, IReadOnlyDictionary<string, string?> environment)
    {
        using var trainer = Start(arguments, environment);
        return await trainer.WaitAsync();
    }

    private async Task ReadLinesAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (gate)
            {
                lines.Add(TrainerOutputLine.Classify(line));
                lineArrived?.TrySetResult(true);
            }
        }
        lock (gate)
            lineArrived?.TrySetResult(true);
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"The test trainer is not built at {path}; build the test project.", path);

    [DllImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
