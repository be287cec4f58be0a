namespace OrleansExperiments.Storage.Records;

/// <summary>One seeded run of one arm, mode and profile of an experiment, with its outcome.</summary>
public sealed record RunRecord
{
    /// <summary>The experiment the run belongs to (the partition of its row).</summary>
    public required string ExperimentId { get; init; }

    /// <summary>The grid's id of the run; also the partition of its metric curves.</summary>
    public required string RunId { get; init; }

    /// <summary>The arm, e.g. <c>baseline</c> or <c>change</c>.</summary>
    public required string Arm { get; init; }

    /// <summary>The workload mode.</summary>
    public required string Mode { get; init; }

    /// <summary>The workload profile, e.g. <c>fast</c> or <c>full</c>.</summary>
    public required string Profile { get; init; }

    /// <summary>The seed, zero or more.</summary>
    public required int Seed { get; init; }

    /// <summary>The commit SHA that was (or will be) trained.</summary>
    public required string Commit { get; init; }

    /// <summary><c>queued</c>, <c>running</c>, <c>succeeded</c> or <c>failed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>How many times the run was started.</summary>
    public int Attempts { get; init; }

    /// <summary>The result metrics as a JSON object of name to number.</summary>
    public string MetricsJson { get; init; } = "{}";

    /// <summary>The environment fingerprint the run was measured under, as JSON.</summary>
    public string FingerprintJson { get; init; } = "{}";

    /// <summary>The metric versions and input hashes the run was measured under, as JSON.</summary>
    public string MetricVersionsJson { get; init; } = "{}";

    /// <summary>Why the last attempt failed.</summary>
    public string? FailureReason { get; init; }

    /// <summary>When the last attempt started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the run succeeded or finally failed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The lifetime of the trainer process of the last attempt, in seconds.</summary>
    public double? TrainerSeconds { get; init; }

    /// <summary>The silo that ran the last attempt.</summary>
    public string? Silo { get; init; }

    /// <summary>The identity of the row: a retried write of the same run replaces it.</summary>
    public RunKey Key => new(ExperimentId, Arm, Mode, Profile, Seed);
}
