using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Statistics;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>
/// The non-intrusive check of a mode the change did not target: bitwise equality when both arms trained
/// deterministically with the same seeds, else TOST with the manifest's equivalence margin.
/// </summary>
public static class NonIntrusiveAnalysis
{
    public const string ExactMethod = "exact";
    public const string TostMethod = "tost";

    public static NonIntrusiveCheck Check(ExperimentSpec spec, IReadOnlyCollection<RunView> runs, ArmSpec baseline, ArmSpec change, string mode)
    {
        var before = ArmValues.Of(spec, runs, baseline, mode);
        var after = ArmValues.Of(spec, runs, change, mode);
        var deterministic = before.Deterministic && after.Deterministic;
        if (!deterministic && spec.Metric.EquivalenceMargin is null)
        {
            return new NonIntrusiveCheck
            {
                Mode = mode,
                Status = EquivalenceStatus.Inconclusive.Word(),
                Method = TostMethod,
                Reason = $"the trainers did not report deterministic runs and orlx.json declares no equivalenceMargins for {spec.Metric.Name}: declare one to test equivalence",
                BaselineValues = before.Values,
                ChangeValues = after.Values,
            };
        }
        var result = EquivalenceTest.Tost(before.Values, after.Values, new EquivalenceOptions
        {
            Margin = spec.Metric.EquivalenceMargin ?? double.Epsilon,
            Alpha = spec.Alpha,
            Test = TestKind.Paired,
            Deterministic = deterministic,
        });
        return new NonIntrusiveCheck
        {
            Mode = mode,
            Status = result.Status.Word(),
            Method = result.DecidedByExactComparison ? ExactMethod : TostMethod,
            Reason = result.Reason,
            Margin = spec.Metric.EquivalenceMargin,
            BaselineValues = before.Values,
            ChangeValues = after.Values,
        };
    }
}
