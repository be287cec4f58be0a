using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Experiments;

/// <summary>
/// A fully resolved experiment: every ref is already a commit and every input has been validated by the
/// client's pre-flight, so the grid only schedules and decides.
/// </summary>
[GenerateSerializer, Immutable, Alias("orlx.ExperimentSpec")]
public sealed record ExperimentSpec
{
    [Id(0)] public required string ExperimentId { get; init; }
    [Id(1)] public required ExperimentKind Kind { get; init; }
    /// <summary>Where silos fetch the code from: an absolute local path or a URL.</summary>
    [Id(2)] public required string Repository { get; init; }
    [Id(3)] public required ImmutableArray<ArmSpec> Arms { get; init; }
    /// <summary>The modes the verdict is about.</summary>
    [Id(4)] public required ImmutableArray<string> Modes { get; init; }
    /// <summary>The other modes, run at every arm to check that the change leaves them alone.</summary>
    [Id(5)] public ImmutableArray<string> CheckedModes { get; init; } = [];
    [Id(6)] public required string Profile { get; init; }
    [Id(7)] public required ImmutableArray<int> Seeds { get; init; }
    [Id(8)] public required MetricSpec Metric { get; init; }
    /// <summary>Every metric the manifest declares; a run's result must report each of them.</summary>
    [Id(9)] public required ImmutableArray<string> DeclaredMetrics { get; init; }
    [Id(10)] public double Alpha { get; init; } = 0.05;
    [Id(11)] public ComparisonAlternative Alternative { get; init; } = ComparisonAlternative.TwoSided;
    /// <summary>The baseline branch whose stored results may be reused; null when there is none (plain runs).</summary>
    [Id(12)] public string? BaselineBranch { get; init; }
    [Id(13)] public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The device pool the runs go to (<c>cpu</c> or <c>cuda</c>).</summary>
    [Id(14)] public string DevicePool { get; init; } = DevicePools.Cpu;
    /// <summary>Practice 5: a cheaper profile (<c>fast</c>) every arm runs first, with <see cref="GateSeeds"/> seeds, as a smoke gate; null: no gate.</summary>
    [Id(15)] public string? GateProfile { get; init; }
    [Id(16)] public int GateSeeds { get; init; } = 2;

    /// <summary>All modes that are trained: the targeted ones, then the checked ones.</summary>
    public IEnumerable<string> AllModes => Modes.Concat(CheckedModes);
}
