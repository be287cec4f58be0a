using System.Net.Sockets;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansExperiments.Silo;

namespace OrleansExperiments.Client;

/// <summary>
/// A connection to the grid. With Azure clustering configured it joins that cluster as a client; otherwise it uses a
/// local silo that answers on the gateway port, or, when none does, starts an embedded silo for its own lifetime.
/// </summary>
public sealed class GridConnection : IAsyncDisposable
{
    private static readonly TimeSpan GatewayProbeTimeout = TimeSpan.FromMilliseconds(500);

    private readonly IHost? _clientHost;
    private readonly GridSilo? _embeddedSilo;

    private GridConnection(IClusterClient client, IHost? clientHost, GridSilo? embeddedSilo, string description)
    {
        Client = client;
        _clientHost = clientHost;
        _embeddedSilo = embeddedSilo;
        Description = description;
    }

    public IClusterClient Client { get; }

    /// <summary>What this connection is, for progress output: "embedded silo", "local silo on port 30000", ...</summary>
    public string Description { get; }

    public static async Task<GridConnection> ConnectAsync(IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var settings = GridSilo.BindSettings(configuration);
        if (settings.Clustering == ClusteringModes.Azure)
        {
            var host = await StartClientAsync(settings, c => c.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(settings.Storage)), cancellationToken);
            return new GridConnection(host.Services.GetRequiredService<IClusterClient>(), host, null, $"cluster {settings.ClusterId}");
        }
        if (await GatewayAnswers(settings.GatewayPort, cancellationToken))
        {
            var host = await StartClientAsync(settings, c => c.UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId), cancellationToken);
            return new GridConnection(host.Services.GetRequiredService<IClusterClient>(), host, null, $"local silo on port {settings.GatewayPort}");
        }
        var silo = await GridSilo.StartAsync(configuration, cancellationToken: cancellationToken);
        return new GridConnection(silo.Client, null, silo, "embedded silo");
    }

    private static async Task<IHost> StartClientAsync(SiloSettings settings, Action<IClientBuilder> clustering, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            clustering(client);
            client.Configure<Orleans.Configuration.ClusterOptions>(o => { o.ClusterId = settings.ClusterId; o.ServiceId = settings.ServiceId; });
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    private static async Task<bool> GatewayAnswers(int port, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(GatewayProbeTimeout);
        try
        {
            await tcp.ConnectAsync(System.Net.IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_clientHost is not null)
        {
            await _clientHost.StopAsync();
            _clientHost.Dispose();
        }
        if (_embeddedSilo is not null)
        {
            await _embeddedSilo.DisposeAsync();
        }
    }
}
