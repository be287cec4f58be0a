using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Runs;

/// <summary>What one attempt of a run produced, as reported by the worker that trained it.</summary>
[GenerateSerializer, Immutable, Alias("orlx.RunOutcome")]
public sealed record RunOutcome
{
    [Id(0)] public required bool Succeeded { get; init; }
    /// <summary>The final metrics of the result event; empty when the run failed.</summary>
    [Id(1)] public ImmutableDictionary<string, double> Metrics { get; init; } = ImmutableDictionary<string, double>.Empty;
    /// <summary>Why the attempt failed, in words the user can act on.</summary>
    [Id(2)] public string? FailureReason { get; init; }
    /// <summary>The canonical JSON of the environment fingerprint (silo host plus the trainer's environment event).</summary>
    [Id(3)] public required string FingerprintJson { get; init; }
    /// <summary>Whether the trainer reported deterministic training.</summary>
    [Id(4)] public bool Deterministic { get; init; }
    [Id(5)] public required string Silo { get; init; }
    [Id(6)] public required string Device { get; init; }
    [Id(7)] public required DateTimeOffset StartedAt { get; init; }
    [Id(8)] public required DateTimeOffset CompletedAt { get; init; }
    /// <summary>Seconds the trainer process lived.</summary>
    [Id(9)] public double TrainerSeconds { get; init; }
    /// <summary>Seconds spent materializing and building the commit before the trainer started.</summary>
    [Id(10)] public double PreparationSeconds { get; init; }
}
