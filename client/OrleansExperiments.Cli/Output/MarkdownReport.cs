using OrleansExperiments.Git;
using System.Globalization;
using System.Text;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Storage;

namespace OrleansExperiments.Cli.Output;

/// <summary>An experiment as a Markdown document: for a pull request, a lab notebook or a merge decision.</summary>
public static class MarkdownReport
{
    public static string For(ExperimentView view)
    {
        var text = new StringBuilder();
        var spec = view.Spec!;
        text.AppendLine($"# Experiment {view.ExperimentId}");
        text.AppendLine();
        text.AppendLine($"- kind: {GridJson.Lower(view.Kind)}, status: **{GridJson.Lower(view.Status)}**, created {view.CreatedAt:u}");
        text.AppendLine($"- repository: `{spec.Repository}`, profile `{spec.Profile}`, seeds {string.Join(", ", spec.Seeds)}");
        text.AppendLine($"- metric: `{spec.Metric.Name}` ({GridJson.Lower(spec.Metric.Goal)}, version {spec.Metric.Version}), α = {G(spec.Alpha)}, {GridJson.Lower(spec.Alternative)}");
        foreach (var arm in spec.Arms)
        {
            text.AppendLine($"- arm `{arm.Name}`: `{arm.Ref}` at `{arm.Commit}` (tag `orlx/{view.ExperimentId}/{arm.Name}`)");
        }
        if (view.Message is not null)
        {
            text.AppendLine().AppendLine($"> {view.Message}");
        }
        if (view.Compare is { } compare)
        {
            AppendCompare(text, compare);
        }
        if (view.Ablation is { } ablation)
        {
            AppendAblation(text, ablation);
        }
        if (view.Run is { } run)
        {
            text.AppendLine().AppendLine("## Runs per mode").AppendLine().AppendLine("| mode | n | mean | sd |").AppendLine("|---|---|---|---|");
            foreach (var mode in run.Modes)
            {
                text.AppendLine($"| {mode.Mode} | {mode.N} | {G(mode.Mean)} | {G(mode.Sd)} |");
            }
        }
        if (view.FastGate is { } gate)
        {
            text.AppendLine().AppendLine($"Fast gate: `{gate.Profile}`, {gate.SeedsPerArm} seeds per arm, passed: {gate.Passed}, speed ratio {(gate.SpeedRatio is { } r ? G(r) : "n/a")}{(gate.Warning is { } w ? $" ({w})" : "")}.");
        }
        AppendRuns(text, view.Runs);
        return text.ToString();
    }

    private static void AppendCompare(StringBuilder text, CompareReport report)
    {
        text.AppendLine().AppendLine($"## Verdict: **{report.Verdict}**").AppendLine().AppendLine(report.Reason).AppendLine();
        text.AppendLine("| mode | baseline mean ± sd | change mean ± sd | difference [CI] | p (adjusted) | Hedges' g | P(better) | seeds recommended | verdict |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var mode in report.Modes)
        {
            text.AppendLine($"| {mode.Mode} | {G(mode.Baseline.Mean)} ± {G(mode.Baseline.Sd)} | {G(mode.Change.Mean)} ± {G(mode.Change.Sd)} | {G(mode.Difference.Estimate)} [{G(mode.Difference.CiLow)}, {G(mode.Difference.CiHigh)}] | {G(mode.PValue)} ({G(mode.PValueAdjusted)}) | {(mode.HedgesG is { } g ? G(g) : "exact")} | {G(mode.ProbabilityOfImprovement)} | {mode.RecommendedSeeds} | {mode.Verdict} |");
        }
        if (!report.NonIntrusive.IsDefaultOrEmpty)
        {
            text.AppendLine().AppendLine("### Other modes (non-intrusive check)").AppendLine().AppendLine("| mode | status | method | why |").AppendLine("|---|---|---|---|");
            foreach (var check in report.NonIntrusive)
            {
                text.AppendLine($"| {check.Mode} | {check.Status} | {check.Method} | {check.Reason} |");
            }
        }
        text.AppendLine().AppendLine(report.BaselineReused ? "The baseline's stored results were reused." : "The baseline was measured in this experiment.");
    }

    private static void AppendAblation(StringBuilder text, AblationReport report)
    {
        text.AppendLine().AppendLine($"## Verdict: **{report.Verdict}**").AppendLine().AppendLine(report.Reason);
        foreach (var mode in report.Modes)
        {
            text.AppendLine().AppendLine($"### {mode.Mode}").AppendLine().AppendLine("| cell | changes | commit | mean ± sd (n) |").AppendLine("|---|---|---|---|");
            foreach (var cell in mode.Cells)
            {
                text.AppendLine($"| {cell.Arm} | {string.Join(" + ", cell.Changes)} | `{CommitIds.Short(cell.Commit)}` | {G(cell.Mean)} ± {G(cell.Sd)} ({cell.N}) |");
            }
            text.AppendLine().AppendLine("| effect | estimate | p |").AppendLine("|---|---|---|");
            foreach (var effect in mode.Effects)
            {
                text.AppendLine($"| {effect.Name} | {G(effect.Estimate)} | {G(effect.PValue)} |");
            }
            foreach (var masked in mode.MaskedRegressions)
            {
                text.AppendLine().AppendLine($"- **masked regression**: {masked.Description}");
            }
        }
    }

    private static void AppendRuns(StringBuilder text, IEnumerable<RunView> runs)
    {
        text.AppendLine().AppendLine("## Runs").AppendLine().AppendLine("| arm | mode | profile | seed | status | attempts | metrics or reason |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var run in runs.OrderBy(r => r.Arm, StringComparer.Ordinal).ThenBy(r => r.Mode, StringComparer.Ordinal).ThenBy(r => r.Profile, StringComparer.Ordinal).ThenBy(r => r.Seed))
        {
            var detail = run.FailureReason?.ReplaceLineEndings(" ") ?? string.Join(", ", run.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} = {G(m.Value)}"));
            text.AppendLine($"| {run.Arm} | {run.Mode} | {run.Profile} | {run.Seed} | {GridJson.Lower(run.Status)} | {run.Attempts} | {detail.Replace("|", "\\|")} |");
        }
    }

    private static string G(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
