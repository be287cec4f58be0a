namespace OrleansExperiments.Fingerprints;

/// <summary>Where <see cref="HostFingerprintCapture"/> reads the host: files and the nvidia-smi command.</summary>
public sealed record HostProbeSources
{
    /// <summary>How long nvidia-smi may take before the GPU fields are recorded as unknown.</summary>
    public static readonly TimeSpan DefaultNvidiaSmiTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The sources of a Linux host.</summary>
    public static HostProbeSources Default { get; } = new();

    /// <summary>The cpuinfo file (model, ISA flags, logical CPU count).</summary>
    public string CpuInfoPath { get; init; } = "/proc/cpuinfo";

    /// <summary>The os-release file (PRETTY_NAME).</summary>
    public string OsReleasePath { get; init; } = "/etc/os-release";

    /// <summary>The file holding the kernel release.</summary>
    public string KernelReleasePath { get; init; } = "/proc/sys/kernel/osrelease";

    /// <summary>The nvidia-smi executable: a name looked up on PATH, or a path.</summary>
    public string NvidiaSmiCommand { get; init; } = "nvidia-smi";

    /// <summary>How long nvidia-smi may take.</summary>
    public TimeSpan NvidiaSmiTimeout { get; init; } = DefaultNvidiaSmiTimeout;
}
