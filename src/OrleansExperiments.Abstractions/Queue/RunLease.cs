using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Abstractions.Queue;

/// <summary>A run handed to one worker until <see cref="ExpiresAt"/>; heartbeats extend it.</summary>
[GenerateSerializer, Immutable, Alias("orlx.RunLease")]
public sealed record RunLease(
    [property: Id(0)] string LeaseId,
    [property: Id(1)] RunSpec Run,
    [property: Id(2)] DateTimeOffset ExpiresAt);
