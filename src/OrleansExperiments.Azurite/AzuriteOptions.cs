namespace OrleansExperiments.Azurite;

/// <summary>How to start a local Azurite Table service.</summary>
public sealed record AzuriteOptions
{
    /// <summary>Pass as <see cref="Port"/> to let the operating system choose a free loopback port.</summary>
    public const int AnyFreePort = 0;

    /// <summary>How long Azurite may take to answer its first request; node and Azurite start in about two seconds.</summary>
    public static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long Azurite may take to save its data and exit before it is killed.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The loopback port of the Table service, or <see cref="AnyFreePort"/>.</summary>
    public int Port { get; init; } = DevelopmentStorageAccount.DefaultTablePort;

    /// <summary>Keep all data in memory (lost when Azurite stops), for tests.</summary>
    public bool InMemoryPersistence { get; init; }

    /// <summary>Where Azurite keeps its data when not in memory; default <c>$ORLX_HOME/azurite/data</c>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The Node.js executable; default <c>node</c> found on PATH.</summary>
    public string? NodeExecutable { get; init; }

    /// <summary>The installed <c>azurite</c> npm package folder; default found by <see cref="AzuritePackageLocator"/>.</summary>
    public string? PackageDirectory { get; init; }

    /// <summary>Azurite's loose mode: ignore headers and parameters it does not support instead of failing.</summary>
    public bool Loose { get; init; }

    /// <summary>How long to wait for Azurite to answer.</summary>
    public TimeSpan StartupTimeout { get; init; } = DefaultStartupTimeout;

    /// <summary>How long to wait for Azurite to exit on dispose before killing it.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = DefaultShutdownTimeout;

    /// <summary>Options for tests: in-memory data on a free port.</summary>
    public static AzuriteOptions ForTests() => new() { Port = AnyFreePort, InMemoryPersistence = true };

    /// <summary>The data folder that Azurite uses when it persists data.</summary>
    public string ResolvedDataDirectory => DataDirectory ?? Path.Combine(OrlxHome.AzuriteFolder, "data");
}
