using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Runs;

/// <summary>Everything a worker needs to train one seeded run at one commit.</summary>
[GenerateSerializer, Immutable, Alias("orlx.RunSpec")]
public sealed record RunSpec
{
    [Id(0)] public required string RunId { get; init; }
    [Id(1)] public required string ExperimentId { get; init; }
    [Id(2)] public required string Repository { get; init; }
    [Id(3)] public required string Arm { get; init; }
    [Id(4)] public required string Commit { get; init; }
    [Id(5)] public required string Mode { get; init; }
    [Id(6)] public required string Profile { get; init; }
    [Id(7)] public required int Seed { get; init; }
    /// <summary>Every metric the result event must carry.</summary>
    [Id(8)] public required ImmutableArray<string> DeclaredMetrics { get; init; }
    [Id(9)] public required string DevicePool { get; init; }
}
