using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>Expands an experiment into its seeded runs: every arm × every mode it trains × every seed (paired seeds).</summary>
public static class RunPlanner
{
    public static ImmutableArray<RunSpec> Expand(ExperimentSpec spec, Func<ArmSpec, string, bool>? skip = null) =>
        (from arm in spec.Arms
         from mode in ModesOf(spec, arm)
         where skip is null || !skip(arm, mode)
         from seed in spec.Seeds
         select new RunSpec
         {
             RunId = RunIds.For(spec.ExperimentId, arm.Name, mode, seed),
             ExperimentId = spec.ExperimentId,
             Repository = spec.Repository,
             Arm = arm.Name,
             Commit = arm.Commit,
             Mode = mode,
             Profile = spec.Profile,
             Seed = seed,
             DeclaredMetrics = spec.DeclaredMetrics,
             DevicePool = spec.DevicePool,
         }).ToImmutableArray();

    /// <summary>Ablation cells train only the targeted modes; compare arms also train the checked modes.</summary>
    private static IEnumerable<string> ModesOf(ExperimentSpec spec, ArmSpec arm) =>
        spec.Kind == ExperimentKind.Compare ? spec.AllModes : spec.Modes;
}
