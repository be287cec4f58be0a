using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Runs;

/// <summary>A run as clients and the experiment see it.</summary>
[GenerateSerializer, Immutable, Alias("orlx.RunView")]
public sealed record RunView
{
    [Id(0)] public required string RunId { get; init; }
    [Id(1)] public required string ExperimentId { get; init; }
    [Id(2)] public required string Arm { get; init; }
    [Id(3)] public required string Mode { get; init; }
    [Id(4)] public required int Seed { get; init; }
    [Id(5)] public required string Commit { get; init; }
    [Id(6)] public required RunStatus Status { get; init; }
    [Id(7)] public required int Attempts { get; init; }
    [Id(8)] public ImmutableDictionary<string, double> Metrics { get; init; } = ImmutableDictionary<string, double>.Empty;
    [Id(9)] public string? FailureReason { get; init; }
    [Id(10)] public string? FingerprintJson { get; init; }
    [Id(11)] public bool Deterministic { get; init; }
    [Id(12)] public required string Profile { get; init; }
    /// <summary>Seconds the successful attempt's trainer process lived.</summary>
    [Id(13)] public double TrainerSeconds { get; init; }
}
