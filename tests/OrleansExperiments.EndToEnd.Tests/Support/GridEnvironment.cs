using System.Globalization;
using OrleansExperiments.Azurite;
using OrleansExperiments.Storage;

namespace OrleansExperiments.EndToEnd.Tests.Support;

/// <summary>
/// What one test class's <c>orlx</c> commands share: a real in-memory Azurite, an <c>ORLX_HOME</c>, free silo and
/// gateway ports (so each command that finds no silo on them starts its own embedded one), and a trainer repository.
/// </summary>
public abstract class GridEnvironment : IAsyncLifetime
{
    /// <summary>Attempts per run, set explicitly so tests can check the count.</summary>
    public const int MaxAttempts = 3;

    /// <summary>CPU slots per silo: two trainers at a time.</summary>
    public const int CpuSlots = 2;

    private readonly TemporaryFolder _folder = new();
    private AzuriteServer? _azurite;

    public Orlx Orlx { get; private set; } = null!;
    public ResultStore Results { get; private set; } = null!;
    public TrainerRepository Repository { get; private set; } = null!;
    public string StorageConnectionString => _azurite!.ConnectionString;
    public TemporaryFolder Folder => _folder;

    /// <summary>The modes of the trainer repository's manifest.</summary>
    protected virtual IReadOnlyList<string> Modes => ["mlp"];

    /// <summary>How long each stand-in training run takes.</summary>
    protected virtual double TrainerSeconds => 0;

    /// <summary>Extra settings (ORLX_ variables) of this class's grid.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());
        Results = new ResultStore(_azurite.ConnectionString);
        Repository = TrainerRepository.Create(_folder.Sub("trainer"), Modes, TrainerSeconds);
        var environment = new Dictionary<string, string>
        {
            ["ORLX_HOME"] = _folder.Sub("home"),
            ["ORLX_STORAGE"] = _azurite.ConnectionString,
            ["ORLX_SILOPORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["ORLX_GATEWAYPORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["ORLX_CPUSLOTS"] = CpuSlots.ToString(CultureInfo.InvariantCulture),
            ["ORLX_GRID__MAXATTEMPTS"] = MaxAttempts.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in Settings)
        {
            environment[name] = value;
        }
        Orlx = new Orlx(environment);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
        _folder.Dispose();
    }
}
