using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>Expands an experiment into its seeded runs: every arm × every mode it trains × every seed (paired seeds).</summary>
public static class RunPlanner
{
    public static ImmutableArray<RunSpec> Expand(ExperimentSpec spec, Func<ArmSpec, string, bool>? skip = null) =>
        Expand(spec, spec.Profile, spec.Seeds, skip);

    /// <summary>The fast gate's runs: every arm and mode on the gate profile, with the first seeds.</summary>
    public static ImmutableArray<RunSpec> ExpandGate(ExperimentSpec spec) =>
        spec.GateProfile is { } gate ? Expand(spec, gate, [.. spec.Seeds.Take(spec.GateSeeds)], skip: null) : [];

    private static ImmutableArray<RunSpec> Expand(ExperimentSpec spec, string profile, ImmutableArray<int> seeds, Func<ArmSpec, string, bool>? skip) =>
        (from arm in spec.Arms
         from mode in ModesOf(spec, arm)
         where skip is null || !skip(arm, mode)
         from seed in seeds
         select new RunSpec
         {
             RunId = RunIds.For(spec.ExperimentId, arm.Name, mode, profile, seed),
             ExperimentId = spec.ExperimentId,
             Repository = spec.Repository,
             Arm = arm.Name,
             Commit = arm.Commit,
             Mode = mode,
             Profile = profile,
             Seed = seed,
             DeclaredMetrics = spec.DeclaredMetrics,
             DevicePool = spec.DevicePool,
         }).ToImmutableArray();

    /// <summary>Ablation cells train only the targeted modes; compare arms also train the checked modes.</summary>
    private static IEnumerable<string> ModesOf(ExperimentSpec spec, ArmSpec arm) =>
        spec.Kind == ExperimentKind.Compare ? spec.AllModes : spec.Modes;
}
