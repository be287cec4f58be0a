using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Reports;

/// <summary>One arm's final values of the decisive metric, one per seed, in seed order.</summary>
[GenerateSerializer, Immutable, Alias("orlx.ArmSummary")]
public sealed record ArmSummary
{
    [Id(0)] public required string Ref { get; init; }
    [Id(1)] public required string Commit { get; init; }
    [Id(2)] public required int N { get; init; }
    [Id(3)] public required double Mean { get; init; }
    [Id(4)] public required double Sd { get; init; }
    /// <summary>Interquartile mean: robust to one diverged seed.</summary>
    [Id(5)] public required double Iqm { get; init; }
    [Id(6)] public required ImmutableArray<double> Values { get; init; }
    [Id(7)] public required ImmutableArray<int> Seeds { get; init; }
}
