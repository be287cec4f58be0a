using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Storage;
using OrleansExperiments.Statistics;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>
/// Decides a comparison: a test per targeted mode (Holm-adjusted when there are several), and for every other mode the
/// non-intrusive check. A regression anywhere, or a changed untargeted mode, makes the overall verdict a regression.
/// </summary>
public static class CompareAnalysis
{
    public const string BaselineArm = "baseline";
    public const string ChangeArm = "change";

    public static CompareReport Analyze(ExperimentSpec spec, IReadOnlyCollection<RunView> runs, bool baselineReused)
    {
        var baseline = spec.Arms.Single(a => a.Name == BaselineArm);
        var change = spec.Arms.Single(a => a.Name == ChangeArm);
        var options = new ComparisonOptions
        {
            Goal = spec.Metric.Goal.ToStatistics(),
            Alpha = spec.Alpha,
            Alternative = spec.Alternative.ToStatistics(),
        };

        var pairs = spec.Modes.Select(mode => (Mode: mode,
            Baseline: ArmValues.Of(spec, runs, baseline, mode),
            Change: ArmValues.Of(spec, runs, change, mode))).ToList();
        var results = pairs.Select(p => TwoSampleComparison.Compare(p.Baseline.Values, p.Change.Values, options)).ToList();
        var adjusted = results.Count > 1 ? MultipleComparisons.Adjust(results) : results;
        var modes = pairs.Zip(adjusted, (p, r) => ToModeComparison(p.Mode, p.Baseline, p.Change, r)).ToImmutableArray();
        var checks = spec.CheckedModes.Select(mode => NonIntrusiveAnalysis.Check(spec, runs, baseline, change, mode)).ToImmutableArray();

        var decisive = Decisive(modes);
        var (verdict, reason) = Overall(modes, checks);
        return new CompareReport
        {
            ExperimentId = spec.ExperimentId,
            Metric = spec.Metric.Name,
            Goal = GridJson.Lower(spec.Metric.Goal),
            MetricVersion = spec.Metric.Version,
            Profile = spec.Profile,
            Verdict = verdict,
            Reason = reason,
            Mode = decisive.Mode,
            PValue = decisive.PValueAdjusted,
            Alternative = GridJson.Lower(spec.Alternative),
            Alpha = spec.Alpha,
            Baseline = decisive.Baseline,
            Change = decisive.Change,
            Difference = decisive.Difference,
            HedgesG = decisive.HedgesG,
            ProbabilityOfImprovement = decisive.ProbabilityOfImprovement,
            RecommendedSeeds = decisive.RecommendedSeeds,
            BaselineReused = baselineReused,
            Modes = modes,
            NonIntrusive = checks,
        };
    }

    private static ModeComparison ToModeComparison(string mode, ArmValues baseline, ArmValues change, ComparisonResult result) => new()
    {
        Mode = mode,
        Verdict = result.Verdict.Word(),
        Reason = result.Reason,
        PValue = result.Test.PValue,
        PValueAdjusted = result.DecidingPValue,
        Statistic = result.Test.Statistic,
        DegreesOfFreedom = result.Test.DegreesOfFreedom,
        Baseline = baseline.Summarize(),
        Change = change.Summarize(),
        Difference = new DifferenceSummary(result.Test.Difference, result.Test.Interval.Low, result.Test.Interval.High),
        HedgesG = result.HedgesG,
        ProbabilityOfImprovement = result.ProbabilityOfImprovement.Estimate,
        ProbabilityOfImprovementCiLow = result.ProbabilityOfImprovement.Interval?.Low ?? result.ProbabilityOfImprovement.Estimate,
        ProbabilityOfImprovementCiHigh = result.ProbabilityOfImprovement.Interval?.High ?? result.ProbabilityOfImprovement.Estimate,
        RecommendedSeeds = result.RecommendedSeeds.SeedsPerArm,
        RecommendedSeedsReason = result.RecommendedSeeds.Explanation,
    };

    /// <summary>The mode the top-level fields describe: the most significant regression, else progress, else the first.</summary>
    private static ModeComparison Decisive(ImmutableArray<ModeComparison> modes) =>
        modes.Where(m => m.Verdict == GridJson.Lower(Verdict.Regression)).OrderBy(m => m.PValueAdjusted).FirstOrDefault()
        ?? modes.Where(m => m.Verdict == GridJson.Lower(Verdict.Progress)).OrderBy(m => m.PValueAdjusted).FirstOrDefault()
        ?? modes[0];

    private static (string Verdict, string Reason) Overall(ImmutableArray<ModeComparison> modes, ImmutableArray<NonIntrusiveCheck> checks)
    {
        var regression = GridJson.Lower(Verdict.Regression);
        var progress = GridJson.Lower(Verdict.Progress);
        var changed = checks.Where(c => c.Status == GridJson.Lower(EquivalenceStatus.Changed)).Select(c => c.Mode).ToList();
        var regressed = modes.Where(m => m.Verdict == regression).Select(m => m.Mode).ToList();
        var progressed = modes.Where(m => m.Verdict == progress).Select(m => m.Mode).ToList();
        if (regressed.Count > 0)
        {
            return (regression, $"regression in mode(s) {string.Join(", ", regressed)}: {modes.First(m => m.Verdict == regression).Reason}");
        }
        if (changed.Count > 0)
        {
            return (regression, $"the change is intrusive: it altered untargeted mode(s) {string.Join(", ", changed)}");
        }
        if (progressed.Count > 0)
        {
            return (progress, $"progress in mode(s) {string.Join(", ", progressed)}: {modes.First(m => m.Verdict == progress).Reason}");
        }
        return (GridJson.Lower(Verdict.Inconclusive), modes[0].Reason);
    }
}
