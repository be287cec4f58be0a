namespace OrleansExperiments.Azurite;

/// <summary>The emulator's well-known account, the same in every Azurite and in the Azure SDKs.</summary>
public static class DevelopmentStorageAccount
{
    /// <summary>The account name of development storage.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The published, well-known key of development storage (not a secret).</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The port that Azurite's Table service listens on by default, and that <c>UseDevelopmentStorage=true</c> means.</summary>
    public const int DefaultTablePort = 10002;

    /// <summary>The loopback address that Azurite is bound to.</summary>
    public const string LoopbackHost = "127.0.0.1";

    /// <summary>The Table endpoint of the development account on a loopback port.</summary>
    public static Uri TableEndpoint(int port) => new($"http://{LoopbackHost}:{port}/{AccountName}");

    /// <summary>A connection string for the Table service of the development account on a loopback port.</summary>
    public static string ConnectionString(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint(port)};";
}
