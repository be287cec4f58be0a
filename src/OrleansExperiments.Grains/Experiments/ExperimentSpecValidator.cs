using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Experiments;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>
/// The grid's own check of a spec. The client's pre-flight already refused bad input with friendlier messages; this
/// guards the grid against any other client.
/// </summary>
public static class ExperimentSpecValidator
{
    /// <summary>Fewer seeds than this per arm leave no variance to test against.</summary>
    public const int MinimumSeedsToCompare = 2;

    public const double MaximumAlpha = 0.5;

    public static void Validate(ExperimentSpec spec)
    {
        GridNames.RequireValid(spec.ExperimentId, "experiment id");
        if (spec.Arms.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An experiment needs at least one arm.");
        }
        foreach (var arm in spec.Arms)
        {
            GridNames.RequireValid(arm.Name, "arm name");
        }
        if (spec.Arms.Select(a => a.Name).Distinct().Count() != spec.Arms.Length)
        {
            throw new ArgumentException("Arm names must be unique.");
        }
        if (spec.Modes.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An experiment needs at least one mode.");
        }
        foreach (var mode in spec.AllModes)
        {
            GridNames.RequireValid(mode, "mode");
        }
        GridNames.RequireValid(spec.Profile, "profile");
        if (spec.Seeds.IsDefaultOrEmpty || spec.Seeds.Distinct().Count() != spec.Seeds.Length)
        {
            throw new ArgumentException("Seeds must be a non-empty list of distinct integers.");
        }
        if (spec.Kind != ExperimentKind.Run && spec.Seeds.Length < MinimumSeedsToCompare)
        {
            throw new ArgumentException($"A comparison needs at least {MinimumSeedsToCompare} seeds per arm; got {spec.Seeds.Length}.");
        }
        if (!(spec.Alpha > 0 && spec.Alpha <= MaximumAlpha))
        {
            throw new ArgumentException($"alpha must be in (0, {MaximumAlpha}]; got {spec.Alpha}.");
        }
        if (!DevicePools.IsKnown(spec.DevicePool))
        {
            throw new ArgumentException($"Unknown device pool '{spec.DevicePool}'; use {DevicePools.Cpu} or {DevicePools.Cuda}.");
        }
    }
}
