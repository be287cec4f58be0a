using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Reports;

/// <summary>
/// The answer of <c>orlx ablate</c>. The top-level fields describe the decisive mode (one with a masked regression or a
/// regressing full combination, else the first); <see cref="Modes"/> has every targeted mode.
/// </summary>
[GenerateSerializer, Immutable, Alias("orlx.AblationReport")]
public sealed record AblationReport
{
    [Id(0)] public required string ExperimentId { get; init; }
    [Id(1)] public required string Metric { get; init; }
    [Id(2)] public required string Goal { get; init; }
    [Id(3)] public required string MetricVersion { get; init; }
    [Id(4)] public required string Profile { get; init; }
    /// <summary><c>regression</c> when a component is a masked regression or the full combination regresses; else the full combination's verdict.</summary>
    [Id(5)] public required string Verdict { get; init; }
    [Id(6)] public required string Reason { get; init; }
    [Id(7)] public required string Mode { get; init; }
    [Id(8)] public required double Alpha { get; init; }
    [Id(9)] public required ImmutableArray<AblationCell> Cells { get; init; }
    [Id(10)] public required ImmutableArray<AblationEffect> Effects { get; init; }
    [Id(11)] public required ImmutableArray<MaskedRegressionFinding> MaskedRegressions { get; init; }
    [Id(12)] public required ImmutableArray<AblationModeReport> Modes { get; init; }
}

/// <summary>One mode's ablation.</summary>
[GenerateSerializer, Immutable, Alias("orlx.AblationModeReport")]
public sealed record AblationModeReport
{
    [Id(0)] public required string Mode { get; init; }
    [Id(1)] public required string Verdict { get; init; }
    [Id(2)] public required string Reason { get; init; }
    [Id(3)] public required ImmutableArray<AblationCell> Cells { get; init; }
    [Id(4)] public required ImmutableArray<AblationEffect> Effects { get; init; }
    [Id(5)] public required ImmutableArray<MaskedRegressionFinding> MaskedRegressions { get; init; }
    /// <summary>The full combination against the baseline.</summary>
    [Id(6)] public required AblationEffect Combination { get; init; }
}

/// <summary>One cell: the changes it contains and the commit that has them.</summary>
[GenerateSerializer, Immutable, Alias("orlx.AblationCell")]
public sealed record AblationCell(
    [property: Id(0)] string Arm,
    [property: Id(1)] ImmutableArray<string> Changes,
    [property: Id(2)] string Commit,
    [property: Id(3)] int N,
    [property: Id(4)] double Mean,
    [property: Id(5)] double Sd,
    [property: Id(6)] ImmutableArray<double> Values);

/// <summary>A main effect (<c>A</c>), an interaction (<c>A:B</c>) or a cell against the baseline (<c>A+B</c>), in metric units.</summary>
[GenerateSerializer, Immutable, Alias("orlx.AblationEffect")]
public sealed record AblationEffect(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Components,
    [property: Id(2)] double Estimate,
    [property: Id(3)] double StandardError,
    [property: Id(4)] double? Statistic,
    [property: Id(5)] double? DegreesOfFreedom,
    [property: Id(6)] double PValue);

/// <summary>A component whose own effect is a significant regression while a combination containing it is a significant improvement.</summary>
[GenerateSerializer, Immutable, Alias("orlx.MaskedRegressionFinding")]
public sealed record MaskedRegressionFinding(
    [property: Id(0)] string Change,
    [property: Id(1)] string Context,
    [property: Id(2)] double Estimate,
    [property: Id(3)] double PValue,
    [property: Id(4)] string MaskedBy,
    [property: Id(5)] double MaskedByEstimate,
    [property: Id(6)] double MaskedByPValue,
    [property: Id(7)] string Description);
