using System.Diagnostics;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Runs one trainer as a child process, without a shell, and hands each stdout line to a callback. Stdout and stderr
/// are read with a line limit and only their tails are kept. The process is killed with its children when the token
/// is cancelled (lease lost, shutdown, timeout), so a hung trainer never outlives its run.
/// </summary>
public static class TrainerProcess
{
    /// <summary>Longer lines are cut: a trainer cannot exhaust the silo's memory with one line.</summary>
    public const int MaxLineBytes = 64 * 1024;

    /// <summary>Log lines kept for the failure reason.</summary>
    public const int LogTailLines = 40;

    public static async Task<TrainerExit> RunAsync(
        TrainerLaunch launch, Action<string> onStdoutLine, Action<int>? onStarted, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(launch.FileName)
        {
            WorkingDirectory = launch.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in launch.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = StartOrExplain(startInfo);
        onStarted?.Invoke(process.Id);
        process.StandardInput.Close();
        var stderrTail = new LogTail(LogTailLines);

        var stdout = Pump(process.StandardOutput.BaseStream, onStdoutLine, cancellationToken);
        var stderr = Pump(process.StandardError.BaseStream, stderrTail.Add, cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            await Task.WhenAll(stdout, stderr);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            return new TrainerExit(ExitCode: null, stopwatch.Elapsed, stderrTail.Lines, Cancelled: true);
        }
        return new TrainerExit(process.ExitCode, stopwatch.Elapsed, stderrTail.Lines, Cancelled: false);
    }

    private static Process StartOrExplain(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo)
                ?? throw new InvalidOperationException($"The trainer '{startInfo.FileName}' did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The trainer '{startInfo.FileName}' could not be started ({e.Message}): check the manifest's run command and that the program is installed on the silo's machine.", e);
        }
    }

    private static async Task Pump(Stream stream, Action<string> onLine, CancellationToken cancellationToken)
    {
        var reader = new BoundedLineReader(stream, MaxLineBytes);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            onLine(line);
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It exited between the cancellation and the kill.
        }
    }
}

/// <summary>How a trainer process ended: its exit code (null when we killed it), how long it lived, and its stderr tail.</summary>
public sealed record TrainerExit(int? ExitCode, TimeSpan Duration, IReadOnlyList<string> StderrTail, bool Cancelled);
