namespace OrleansExperiments.Fingerprints;

/// <summary>Field values with a fixed meaning.</summary>
public static class FingerprintValues
{
    /// <summary>The thing does not exist on this host (no nvidia-smi: no GPU).</summary>
    public const string None = "none";

    /// <summary>The thing exists but could not be read.</summary>
    public const string Unknown = "unknown";
}
