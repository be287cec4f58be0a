using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Grains.Baselines;

/// <summary>The persisted state of a baseline grain. The alias is frozen: stored state refers to it.</summary>
[GenerateSerializer, Alias("orlx.state.BaselineState.v1")]
public sealed class BaselineState
{
    [Id(0)] public string? Commit { get; set; }
    [Id(1)] public MetricSpec? Metric { get; set; }
    /// <summary>Canonical JSON of the fingerprint the runs were measured under (silo host plus trainer environment).</summary>
    [Id(2)] public string? FingerprintJson { get; set; }
    [Id(3)] public DateTimeOffset? MeasuredAt { get; set; }
    [Id(4)] public List<RunView> Runs { get; set; } = [];
    [Id(5)] public bool Valid { get; set; }
    [Id(6)] public List<string> InvalidatedBecause { get; set; } = [];
    [Id(7)] public string? InvalidationDetail { get; set; }
    [Id(8)] public string? MeasuredBy { get; set; }
    /// <summary>What a re-measurement needs beyond the key: the device pool and every declared metric.</summary>
    [Id(9)] public string? DevicePool { get; set; }
    [Id(10)] public List<string> DeclaredMetrics { get; set; } = [];
    /// <summary>Why the previous measurement was replaced: what had invalidated it, or <c>rerun</c> when forced.</summary>
    [Id(11)] public List<string> RemeasuredBecause { get; set; } = [];
    [Id(12)] public string? RemeasurementDetail { get; set; }
}
