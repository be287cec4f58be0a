using Microsoft.Extensions.Configuration;
using OrleansExperiments.Cli.Output;
using OrleansExperiments.Client;
using OrleansExperiments.Client.Preflight;
using OrleansExperiments.Silo;

namespace OrleansExperiments.Cli.Commands;

/// <summary>What a command needs of the grid: the configuration, a pre-flight, and (once input is checked) a connection.</summary>
public sealed class GridSession
{
    public GridSession(IConfiguration configuration)
    {
        Configuration = configuration;
        Settings = GridSilo.BindSettings(configuration);
        Preflight = new ExperimentPreflight(Path.Combine(Settings.Home, "mirrors"), TimeProvider.System);
    }

    public IConfiguration Configuration { get; }
    public SiloSettings Settings { get; }
    public ExperimentPreflight Preflight { get; }

    public async Task<(GridConnection Connection, ExperimentClient Client)> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = await GridConnection.ConnectAsync(Configuration, cancellationToken);
        Progress.Line($"Connected to the grid ({connection.Description}).");
        return (connection, new ExperimentClient(connection.Client, Preflight));
    }
}
