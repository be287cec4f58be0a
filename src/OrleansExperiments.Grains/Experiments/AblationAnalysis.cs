using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Storage;
using OrleansExperiments.Statistics;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>
/// Practice 3: a 2^k factorial analysis per mode, main effects, interactions and masked regressions. The verdict is a
/// regression when a component regresses behind another's gain, or when the full combination regresses.
/// </summary>
public static class AblationAnalysis
{
    public static AblationReport Analyze(ExperimentSpec spec, IReadOnlyCollection<RunView> runs)
    {
        var modes = spec.Modes.Select(mode => AnalyzeMode(spec, runs, mode)).ToImmutableArray();
        var regression = Verdict.Regression.Word();
        var decisive = modes.FirstOrDefault(m => m.Verdict == regression) ?? modes[0];
        var regressed = modes.Where(m => m.Verdict == regression).Select(m => m.Mode).ToList();
        return new AblationReport
        {
            ExperimentId = spec.ExperimentId,
            Metric = spec.Metric.Name,
            Goal = GridJson.Lower(spec.Metric.Goal),
            MetricVersion = spec.Metric.Version,
            Profile = spec.Profile,
            Verdict = decisive.Verdict,
            Reason = regressed.Count > 0 ? $"mode(s) {string.Join(", ", regressed)}: {decisive.Reason}" : decisive.Reason,
            Mode = decisive.Mode,
            Alpha = spec.Alpha,
            Cells = decisive.Cells,
            Effects = decisive.Effects,
            MaskedRegressions = decisive.MaskedRegressions,
            Modes = modes,
        };
    }

    private static AblationModeReport AnalyzeMode(ExperimentSpec spec, IReadOnlyCollection<RunView> runs, string mode)
    {
        var components = spec.Arms.Where(a => a.Changes.Length == 1).Select(a => a.Changes[0]).ToList();
        var values = spec.Arms.Select(arm => ArmValues.Of(spec, runs, arm, mode)).ToList();
        var result = FactorialAnalysis.Analyze(
            components,
            [.. values.Select(v => new FactorialCell(v.Arm.Changes, v.Values))],
            new FactorialOptions { Goal = spec.Metric.Goal.ToStatistics(), Alpha = spec.Alpha });

        var cells = values.Select(v =>
        {
            var summary = v.Summarize();
            return new AblationCell(v.Arm.Name, v.Arm.Changes, v.Arm.Commit, summary.N, summary.Mean, summary.Sd, v.Values);
        }).ToImmutableArray();
        var effects = result.Effects.Select(ToEffect).ToImmutableArray();
        var masked = result.MaskedRegressions.Select(m => new MaskedRegressionFinding(
            m.Change, m.Context, m.Estimate, m.PValue, m.MaskedBy, m.MaskedByEstimate, m.MaskedByPValue, m.Description)).ToImmutableArray();
        var combination = ToEffect(result.CellComparisons.Single(c => c.Components.Count == components.Count));
        var (verdict, reason) = Decide(spec, combination, masked);
        return new AblationModeReport
        {
            Mode = mode,
            Verdict = verdict,
            Reason = reason,
            Cells = cells,
            Effects = effects,
            MaskedRegressions = masked,
            Combination = combination,
        };
    }

    private static AblationEffect ToEffect(FactorialContrast contrast) => new(
        contrast.Name,
        [.. contrast.Components],
        contrast.Estimate,
        contrast.Pooled.StandardError,
        contrast.Pooled.Statistic,
        contrast.Pooled.DegreesOfFreedom,
        contrast.Pooled.PValue);

    private static (string Verdict, string Reason) Decide(ExperimentSpec spec, AblationEffect combination, ImmutableArray<MaskedRegressionFinding> masked)
    {
        if (masked.Length > 0)
        {
            return (Verdict.Regression.Word(), string.Join(" ", masked.Select(m => m.Description)));
        }
        var improving = (spec.Metric.Goal == Abstractions.Experiments.MetricGoal.Maximize ? combination.Estimate : -combination.Estimate) > 0;
        var significant = combination.PValue <= spec.Alpha;
        var verdict = !significant ? Verdict.Inconclusive : improving ? Verdict.Progress : Verdict.Regression;
        return (verdict.Word(), $"the full combination {combination.Name} changes {spec.Metric.Name} by {combination.Estimate:G4} (p = {combination.PValue:G4}, α = {spec.Alpha}); no component regresses behind another's gain");
    }
}
