using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Reports;

/// <summary>The answer of <c>orlx run</c>: seeded runs of one commit, summarized per mode.</summary>
[GenerateSerializer, Immutable, Alias("orlx.RunReport")]
public sealed record RunReport
{
    [Id(0)] public required string ExperimentId { get; init; }
    [Id(1)] public required string Ref { get; init; }
    [Id(2)] public required string Commit { get; init; }
    [Id(3)] public required string Profile { get; init; }
    [Id(4)] public required string Metric { get; init; }
    [Id(5)] public required ImmutableArray<ModeSummary> Modes { get; init; }
}

/// <summary>One mode's values of the decisive metric over the seeds.</summary>
[GenerateSerializer, Immutable, Alias("orlx.ModeSummary")]
public sealed record ModeSummary(
    [property: Id(0)] string Mode,
    [property: Id(1)] int N,
    [property: Id(2)] double Mean,
    [property: Id(3)] double Sd,
    [property: Id(4)] ImmutableArray<double> Values);
