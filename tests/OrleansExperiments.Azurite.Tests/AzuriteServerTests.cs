namespace OrleansExperiments.Azurite.Tests;

public sealed class AzuriteServerTests
{
    [Fact]
    public async Task Starts_serves_a_table_entity_and_stops()
    {
        int port;
        await using (var server = await AzuriteServer.StartAsync(AzuriteOptions.ForTests()))
        {
            port = server.Port;
            await TableRoundTrip.WriteAsync(server.ConnectionString, "row", "hello");
            Assert.Equal("hello", await TableRoundTrip.ReadAsync(server.ConnectionString, "row"));
            await server.DisposeAsync();
            Assert.True(server.HasExited);
        }

        Assert.False(await LoopbackPort.IsListeningAsync(port));
    }

    [Fact]
    public async Task Two_instances_run_side_by_side_with_separate_data()
    {
        await using var first = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());
        await using var second = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());

        Assert.NotEqual(first.Port, second.Port);
        await TableRoundTrip.WriteAsync(first.ConnectionString, "row", "first");
        await TableRoundTrip.WriteAsync(second.ConnectionString, "row", "second");

        Assert.Equal("first", await TableRoundTrip.ReadAsync(first.ConnectionString, "row"));
        Assert.Equal("second", await TableRoundTrip.ReadAsync(second.ConnectionString, "row"));
    }

    [Fact]
    public async Task Persistent_data_survives_a_restart()
    {
        using var data = new TemporaryFolder();
        var options = new AzuriteOptions { Port = AzuriteOptions.AnyFreePort, DataDirectory = data.Path };

        await using (var server = await AzuriteServer.StartAsync(options))
        {
            await TableRoundTrip.WriteAsync(server.ConnectionString, "row", "kept");
        }

        await using var restarted = await AzuriteServer.StartAsync(options);
        Assert.Equal("kept", await TableRoundTrip.ReadAsync(restarted.ConnectionString, "row"));
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_error()
    {
        await using var running = await AzuriteServer.StartAsync(AzuriteOptions.ForTests());

        var error = await Assert.ThrowsAsync<AzuriteException>(
            () => AzuriteServer.StartAsync(AzuriteOptions.ForTests() with { Port = running.Port }));

        Assert.Contains($"Port {running.Port}", error.Message);
        Assert.Contains("already in use", error.Message);
    }
}
