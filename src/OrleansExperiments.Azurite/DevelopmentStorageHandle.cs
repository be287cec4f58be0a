namespace OrleansExperiments.Azurite;

/// <summary>The Table service to use, and the Azurite that was started for it, if one was.</summary>
public sealed class DevelopmentStorageHandle : IAsyncDisposable
{
    private DevelopmentStorageHandle(string connectionString, AzuriteServer? startedServer)
    {
        ConnectionString = connectionString;
        StartedServer = startedServer;
    }

    /// <summary>The connection string to use for the Table service.</summary>
    public string ConnectionString { get; }

    /// <summary>The Azurite started for this handle, or null when an existing service is used.</summary>
    public AzuriteServer? StartedServer { get; }

    internal static DevelopmentStorageHandle External(string connectionString) => new(connectionString, null);

    internal static DevelopmentStorageHandle Started(AzuriteServer server) => new(server.ConnectionString, server);

    /// <summary>Stops the Azurite this handle started; leaves an existing service alone.</summary>
    public ValueTask DisposeAsync() => StartedServer?.DisposeAsync() ?? ValueTask.CompletedTask;
}
