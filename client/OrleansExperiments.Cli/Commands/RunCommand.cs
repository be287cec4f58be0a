using OrleansExperiments.Git;
using System.CommandLine;
using System.Globalization;
using OrleansExperiments.Cli.Output;
using OrleansExperiments.Client.Requests;
using Spectre.Console;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx run</c>: seeded runs of one commit.</summary>
public static class RunCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var common = new CommonOptions();
        var reference = new Option<string>("--ref") { Description = "The ref to train (branch, tag or commit).", Required = true };
        var command = new Command("run", "Train one commit with several seeds and summarize each mode.");
        command.Options.Add(reference);
        common.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var request = common.Fill(new RunRequest { Repository = result.GetValue(common.Repo)!, Ref = result.GetValue(reference)! }, result);
            return ExperimentRunner.RunAsync(
                session(),
                result.GetValue(common.Json),
                (preflight, ct) => preflight.PrepareRunAsync(request, ct),
                ResultsJson.For,
                view =>
                {
                    var report = view.Run!;
                    var table = new Table().Title($"{Markup.Escape(report.Ref)} ({CommitIds.Short(report.Commit)}), {Markup.Escape(report.Metric)}, profile {Markup.Escape(report.Profile)}");
                    table.AddColumn("mode").AddColumn("n").AddColumn("mean").AddColumn("sd").AddColumn("values");
                    foreach (var mode in report.Modes)
                    {
                        table.AddRow(Markup.Escape(mode.Mode), mode.N.ToString(CultureInfo.InvariantCulture), G(mode.Mean), G(mode.Sd), string.Join(" ", mode.Values.Select(G)));
                    }
                    AnsiConsole.Write(table);
                },
                _ => ExitCodes.Success,
                cancellationToken);
        });
        return command;
    }

    private static string G(double value) => value.ToString("G5", CultureInfo.InvariantCulture);
}
