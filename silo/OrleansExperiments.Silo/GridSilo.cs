using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansExperiments.Azurite;
using OrleansExperiments.Grains;
using OrleansExperiments.Grains.Baselines;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Storage;

namespace OrleansExperiments.Silo;

/// <summary>
/// A running silo of the grid: Orleans with Azure Table clustering/state/reminders (or localhost clustering), the
/// device-slot workers, and, for development storage, the local Azurite it started. Disposing stops all of it:
/// workers first (they hand running work back), then the silo, then Azurite.
/// </summary>
public sealed class GridSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly DevelopmentStorageHandle _storage;

    private GridSilo(IHost host, DevelopmentStorageHandle storage)
    {
        _host = host;
        _storage = storage;
    }

    public IServiceProvider Services => _host.Services;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>The effective storage connection string (Azurite's when it was started here).</summary>
    public string StorageConnectionString => _storage.ConnectionString;

    /// <summary>Reads settings from appsettings.json, <c>$ORLX_HOME/silo.json</c> and <c>ORLX_</c> environment variables.</summary>
    public static IConfiguration LoadConfiguration(string[]? args = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(OrlxHome.Path, "silo.json"), optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddCommandLine(args ?? [])
            .Build();

    public const string EnvironmentPrefix = "ORLX_";

    public static SiloSettings BindSettings(IConfiguration configuration)
    {
        var settings = new SiloSettings();
        configuration.Bind(settings);
        if (configuration[nameof(SiloSettings.ServiceId)] is null && settings.Storage == SiloSettings.DevelopmentStorage)
        {
            // One local Azurite may serve several ORLX_HOMEs (the first one's, found listening): a service id per home
            // keeps their grain state and reminders apart, so two local grids never write each other's queue.
            settings.ServiceId = $"{SiloSettings.DefaultServiceId}-{HomeHash(settings.Home)}";
        }
        return settings;
    }

    private const int HomeHashLength = 12;

    private static string HomeHash(string home) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(home))))[..HomeHashLength];

    public static async Task<GridSilo> StartAsync(
        IConfiguration configuration, Action<ILoggingBuilder>? logging = null, CancellationToken cancellationToken = default)
    {
        var settings = BindSettings(configuration);
        Directory.CreateDirectory(settings.Home);
        var storage = await DevelopmentStorage.EnsureStartedAsync(
            settings.Storage,
            new AzuriteOptions
            {
                InMemoryPersistence = settings.InMemoryStorage,
                DataDirectory = Path.Combine(settings.Home, "azurite", "data"),
            },
            cancellationToken);
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                DisableDefaults = true,
                Configuration = new ConfigurationManager(),
            });
            builder.Configuration.AddConfiguration(configuration);
            // Logs go to stderr: a command's stdout carries only its result (one JSON document with --json).
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
            builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Orleans", settings.Verbose ? LogLevel.Warning : LogLevel.Error);
            builder.Logging.AddFilter("OrleansExperiments", settings.Verbose ? LogLevel.Information : LogLevel.Warning);
            logging?.Invoke(builder.Logging);
            ConfigureGrid(builder, settings, storage.ConnectionString, configuration);
            var host = builder.Build();
            await host.StartAsync(cancellationToken);
            return new GridSilo(host, storage);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }

    private static void ConfigureGrid(HostApplicationBuilder builder, SiloSettings settings, string storage, IConfiguration configuration)
    {
        var tables = new TableServiceClient(storage);
        builder.UseOrleans(silo =>
        {
            if (settings.Clustering == ClusteringModes.Localhost)
            {
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
            }
            else if (settings.Clustering == ClusteringModes.Azure)
            {
                silo.UseAzureStorageClustering(o => o.TableServiceClient = tables);
                silo.Configure<Orleans.Configuration.ClusterOptions>(o => { o.ClusterId = settings.ClusterId; o.ServiceId = settings.ServiceId; });
                var address = settings.AdvertisedAddress is { } text ? IPAddress.Parse(text) : IPAddress.Loopback;
                silo.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
            }
            else
            {
                throw new ArgumentException($"Unknown Clustering '{settings.Clustering}': use {ClusteringModes.Localhost} or {ClusteringModes.Azure}.");
            }
            // Grain state in Orleans' own version-tolerant binary format: the contracts are [GenerateSerializer] records
            // (immutable collections included), which the default JSON serializer cannot read back.
            silo.AddAzureTableGrainStorage(GridStorage.Name, options => options.Configure<Orleans.Serialization.Serializer>((o, serializer) =>
            {
                o.TableServiceClient = tables;
                o.GrainStorageSerializer = new Orleans.Storage.OrleansGrainStorageSerializer(serializer);
            }));
            silo.UseAzureTableReminderService(o => o.TableServiceClient = tables);
            // One task, in order: startup tasks of one stage run concurrently, and the announcer reads a result table.
            // Before the silo serves anyone, baselines measured here under an older fingerprint are invalidated.
            silo.AddStartupTask(async (services, cancellation) =>
            {
                await services.GetRequiredService<ResultStore>().EnsureTablesAsync(cancellation);
                await services.GetRequiredService<SiloFingerprintAnnouncer>().AnnounceAsync(cancellation);
            });
        });
        builder.Services.Configure<GridOptions>(configuration.GetSection(GridOptions.SectionName));
        builder.Services.AddGrid(storage, new WorkerOptions
        {
            Home = settings.Home,
            SiloName = settings.SiloName ?? System.Environment.MachineName,
            Slots = DeviceSlots.From(settings),
            ExternalLibTorch = settings.ExternalLibTorch,
        }, settings.ComparabilityPolicy);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
        }
        finally
        {
            _host.Dispose();
            await _storage.DisposeAsync();
        }
    }
}
