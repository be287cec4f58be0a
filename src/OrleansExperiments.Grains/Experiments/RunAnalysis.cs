using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Statistics;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>Summarizes seeded runs of one commit per mode.</summary>
public static class RunAnalysis
{
    public const string RunArm = "run";

    public static RunReport Analyze(ExperimentSpec spec, IReadOnlyCollection<RunView> runs)
    {
        var arm = spec.Arms.Single();
        var modes = spec.Modes.Select(mode =>
        {
            var values = ArmValues.Of(spec, runs, arm, mode).Values;
            // One seed has no spread; the summary needs two values.
            return values.Length < 2
                ? new ModeSummary(mode, values.Length, values[0], 0, values)
                : ToSummary(mode, values);
        }).ToImmutableArray();
        return new RunReport
        {
            ExperimentId = spec.ExperimentId,
            Ref = arm.Ref,
            Commit = arm.Commit,
            Profile = spec.Profile,
            Metric = spec.Metric.Name,
            Modes = modes,
        };
    }

    private static ModeSummary ToSummary(string mode, ImmutableArray<double> values)
    {
        var summary = SampleSummary.Of(values);
        return new ModeSummary(mode, summary.Count, summary.Mean, summary.StandardDeviation, values);
    }
}
