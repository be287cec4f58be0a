using OrleansExperiments.Azurite;
using OrleansExperiments.Storage;

namespace OrleansExperiments.Grains.Tests.Support;

/// <summary>
/// One Azurite and two grid clusters on it for all grain tests: one with the default lease, so nothing expires while a
/// test runs, and one with a short lease for the expiry tests. Tests isolate themselves by unique keys.
/// </summary>
public sealed class GridFixture : IAsyncLifetime
{
    /// <summary>Short enough to wait for, long enough that back-to-back calls never outlive it.</summary>
    public static readonly TimeSpan ShortLease = TimeSpan.FromSeconds(2);

    /// <summary>Attempts a run gets in both clusters.</summary>
    public const int MaxAttempts = 3;

    private readonly TemporaryFolder _home = new();
    private AzuriteServer? _azurite;
    private GridCluster? _grid;
    private GridCluster? _shortLeaseGrid;

    public GridCluster Grid => _grid ?? throw new InvalidOperationException("The fixture is not started.");

    public GridCluster ShortLeaseGrid => _shortLeaseGrid ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The result tables the grid writes (default names, as in a real silo).</summary>
    public ResultStore Results { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());
        var grid = GridCluster.StartAsync(_azurite.ConnectionString, Path.Combine(_home.Path, "grid"), o => o.MaxAttempts = MaxAttempts);
        var shortLease = GridCluster.StartAsync(_azurite.ConnectionString, Path.Combine(_home.Path, "short"), o =>
        {
            o.MaxAttempts = MaxAttempts;
            o.LeaseDuration = ShortLease;
        });
        _grid = await grid;
        _shortLeaseGrid = await shortLease;
        Results = new ResultStore(_azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_grid is not null)
        {
            await _grid.DisposeAsync();
        }
        if (_shortLeaseGrid is not null)
        {
            await _shortLeaseGrid.DisposeAsync();
        }
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
        _home.Dispose();
    }
}

/// <summary>Every test class that needs a cluster shares one fixture (cluster start-up is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class GridCollection : ICollectionFixture<GridFixture>
{
    public const string Name = "grid";
}
