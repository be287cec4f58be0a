using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Reports;

/// <summary>
/// The answer of <c>orlx compare</c>. The top-level comparison fields repeat the decisive mode's comparison (the most
/// significant regression, else the most significant progress, else the first mode); <see cref="Modes"/> has every mode.
/// </summary>
[GenerateSerializer, Immutable, Alias("orlx.CompareReport")]
public sealed record CompareReport
{
    [Id(0)] public required string ExperimentId { get; init; }
    [Id(1)] public required string Metric { get; init; }
    [Id(2)] public required string Goal { get; init; }
    [Id(3)] public required string MetricVersion { get; init; }
    [Id(4)] public required string Profile { get; init; }
    /// <summary>The overall verdict: <c>regression</c> if any targeted mode regressed or a checked mode changed, else <c>progress</c> if any progressed, else <c>inconclusive</c>.</summary>
    [Id(5)] public required string Verdict { get; init; }
    [Id(6)] public required string Reason { get; init; }
    /// <summary>The decisive mode, whose comparison the following fields repeat.</summary>
    [Id(7)] public required string Mode { get; init; }
    [Id(8)] public required double PValue { get; init; }
    [Id(9)] public required string Alternative { get; init; }
    [Id(10)] public required double Alpha { get; init; }
    [Id(11)] public required ArmSummary Baseline { get; init; }
    [Id(12)] public required ArmSummary Change { get; init; }
    [Id(13)] public required DifferenceSummary Difference { get; init; }
    [Id(14)] public required double? HedgesG { get; init; }
    [Id(15)] public required double ProbabilityOfImprovement { get; init; }
    [Id(16)] public required int RecommendedSeeds { get; init; }
    [Id(17)] public required bool BaselineReused { get; init; }
    [Id(18)] public required ImmutableArray<ModeComparison> Modes { get; init; }
    /// <summary>One entry per mode the change did not target; empty when every mode was targeted.</summary>
    [Id(19)] public ImmutableArray<NonIntrusiveCheck> NonIntrusive { get; init; } = [];
}
