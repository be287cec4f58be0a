namespace OrleansExperiments.Azurite;

/// <summary>Starts a local Azurite when a connection string means development storage and nothing serves it yet.</summary>
public static class DevelopmentStorage
{
    /// <summary>
    /// Makes the Table service that <paramref name="connectionString"/> names available. When it is development storage
    /// (see <see cref="DevelopmentStorageConnectionString"/>) and nothing listens on its port, starts Azurite there with
    /// <paramref name="options"/> (whose port is replaced by the connection string's). Otherwise uses what is there.
    /// </summary>
    /// <returns>A handle with the connection string to use; disposing it stops the Azurite it started, if any.</returns>
    public static async Task<DevelopmentStorageHandle> EnsureStartedAsync(
        string connectionString, AzuriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!DevelopmentStorageConnectionString.TryGetLocalTablePort(connectionString, out var port)
            || await LoopbackPort.IsListeningAsync(port, cancellationToken))
        {
            return DevelopmentStorageHandle.External(connectionString);
        }

        var portOptions = (options ?? new AzuriteOptions()) with { Port = port };
        try
        {
            return DevelopmentStorageHandle.Started(await AzuriteServer.StartAsync(portOptions, cancellationToken));
        }
        catch (AzuriteException)
        {
            // Another process may have started an emulator on the same port between the check and the start: use it.
            if (await LoopbackPort.IsListeningAsync(port, cancellationToken))
            {
                return DevelopmentStorageHandle.External(connectionString);
            }

            throw;
        }
    }
}
