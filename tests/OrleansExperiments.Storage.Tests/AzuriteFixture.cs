using OrleansExperiments.Azurite;

namespace OrleansExperiments.Storage.Tests;

/// <summary>One in-memory Azurite on a free port for the tests of a class.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public string ConnectionString => (_server ?? throw new InvalidOperationException("Azurite is not started.")).ConnectionString;

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A store on its own tables (a fresh prefix), so tests never see each other's rows.</summary>
    public async Task<ResultStore> CreateStoreAsync()
    {
        var store = new ResultStore(ConnectionString, ResultTableNames.WithPrefix("t" + Guid.NewGuid().ToString("N")));
        await store.EnsureTablesAsync();
        return store;
    }
}
