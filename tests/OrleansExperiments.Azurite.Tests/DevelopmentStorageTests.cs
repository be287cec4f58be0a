namespace OrleansExperiments.Azurite.Tests;

public sealed class DevelopmentStorageTests
{
    private const string RealAccount =
        "DefaultEndpointsProtocol=https;AccountName=orlxlab;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net";

    [Fact]
    public async Task Starts_Azurite_for_development_storage_when_nothing_listens_and_reuses_it_afterwards()
    {
        var connectionString = DevelopmentStorageAccount.ConnectionString(LoopbackPort.FindFree());

        await using var started = await DevelopmentStorage.EnsureStartedAsync(connectionString, AzuriteOptions.ForTests());
        await using var reused = await DevelopmentStorage.EnsureStartedAsync(connectionString, AzuriteOptions.ForTests());

        Assert.NotNull(started.StartedServer);
        Assert.Null(reused.StartedServer);
        await TableRoundTrip.WriteAsync(started.ConnectionString, "row", "shared");
        Assert.Equal("shared", await TableRoundTrip.ReadAsync(reused.ConnectionString, "row"));
    }

    [Fact]
    public async Task Leaves_a_real_account_alone()
    {
        await using var handle = await DevelopmentStorage.EnsureStartedAsync(RealAccount, AzuriteOptions.ForTests());

        Assert.Null(handle.StartedServer);
        Assert.Equal(RealAccount, handle.ConnectionString);
    }

    [Fact]
    public void UseDevelopmentStorage_means_the_default_table_port()
    {
        Assert.True(DevelopmentStorageConnectionString.TryGetLocalTablePort("UseDevelopmentStorage=true", out var port));
        Assert.Equal(DevelopmentStorageAccount.DefaultTablePort, port);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public void The_well_known_account_on_a_loopback_endpoint_is_development_storage(string host)
    {
        var connectionString =
            $"DefaultEndpointsProtocol=http;AccountName={DevelopmentStorageAccount.AccountName};" +
            $"AccountKey={DevelopmentStorageAccount.AccountKey};TableEndpoint=http://{host}:12345/devstoreaccount1;";

        Assert.True(DevelopmentStorageConnectionString.TryGetLocalTablePort(connectionString, out var port));
        Assert.Equal(12345, port);
    }

    [Theory]
    [InlineData(RealAccount)]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://storage.lab:10002/devstoreaccount1;")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=bm90LWEta2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;")]
    public void Other_accounts_are_not_development_storage(string connectionString)
    {
        Assert.False(DevelopmentStorageConnectionString.TryGetLocalTablePort(connectionString, out _));
    }
}
