using System.Globalization;
using System.Reflection;
using OrleansExperiments.Azurite;
using OrleansExperiments.EndToEnd.Tests.Support;
using OrleansExperiments.Scenarios;
using OrleansExperiments.Storage;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>
/// What the practices' tests share: the trainer SDK packed (into the shared, content-addressed folder), one scenario
/// repository, one real Azurite, one <c>ORLX_HOME</c> (so each distinct trainer build is built once for all of them) and
/// free ports, on which every <c>orlx</c> command starts its own embedded silo. A test whose outcome depends on the
/// baselines stored before it makes its own repository with <see cref="NewRepository"/>: baselines are kept per
/// repository, so what another test stored cannot decide it, while the build cache (keyed by content) still serves it.
/// </summary>
public sealed class ScenarioGrid : IAsyncLifetime
{
    /// <summary>Seeds per arm unless a test needs otherwise: enough for the scenarios' clear effects at the fast profile.</summary>
    public const int Seeds = 3;

    /// <summary>Trainers at a time: one per core of a CI machine (each trainer uses one thread).</summary>
    public const int CpuSlots = 2;

    private static readonly string RepositoryRoot = typeof(ScenarioGrid).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    private readonly TemporaryFolder _folder = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private AzuriteServer? _azurite;
    private SdkPackageSet? _sdk;
    private int _repositories;

    public Orlx Orlx { get; private set; } = null!;

    /// <summary>The same <c>orlx</c> in a UTS namespace of its own, so its embedded silo runs under another host name.</summary>
    public HostNamedOrlx OnOtherHost { get; private set; } = null!;

    public ResultStore Results { get; private set; } = null!;

    /// <summary>The repository of the tests that do not depend on stored baselines.</summary>
    public ScenarioRepository Repository { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            _sdk = await SdkPackages.EnsurePackedAsync(RepositoryRoot, SdkPackages.SharedFolder);
            _azurite = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());
            Results = new ResultStore(_azurite.ConnectionString);
            _environment["ORLX_HOME"] = _folder.Sub("home");
            _environment["ORLX_STORAGE"] = _azurite.ConnectionString;
            _environment["ORLX_SILOPORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
            _environment["ORLX_GATEWAYPORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
            _environment["ORLX_CPUSLOTS"] = CpuSlots.ToString(CultureInfo.InvariantCulture);
            Orlx = new Orlx(_environment);
            OnOtherHost = new HostNamedOrlx(HostNamedOrlx.OtherHostName, _environment);
            Repository = NewRepository();
        }
        catch
        {
            // xunit does not dispose a fixture whose initialization failed.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>This grid's <c>orlx</c> with one more setting (an <c>ORLX_</c> variable).</summary>
    public Orlx With(string name, string value) => new(new Dictionary<string, string>(_environment, StringComparer.Ordinal) { [name] = value });

    /// <summary>A fresh scenario repository; its commits are the same as every other's (fixed author and date).</summary>
    public ScenarioRepository NewRepository() =>
        ScenarioRepository.Create(_folder.Sub($"repository-{Interlocked.Increment(ref _repositories)}"), _sdk!);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ScenarioGridCollection : ICollectionFixture<ScenarioGrid>
{
    public const string Name = "Practices on a scenario repository";
}
