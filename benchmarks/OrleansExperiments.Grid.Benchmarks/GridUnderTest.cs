using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using OrleansExperiments.Client;
using OrleansExperiments.Client.Preflight;
using OrleansExperiments.Silo;

namespace OrleansExperiments.Grid.Benchmarks;

/// <summary>An embedded silo as <c>orlx</c> starts it (same process as the client), on a given Azurite and home.</summary>
public sealed class GridUnderTest : IAsyncDisposable
{
    private readonly GridSilo _silo;

    private GridUnderTest(GridSilo silo, ExperimentPreflight preflight)
    {
        _silo = silo;
        Preflight = preflight;
        Client = new ExperimentClient(silo.Client, preflight);
    }

    public ExperimentPreflight Preflight { get; }

    public ExperimentClient Client { get; }

    public IGrainFactory Grains => _silo.Client;

    public static async Task<GridUnderTest> StartAsync(string home, string storage, int cpuSlots)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [nameof(SiloSettings.Home)] = home,
            [nameof(SiloSettings.Storage)] = storage,
            [nameof(SiloSettings.SiloPort)] = FreePort(),
            [nameof(SiloSettings.GatewayPort)] = FreePort(),
            [nameof(SiloSettings.CpuSlots)] = cpuSlots.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var silo = await GridSilo.StartAsync(configuration);
        return new GridUnderTest(silo, new ExperimentPreflight(Path.Combine(home, "mirrors"), TimeProvider.System));
    }

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
