using System.Globalization;
using OrleansExperiments.Abstractions.Reports;
using Spectre.Console;

namespace OrleansExperiments.Cli.Output;

/// <summary>The human-readable verdict of a comparison.</summary>
public static class CompareTable
{
    public static void Print(CompareReport report)
    {
        var table = new Table().Title($"[bold]{Markup.Escape(report.Metric)}[/] ({report.Goal}, version {Markup.Escape(report.MetricVersion)}, profile {Markup.Escape(report.Profile)})");
        foreach (var column in new[] { "mode", "baseline", "change", "difference [[CI]]", "p (adjusted)", "P(better)", "verdict" })
        {
            table.AddColumn(column);
        }
        foreach (var mode in report.Modes)
        {
            table.AddRow(
                Markup.Escape(mode.Mode),
                MeanSd(mode.Baseline),
                MeanSd(mode.Change),
                $"{Number(mode.Difference.Estimate)} [[{Number(mode.Difference.CiLow)}, {Number(mode.Difference.CiHigh)}]]",
                $"{Number(mode.PValue)} ({Number(mode.PValueAdjusted)})",
                Number(mode.ProbabilityOfImprovement),
                Colored(mode.Verdict));
        }
        AnsiConsole.Write(table);

        if (!report.NonIntrusive.IsDefaultOrEmpty)
        {
            var checks = new Table().Title("[bold]other modes[/] (non-intrusive check)");
            checks.AddColumn("mode").AddColumn("status").AddColumn("method").AddColumn("why");
            foreach (var check in report.NonIntrusive)
            {
                checks.AddRow(Markup.Escape(check.Mode), Colored(check.Status), check.Method, Markup.Escape(check.Reason));
            }
            AnsiConsole.Write(checks);
        }
        AnsiConsole.MarkupLine($"Verdict: {Colored(report.Verdict)}: {Markup.Escape(report.Reason)}");
        foreach (var mode in report.Modes.Where(m => m.RecommendedSeeds > m.Baseline.N))
        {
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(mode.Mode)}: {Markup.Escape(mode.RecommendedSeedsReason)}[/]");
        }
        if (report.BaselineReused)
        {
            AnsiConsole.MarkupLine("[grey]Baseline results were reused (still valid for this commit, environment and metric version).[/]");
        }
        AnsiConsole.MarkupLine($"[grey]Experiment {report.ExperimentId}; details: orlx results {report.ExperimentId}[/]");
    }

    private static string MeanSd(ArmSummary arm) => $"{Number(arm.Mean)} ± {Number(arm.Sd)} (n={arm.N})";

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    public static string Colored(string word) => word switch
    {
        "progress" or "unchanged" or "succeeded" or "completed" => $"[green]{word}[/]",
        "regression" or "changed" or "failed" => $"[red]{word}[/]",
        _ => $"[yellow]{Markup.Escape(word)}[/]",
    };
}
