using System.Diagnostics;
using OrleansExperiments.Protocol;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>Runs a trainer the way the grid does: the manifest's run command plus the protocol's arguments, in the checkout.</summary>
internal static class TrainerProcess
{
    public static async Task<TrainerOutcome> RunAsync(IReadOnlyList<string> command, string checkout, string output, int seed, string mode, string profile)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = checkout,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1).Concat(
                     ["--seed", seed.ToString(), "--mode", mode, "--profile", profile, "--device", "cpu", "--output", output]))
            start.ArgumentList.Add(argument);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();

        var events = (await standardOutput).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(TrainerOutputLine.Classify).OfType<EventLine>().Select(line => line.Event).ToList();
        return new TrainerOutcome(process.ExitCode, events, await standardError, clock.Elapsed);
    }
}
