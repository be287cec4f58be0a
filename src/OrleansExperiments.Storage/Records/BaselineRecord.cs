namespace OrleansExperiments.Storage.Records;

/// <summary>Baseline results of one repository, branch, mode and profile, and what they were measured under.</summary>
public sealed record BaselineRecord
{
    /// <summary>The repository, branch, mode and profile; the identity of the row.</summary>
    public required BaselineKey Key { get; init; }

    /// <summary>The commit of the branch the results were measured at.</summary>
    public required string Commit { get; init; }

    /// <summary>Whether the results may still be reused.</summary>
    public required bool Valid { get; init; }

    /// <summary>Why they may not, e.g. which fingerprint fields or metric versions changed.</summary>
    public string? InvalidatedBecause { get; init; }

    /// <summary>When the results were measured.</summary>
    public required DateTimeOffset MeasuredAt { get; init; }

    /// <summary>The environment fingerprint the results were measured under, as JSON.</summary>
    public string FingerprintJson { get; init; } = "{}";

    /// <summary>The metric versions and input hashes the results were measured under, as JSON.</summary>
    public string MetricVersionsJson { get; init; } = "{}";

    /// <summary>The measured values (per metric, per seed) as JSON.</summary>
    public string ValuesJson { get; init; } = "{}";
}
