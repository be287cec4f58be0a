using Orleans.Concurrency;
using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Abstractions.Baselines;

/// <summary>The key of a baseline grain: one per (repository, baseline branch, mode, profile).</summary>
public static class BaselineKeys
{
    public const char Separator = '|';

    public static string For(string repository, string branch, string mode, string profile) =>
        string.Join(Separator, repository, branch, mode, profile);

    public static (string Repository, string Branch, string Mode, string Profile) Parse(string key)
    {
        var parts = key.Split(Separator);
        return parts.Length == 4 ? (parts[0], parts[1], parts[2], parts[3]) : throw new ArgumentException($"'{key}' is not a baseline key.");
    }
}

/// <summary>What an experiment needs from a stored baseline to reuse it.</summary>
[GenerateSerializer, Immutable, Alias("orlx.BaselineQuery")]
public sealed record BaselineQuery
{
    [Id(0)] public required string Commit { get; init; }
    [Id(1)] public required MetricSpec Metric { get; init; }
    [Id(2)] public required ImmutableArray<int> Seeds { get; init; }
    /// <summary>The host fingerprints (canonical JSON) of the silos that will train the experiment; empty when none is known yet.</summary>
    [Id(3)] public required ImmutableArray<string> SiloFingerprints { get; init; }
}

/// <summary>A baseline grain's answer: the stored runs when they may be reused, or why not.</summary>
[GenerateSerializer, Immutable, Alias("orlx.BaselineOffer")]
public sealed record BaselineOffer(
    [property: Id(0)] bool Reusable,
    [property: Id(1)] ImmutableArray<RunView> Runs,
    [property: Id(2)] string? FingerprintJson,
    [property: Id(3)] string Reason);

/// <summary>Freshly measured baseline runs, recorded by the experiment that measured them.</summary>
[GenerateSerializer, Immutable, Alias("orlx.BaselineMeasurement")]
public sealed record BaselineMeasurement(
    [property: Id(0)] string ExperimentId,
    [property: Id(1)] string Commit,
    [property: Id(2)] MetricSpec Metric,
    [property: Id(3)] ImmutableArray<RunView> Runs);

/// <summary>A baseline as <c>orlx baseline show</c> prints it.</summary>
[GenerateSerializer, Immutable, Alias("orlx.BaselineInfo")]
public sealed record BaselineInfo
{
    [Id(0)] public required string Repository { get; init; }
    [Id(1)] public required string Branch { get; init; }
    [Id(2)] public required string Mode { get; init; }
    [Id(3)] public required string Profile { get; init; }
    [Id(4)] public string? Commit { get; init; }
    [Id(5)] public bool Valid { get; init; }
    /// <summary>What invalidated it: fingerprint fields (<c>host</c>, <c>cuda.runtime</c>...), <c>commit</c>, <c>metric version</c>, <c>age</c>.</summary>
    [Id(6)] public ImmutableArray<string> InvalidatedBecause { get; init; } = [];
    [Id(7)] public DateTimeOffset? MeasuredAt { get; init; }
    [Id(8)] public string? MetricVersion { get; init; }
    [Id(9)] public string? MeasuredBy { get; init; }
    [Id(10)] public int Seeds { get; init; }
    [Id(11)] public string? InvalidationDetail { get; init; }
    /// <summary>Why the current measurement replaced the previous one (what had invalidated it, or <c>rerun</c>).</summary>
    [Id(12)] public ImmutableArray<string> RemeasuredBecause { get; init; } = [];
    [Id(13)] public string? RemeasurementDetail { get; init; }
}

/// <summary>
/// Baseline results for one repository, branch, mode and profile, with the commit, fingerprint and metric version they
/// were measured under. It invalidates itself when any of those no longer hold, or when it grows too old.
/// </summary>
[Alias("orlx.IBaselineGrain")]
public interface IBaselineGrain : IGrainWithStringKey
{
    /// <summary>The stored runs if they may stand in for this query's baseline arm; otherwise why not (and, where the reason is a change of circumstances, the baseline is invalidated).</summary>
    [Alias("Offer")] Task<BaselineOffer> Offer(BaselineQuery query);

    [Alias("Record")] Task Record(BaselineMeasurement measurement);

    /// <summary>Marks the baseline invalid, naming what changed.</summary>
    [Alias("Invalidate")] Task Invalidate(ImmutableArray<string> changedFields, string detail);

    /// <summary>A silo of <paramref name="hostFingerprintJson"/>'s host started with this fingerprint: invalidate if the baseline was measured on that host under another one.</summary>
    [Alias("OnSiloFingerprint")] Task OnSiloFingerprint(string hostFingerprintJson);

    [AlwaysInterleave, Alias("GetInfo")] Task<BaselineInfo> GetInfo();
}

/// <summary>Knows every baseline grain key, for listing and for silo-start invalidation. Use key 0.</summary>
[Alias("orlx.IBaselineRegistryGrain")]
public interface IBaselineRegistryGrain : IGrainWithIntegerKey
{
    [Alias("Register")] Task Register(string baselineKey);

    [Alias("List")] Task<ImmutableArray<string>> List();
}
