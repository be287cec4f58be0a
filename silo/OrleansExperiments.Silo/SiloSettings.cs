using OrleansExperiments.Azurite;

namespace OrleansExperiments.Silo;

/// <summary>
/// How a silo is hosted. Bound from the configuration root: <c>appsettings.json</c> in the working folder,
/// <c>$ORLX_HOME/silo.json</c>, then environment variables with the <c>ORLX_</c> prefix (e.g. <c>ORLX_GATEWAYPORT</c>).
/// </summary>
public sealed class SiloSettings
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;
    public const string DefaultClusterId = "orlx";
    public const string DefaultServiceId = "orleans-experiments";

    /// <summary>Where local state lives: Azurite data, mirrors, worktrees, builds. Default <c>$ORLX_HOME</c> or <c>~/.orlx</c>.</summary>
    public string Home { get; set; } = OrlxHome.Path;

    /// <summary>The Azure Storage account of clustering, grain state, reminders and results. Development storage starts a local Azurite.</summary>
    public string Storage { get; set; } = DevelopmentStorage;

    /// <summary>Whether a development-storage Azurite keeps its data in memory only (tests) instead of under <see cref="Home"/>.</summary>
    public bool InMemoryStorage { get; set; }

    /// <summary><c>localhost</c> (one machine, the default) or <c>azure</c> (Azure Table clustering, several machines).</summary>
    public string Clustering { get; set; } = ClusteringModes.Localhost;

    public string ClusterId { get; set; } = DefaultClusterId;
    public string ServiceId { get; set; } = DefaultServiceId;
    public int SiloPort { get; set; } = DefaultSiloPort;
    public int GatewayPort { get; set; } = DefaultGatewayPort;

    /// <summary>The address other silos and clients reach this silo at (Azure clustering only). Unset: loopback, so nothing listens beyond this machine.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>The silo's name in logs and run records; default the host name.</summary>
    public string? SiloName { get; set; }

    /// <summary>CPU device slots: how many runs train on the CPU at once. Default: one per core.</summary>
    public int? CpuSlots { get; set; }

    /// <summary>CUDA device slots, e.g. <c>0,1</c> or <c>0,0</c> (two runs share GPU 0). Empty: no CUDA slots.</summary>
    public string CudaDevices { get; set; } = "";

    /// <summary>A libtorch folder (a PyTorch install's <c>torch/lib</c>) that trainers load instead of their own, for CUDA.</summary>
    public string? ExternalLibTorch { get; set; }

    /// <summary>Log the silo's own progress (every run started, fingerprints) and Orleans warnings. On for <c>orlx silo</c>.</summary>
    public bool Verbose { get; set; }

    /// <summary><c>strict</c> (every fingerprint field must match, host included) or <c>hardware-class</c> (all but host).</summary>
    public string ComparabilityPolicy { get; set; } = OrleansExperiments.Fingerprints.ComparabilityPolicy.StrictName;
}

/// <summary>The clustering modes a silo supports.</summary>
public static class ClusteringModes
{
    public const string Localhost = "localhost";
    public const string Azure = "azure";
}
