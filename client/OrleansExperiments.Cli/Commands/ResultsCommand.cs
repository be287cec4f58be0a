using OrleansExperiments.Git;
using System.CommandLine;
using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Cli.Output;
using Spectre.Console;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx results &lt;id&gt;</c>: one experiment with its report and every run.</summary>
public static class ResultsCommand
{
    /// <summary><c>orlx report &lt;id&gt;</c>: the experiment as a Markdown document (verdict, statistics, cells, runs).</summary>
    public static Command CreateReport(Func<GridSession> session)
    {
        var id = new Argument<string>("experiment-id") { Description = "The experiment's id (see orlx experiments)." };
        var command = new Command("report", "Print an experiment as Markdown, for a pull request or a lab notebook.") { id };
        command.SetAction((result, cancellationToken) => WithExperiment(session, result.GetValue(id)!, json: false, view =>
        {
            Console.Out.Write(MarkdownReport.For(view));
            return view.Status == ExperimentStatus.Failed ? ExitCodes.NotFinished : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>Validates the id, connects, reads the experiment and hands it on; an unknown id exits 2.</summary>
    private static async Task<int> WithExperiment(Func<GridSession> session, string experimentId, bool json, Func<Abstractions.Reports.ExperimentView, int> use, CancellationToken cancellationToken)
    {
        if (!GridNames.IsValid(experimentId))
        {
            return ExperimentRunner.Refuse(json, $"'{experimentId}' is not an experiment id; list them with orlx experiments.");
        }
        var (connection, client) = await session().ConnectAsync(cancellationToken);
        await using (connection)
        {
            var view = await client.GetAsync(experimentId);
            return view is null
                ? ExperimentRunner.Refuse(json, $"No experiment has the id {experimentId}; list them with orlx experiments.")
                : use(view);
        }
    }

    public static Command Create(Func<GridSession> session)
    {
        var id = new Argument<string>("experiment-id") { Description = "The experiment's id (see orlx experiments)." };
        var json = new Option<bool>("--json") { Description = "Print the experiment as one JSON document." };
        var command = new Command("results", "Show an experiment: status, verdict and runs.") { id, json };
        command.SetAction((result, cancellationToken) =>
        {
            var asJson = result.GetValue(json);
            return WithExperiment(session, result.GetValue(id)!, asJson, view =>
            {
                if (asJson)
                {
                    CliJson.Print(ResultsJson.For(view));
                }
                else
                {
                    PrintTables(view);
                }
                return view.Status == ExperimentStatus.Failed ? ExitCodes.NotFinished : ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }

    private static void PrintTables(Abstractions.Reports.ExperimentView view)
    {
        if (view.Compare is { } compare)
        {
            CompareTable.Print(compare);
        }
        var runs = new Table().Title($"{view.ExperimentId} ({view.Kind.ToString().ToLowerInvariant()}, {view.Status.ToString().ToLowerInvariant()})");
        runs.AddColumn("arm").AddColumn("mode").AddColumn("profile").AddColumn("seed").AddColumn("commit").AddColumn("status").AddColumn("attempts").AddColumn("metrics / reason");
        foreach (var run in view.Runs.OrderBy(r => r.Arm).ThenBy(r => r.Mode).ThenBy(r => r.Profile).ThenBy(r => r.Seed))
        {
            var detail = run.FailureReason ?? string.Join(", ", run.Metrics.Select(m => $"{m.Key}={m.Value:G5}"));
            runs.AddRow(run.Arm, run.Mode, run.Profile, run.Seed.ToString(), CommitIds.Short(run.Commit), CompareTable.Colored(run.Status.ToString().ToLowerInvariant()), run.Attempts.ToString(), Markup.Escape(detail));
        }
        AnsiConsole.Write(runs);
        if (view.Message is not null)
        {
            AnsiConsole.MarkupLine(Markup.Escape(view.Message));
        }
    }
}
