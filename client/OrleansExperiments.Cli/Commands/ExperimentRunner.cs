using System.Text.Json.Nodes;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Cli.Output;
using OrleansExperiments.Client.Preflight;

namespace OrleansExperiments.Cli.Commands;

/// <summary>
/// The shared life of an experiment command: pre-flight (bad input exits 2 before anything is stored), connect,
/// submit, follow progress on stderr, print the result, and map it to the exit code.
/// </summary>
public static class ExperimentRunner
{
    public static async Task<int> RunAsync(
        GridSession session,
        bool json,
        Func<ExperimentPreflight, CancellationToken, Task<ExperimentSpec>> prepare,
        Func<ExperimentView, JsonNode> toJson,
        Action<ExperimentView> print,
        Func<ExperimentView, int> exitCodeOfCompleted,
        CancellationToken cancellationToken)
    {
        ExperimentSpec spec;
        try
        {
            spec = await prepare(session.Preflight, cancellationToken);
        }
        catch (PreflightException e)
        {
            return Refuse(json, e.Message);
        }

        var (connection, client) = await session.ConnectAsync(cancellationToken);
        await using (connection)
        {
            var submitted = await client.SubmitAsync(spec, cancellationToken);
            Progress.Line($"Experiment {submitted.ExperimentId}: {submitted.TotalRuns} runs queued.");
            await Progress.FollowAsync(client.WatchAsync(submitted.ExperimentId, cancellationToken));
            var final = await client.GetAsync(submitted.ExperimentId)
                ?? throw new InvalidOperationException($"Experiment {submitted.ExperimentId} vanished.");
            if (json)
            {
                CliJson.Print(toJson(final));
            }
            else if (final.Status == ExperimentStatus.Completed)
            {
                print(final);
            }
            if (final.Status != ExperimentStatus.Completed)
            {
                Progress.Line($"Experiment {final.ExperimentId} {final.Status.ToString().ToLowerInvariant()}: {final.Message}");
                return ExitCodes.NotFinished;
            }
            return exitCodeOfCompleted(final);
        }
    }

    public static int Refuse(bool json, string message)
    {
        if (json)
        {
            CliJson.PrintError(message, ExitCodes.BadInput);
        }
        Console.Error.WriteLine($"orlx: {message}");
        return ExitCodes.BadInput;
    }
}
