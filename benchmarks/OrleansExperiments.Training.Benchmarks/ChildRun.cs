using System.Diagnostics;
using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Benchmarks;

/// <summary>One benchmark child process: its wall time to the first finished step (when it marks one) and its final metrics.</summary>
internal sealed record ChildRun(string Variant, double? StartupMilliseconds, IReadOnlyDictionary<string, double> Metrics)
{
    /// <summary>Runs this program as a child with <paramref name="arguments"/>, reading its stdout as the grid would.</summary>
    public static async Task<ChildRun> RunAsync(string variant, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        double? startup = null;
        ResultEvent? result = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (startup is null && StepClock.IsFirstStepMarker(line))
                startup = clock.Elapsed.TotalMilliseconds;
            if (TrainerOutputLine.Classify(line) is EventLine { Event: ResultEvent final })
                result = final;
        }
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || result is null)
            throw new InvalidOperationException($"The {variant} child failed with exit code {process.ExitCode}: {await error}");
        return new ChildRun(variant, startup, result.Metrics);
    }
}
