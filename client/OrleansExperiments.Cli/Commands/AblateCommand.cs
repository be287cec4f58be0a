using OrleansExperiments.Git;
using System.CommandLine;
using System.Globalization;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Cli.Output;
using OrleansExperiments.Client.Requests;
using Spectre.Console;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx ablate</c>: every combination of the changes, so a regression cannot hide behind another change's gain. Exit 1 on a masked or overall regression.</summary>
public static class AblateCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var common = new CommonOptions();
        var baseline = new Option<string>("--baseline") { Description = "The baseline ref.", Required = true };
        var changes = new Option<string[]>("--change") { Description = "A change branch (2 to 4, repeat the option).", Required = true };
        var command = new Command("ablate", "Run baseline, each change and every combination (2^k cells); report effects, interactions and masked regressions.");
        command.Options.Add(baseline);
        command.Options.Add(changes);
        common.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var request = common.Fill(new AblateRequest
            {
                Repository = result.GetValue(common.Repo)!,
                Baseline = result.GetValue(baseline)!,
                Changes = result.GetValue(changes) ?? [],
            }, result);
            return ExperimentRunner.RunAsync(
                session(),
                result.GetValue(common.Json),
                (preflight, ct) => preflight.PrepareAblateAsync(request, ct),
                ResultsJson.For,
                view => Print(view.Ablation!),
                view => view.Ablation!.Verdict == "regression" ? ExitCodes.Regression : ExitCodes.Success,
                cancellationToken);
        });
        return command;
    }

    private static void Print(AblationReport report)
    {
        foreach (var mode in report.Modes)
        {
            var cells = new Table().Title($"[bold]{Markup.Escape(mode.Mode)}[/]: {Markup.Escape(report.Metric)} ({report.Goal}) per cell");
            cells.AddColumn("cell").AddColumn("changes").AddColumn("commit").AddColumn("mean ± sd (n)");
            foreach (var cell in mode.Cells)
            {
                cells.AddRow(cell.Arm, Markup.Escape(cell.Changes.Length == 0 ? "(baseline)" : string.Join(" + ", cell.Changes)), CommitIds.Short(cell.Commit), $"{G(cell.Mean)} ± {G(cell.Sd)} ({cell.N})");
            }
            AnsiConsole.Write(cells);
            var effects = new Table().AddColumn("effect").AddColumn("estimate").AddColumn("p");
            foreach (var effect in mode.Effects)
            {
                effects.AddRow(Markup.Escape(effect.Name), G(effect.Estimate), G(effect.PValue));
            }
            AnsiConsole.Write(effects);
            foreach (var masked in mode.MaskedRegressions)
            {
                AnsiConsole.MarkupLine($"[red]masked regression[/]: {Markup.Escape(masked.Description)}");
            }
            AnsiConsole.MarkupLine($"{Markup.Escape(mode.Mode)}: {CompareTable.Colored(mode.Verdict)}: {Markup.Escape(mode.Reason)}");
        }
        AnsiConsole.MarkupLine($"[grey]Experiment {report.ExperimentId}; details: orlx results {report.ExperimentId}[/]");
    }

    private static string G(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
