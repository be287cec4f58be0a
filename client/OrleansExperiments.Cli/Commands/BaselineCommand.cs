using OrleansExperiments.Git;
using System.CommandLine;
using System.Text.Json.Nodes;
using OrleansExperiments.Cli.Output;
using OrleansExperiments.Client.Requests;
using Spectre.Console;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx baseline show|rerun</c>: the stored baselines, whether they are valid, and forced re-measurement.</summary>
public static class BaselineCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var command = new Command("baseline", "Show stored baselines or re-measure one.");
        command.Subcommands.Add(Show(session));
        command.Subcommands.Add(Rerun(session));
        return command;
    }

    private static Command Show(Func<GridSession> session)
    {
        var repo = new Option<string?>("--repo") { Description = "Only this repository's baselines." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("show", "List baselines with valid, invalidatedBecause and measuredAt.") { repo, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (connection, client) = await session().ConnectAsync(cancellationToken);
            await using (connection)
            {
                var baselines = await client.ListBaselinesAsync(result.GetValue(repo));
                if (result.GetValue(json))
                {
                    CliJson.Print(new JsonArray([.. baselines.Select(b => (JsonNode)new JsonObject
                    {
                        ["repository"] = b.Repository,
                        ["branch"] = b.Branch,
                        ["mode"] = b.Mode,
                        ["profile"] = b.Profile,
                        ["commit"] = b.Commit,
                        ["valid"] = b.Valid,
                        ["invalidatedBecause"] = CliJson.ToNode(b.InvalidatedBecause),
                        ["invalidationDetail"] = b.InvalidationDetail,
                        ["measuredAt"] = b.MeasuredAt,
                        ["remeasuredBecause"] = CliJson.ToNode(b.RemeasuredBecause),
                        ["remeasurementDetail"] = b.RemeasurementDetail,
                        ["measuredBy"] = b.MeasuredBy,
                        ["metricVersion"] = b.MetricVersion,
                        ["seeds"] = b.Seeds,
                    })]));
                    return ExitCodes.Success;
                }
                var table = new Table().AddColumn("repository").AddColumn("branch").AddColumn("mode").AddColumn("profile")
                    .AddColumn("commit").AddColumn("valid").AddColumn("invalidated because").AddColumn("measured").AddColumn("re-measured because");
                foreach (var b in baselines)
                {
                    table.AddRow(Markup.Escape(b.Repository), Markup.Escape(b.Branch), b.Mode, b.Profile, b.Commit is { } commit ? CommitIds.Short(commit) : "",
                        b.Valid ? "[green]yes[/]" : "[red]no[/]", Markup.Escape(string.Join(", ", b.InvalidatedBecause)), b.MeasuredAt?.ToString("u") ?? "",
                        Markup.Escape(string.Join(", ", b.RemeasuredBecause)));
                }
                AnsiConsole.Write(table);
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static Command Rerun(Func<GridSession> session)
    {
        var common = new CommonOptions();
        var branch = new Option<string>("--branch") { Description = "The baseline branch to re-measure.", Required = true };
        var command = new Command("rerun", "Re-measure a baseline branch's tip now and store it as the baseline.");
        command.Options.Add(branch);
        common.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var request = common.Fill(new BaselineRerunRequest { Repository = result.GetValue(common.Repo)!, Branch = result.GetValue(branch)! }, result);
            return ExperimentRunner.RunAsync(
                session(),
                result.GetValue(common.Json),
                (preflight, ct) => preflight.PrepareBaselineRerunAsync(request, ct),
                ResultsJson.For,
                view => AnsiConsole.MarkupLine($"Baseline of {Markup.Escape(request.Branch)} re-measured in experiment {view.ExperimentId}; see orlx baseline show."),
                _ => ExitCodes.Success,
                cancellationToken);
        });
        return command;
    }
}
