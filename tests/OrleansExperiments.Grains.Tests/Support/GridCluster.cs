using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Storage;

namespace OrleansExperiments.Grains.Tests.Support;

/// <summary>
/// A real in-process Orleans cluster with the grid's grains and services, persisting grain state and reminders in Azure
/// Table storage (a real Azurite). It has no device slots: no worker leases anything, so tests drive the queue and the
/// run grains themselves.
/// </summary>
public sealed class GridCluster : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;

    private GridCluster(InProcessTestCluster cluster) => _cluster = cluster;

    public IClusterClient Client => _cluster.Client;

    public IGrainFactory Grains => _cluster.Client;

    /// <summary>Deactivates a grain, so that its next call activates it again from storage.</summary>
    public Task DeactivateAsync(IAddressable grain) => _cluster.DeactivateAsync(grain);

    public static async Task<GridCluster> StartAsync(string storageConnectionString, string home, Action<GridOptions> configureGrid)
    {
        var serviceId = "grains-tests-" + Guid.NewGuid().ToString("N");
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureSilo((_, silo) =>
        {
            var tables = new TableServiceClient(storageConnectionString);
            // As GridSilo configures it: grain state in Orleans' binary format.
            silo.AddAzureTableGrainStorage(GridStorage.Name, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.TableServiceClient = tables;
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
            silo.UseAzureTableReminderService(o => o.TableServiceClient = tables);
            silo.AddStartupTask((services, cancellation) => services.GetRequiredService<ResultStore>().EnsureTablesAsync(cancellation));
            silo.Services.Configure(configureGrid);
            silo.Services.AddGrid(storageConnectionString, new WorkerOptions { Home = home, SiloName = "grains-tests", Slots = [] }, Fingerprints.ComparabilityPolicy.StrictName);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new GridCluster(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
