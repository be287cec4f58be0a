using System.CommandLine;
using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Cli.Output;
using Spectre.Console;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx results &lt;id&gt;</c>: one experiment with its report and every run.</summary>
public static class ResultsCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var id = new Argument<string>("experiment-id") { Description = "The experiment's id (see orlx experiments)." };
        var json = new Option<bool>("--json") { Description = "Print the experiment as one JSON document." };
        var command = new Command("results", "Show an experiment: status, verdict and runs.") { id, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var experimentId = result.GetValue(id)!;
            var asJson = result.GetValue(json);
            if (!GridNames.IsValid(experimentId))
            {
                return ExperimentRunner.Refuse(asJson, $"'{experimentId}' is not an experiment id; list them with orlx experiments.");
            }
            var (connection, client) = await session().ConnectAsync(cancellationToken);
            await using (connection)
            {
                var view = await client.GetAsync(experimentId);
                if (view is null)
                {
                    return ExperimentRunner.Refuse(asJson, $"No experiment has the id {experimentId}; list them with orlx experiments.");
                }
                if (asJson)
                {
                    CliJson.Print(ResultsJson.For(view));
                }
                else
                {
                    if (view.Compare is { } compare)
                    {
                        CompareTable.Print(compare);
                    }
                    var runs = new Table().Title($"{view.ExperimentId} ({view.Kind.ToString().ToLowerInvariant()}, {view.Status.ToString().ToLowerInvariant()})");
                    runs.AddColumn("arm").AddColumn("mode").AddColumn("seed").AddColumn("commit").AddColumn("status").AddColumn("attempts").AddColumn("metrics / reason");
                    foreach (var run in view.Runs.OrderBy(r => r.Arm).ThenBy(r => r.Mode).ThenBy(r => r.Seed))
                    {
                        var detail = run.FailureReason ?? string.Join(", ", run.Metrics.Select(m => $"{m.Key}={m.Value:G5}"));
                        runs.AddRow(run.Arm, run.Mode, run.Seed.ToString(), run.Commit[..10], CompareTable.Colored(run.Status.ToString().ToLowerInvariant()), run.Attempts.ToString(), Markup.Escape(detail));
                    }
                    AnsiConsole.Write(runs);
                    if (view.Message is not null)
                    {
                        AnsiConsole.MarkupLine(Markup.Escape(view.Message));
                    }
                }
                return view.Status == ExperimentStatus.Failed ? ExitCodes.NotFinished : ExitCodes.Success;
            }
        });
        return command;
    }
}
