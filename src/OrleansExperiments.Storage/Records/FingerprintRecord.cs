namespace OrleansExperiments.Storage.Records;

/// <summary>An environment fingerprint that a silo or a trainer captured.</summary>
public sealed record FingerprintRecord
{
    /// <summary>
    /// The fingerprint's id, chosen by the caller. A hash of <see cref="FingerprintJson"/> makes identical environments
    /// share one row; a silo name keeps the latest fingerprint per silo.
    /// </summary>
    public required string FingerprintId { get; init; }

    /// <summary>Who captured it, e.g. a silo name.</summary>
    public string? CapturedBy { get; init; }

    /// <summary>When it was captured.</summary>
    public required DateTimeOffset CapturedAt { get; init; }

    /// <summary>The fingerprint as JSON.</summary>
    public required string FingerprintJson { get; init; }
}
