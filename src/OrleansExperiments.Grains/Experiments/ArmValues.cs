using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Statistics;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>The decisive metric's final values of one arm and mode, in the spec's seed order (so arms pair by seed).</summary>
public sealed record ArmValues(ArmSpec Arm, string Mode, ImmutableArray<int> Seeds, ImmutableArray<double> Values, bool Deterministic)
{
    public static ArmValues Of(ExperimentSpec spec, IReadOnlyCollection<RunView> runs, ArmSpec arm, string mode)
    {
        var bySeed = runs.Where(r => r.Arm == arm.Name && r.Mode == mode && r.Profile == spec.Profile && r.Status == RunStatus.Succeeded)
            .ToDictionary(r => r.Seed);
        var missing = spec.Seeds.Where(s => !bySeed.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"arm {arm.Name}, mode {mode} has no result for seed(s) {string.Join(", ", missing)}");
        }
        var values = spec.Seeds.Select(s => bySeed[s].Metrics.TryGetValue(spec.Metric.Name, out var v)
            ? v
            : throw new InvalidOperationException($"arm {arm.Name}, mode {mode}, seed {s} did not report {spec.Metric.Name}")).ToImmutableArray();
        return new ArmValues(arm, mode, spec.Seeds, values, spec.Seeds.All(s => bySeed[s].Deterministic));
    }

    public ArmSummary Summarize()
    {
        var summary = SampleSummary.Of(Values);
        return new ArmSummary
        {
            Ref = Arm.Ref,
            Commit = Arm.Commit,
            N = summary.Count,
            Mean = summary.Mean,
            Sd = summary.StandardDeviation,
            Iqm = summary.InterquartileMean,
            Values = Values,
            Seeds = Seeds,
        };
    }
}
