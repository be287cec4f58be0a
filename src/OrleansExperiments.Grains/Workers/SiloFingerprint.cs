using OrleansExperiments.Fingerprints;

namespace OrleansExperiments.Grains.Workers;

/// <summary>The silo's host fingerprint, captured once at start, and the class key its workers lease runs under.</summary>
public sealed class SiloFingerprint(EnvironmentFingerprint host, ComparabilityPolicy policy)
{
    public EnvironmentFingerprint Host { get; } = host;

    public ComparabilityPolicy Policy { get; } = policy;

    /// <summary>Silos with equal class keys may train runs of one experiment.</summary>
    public string ClassKey => Policy.ClassKey(Host);
}
