using System.Globalization;
using System.Net;

namespace OrleansExperiments.Fingerprints;

/// <summary>
/// Captures the host-level fingerprint fields at silo start, without loading libtorch: host, os, kernel,
/// CPU model/ISA/count, GPU model/count/compute capability and NVIDIA driver (nvidia-smi), the .NET
/// runtime, and the relevant environment variables. The trainer adds its own fields later
/// (<see cref="TrainerEnvironmentEvent"/>).
/// </summary>
public sealed class HostFingerprintCapture(HostProbeSources sources)
{
    /// <summary>Captures the real host through <see cref="HostProbeSources.Default"/>.</summary>
    public HostFingerprintCapture() : this(HostProbeSources.Default)
    {
    }

    /// <summary>The host fields of this process's host and environment.</summary>
    public EnvironmentFingerprint Capture()
    {
        var cpu = CpuInfo.Parse(ReadOrEmpty(sources.CpuInfoPath));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Dns.GetHostName is gethostname(2): the UTS namespace's name, not a DNS lookup.
            [FingerprintFields.Host] = Dns.GetHostName(),
            [FingerprintFields.Os] = OsRelease.ReadPrettyName(ReadOrEmpty(sources.OsReleasePath)),
            [FingerprintFields.Kernel] = FirstLineOrUnknown(ReadOrEmpty(sources.KernelReleasePath)),
            [FingerprintFields.CpuModel] = cpu.Model,
            [FingerprintFields.CpuIsa] = cpu.NumericIsa,
            [FingerprintFields.CpuCount] = (cpu.LogicalCpuCount > 0 ? cpu.LogicalCpuCount : System.Environment.ProcessorCount)
                .ToString(CultureInfo.InvariantCulture),
            [FingerprintFields.Dotnet] = System.Environment.Version.ToString(),
        };
        foreach (var (name, value) in NvidiaSmiProbe.Probe(sources.NvidiaSmiCommand, sources.NvidiaSmiTimeout))
            fields[name] = value;
        foreach (var (name, value) in RelevantEnvironmentVariables.Select(System.Environment.GetEnvironmentVariables()))
            fields[name] = value;
        return EnvironmentFingerprint.From(fields);
    }

    // A host without the file (not Linux, a minimal container) records the field as unknown.
    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : string.Empty;

    private static string FirstLineOrUnknown(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length == 0 ? FingerprintValues.Unknown : line;
    }
}
