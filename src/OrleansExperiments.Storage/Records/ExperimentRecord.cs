namespace OrleansExperiments.Storage.Records;

/// <summary>One experiment as stored: what was asked, its state, and its result document once completed.</summary>
public sealed record ExperimentRecord
{
    /// <summary>The experiment's id; a table key part (see <see cref="Keys.TableKey"/>).</summary>
    public required string ExperimentId { get; init; }

    /// <summary><c>run</c>, <c>compare</c> or <c>ablate</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>queued</c>, <c>running</c>, <c>completed</c>, <c>failed</c> or <c>refused</c>.</summary>
    public required string Status { get; init; }

    /// <summary>When the experiment was submitted; <see cref="ResultStore.ListExperimentsAsync"/> orders by it.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it completed, failed or was refused.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The repository path or URL the experiment ran on.</summary>
    public required string Repository { get; init; }

    /// <summary>The experiment's specification as JSON.</summary>
    public required string SpecJson { get; init; }

    /// <summary>The command's JSON document once completed.</summary>
    public string? ResultJson { get; init; }

    /// <summary>Why it failed or was refused, or other news for the user.</summary>
    public string? Message { get; init; }
}
