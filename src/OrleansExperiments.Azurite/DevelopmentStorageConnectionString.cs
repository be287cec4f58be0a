namespace OrleansExperiments.Azurite;

/// <summary>Recognizes connection strings that mean the local emulator's Table service.</summary>
public static class DevelopmentStorageConnectionString
{
    private static readonly string[] LoopbackHosts = [DevelopmentStorageAccount.LoopbackHost, "localhost"];

    /// <summary>
    /// Whether <paramref name="connectionString"/> is development storage: <c>UseDevelopmentStorage=true</c> (port
    /// 10002), or the well-known <c>devstoreaccount1</c> name and key with a Table endpoint on a loopback host.
    /// </summary>
    /// <param name="connectionString">An Azure Storage connection string.</param>
    /// <param name="tablePort">The loopback port of the Table service that it names.</param>
    public static bool TryGetLocalTablePort(string connectionString, out int tablePort)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        tablePort = 0;
        var settings = Parse(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var useDevelopment)
            && bool.TryParse(useDevelopment, out var isDevelopment) && isDevelopment)
        {
            tablePort = DevelopmentStorageAccount.DefaultTablePort;
            return true;
        }

        if (settings.GetValueOrDefault("AccountName") != DevelopmentStorageAccount.AccountName
            || settings.GetValueOrDefault("AccountKey") != DevelopmentStorageAccount.AccountKey
            || !settings.TryGetValue("TableEndpoint", out var endpoint)
            || !Uri.TryCreate(endpoint, UriKind.Absolute, out var tableEndpoint)
            || !LoopbackHosts.Contains(tableEndpoint.Host, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        tablePort = tableEndpoint.Port;
        return true;
    }

    private static Dictionary<string, string> Parse(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split at the first '=' only: account keys end in '=' padding.
            var separator = pair.IndexOf('=');
            if (separator > 0)
            {
                settings[pair[..separator].Trim()] = pair[(separator + 1)..].Trim();
            }
        }

        return settings;
    }
}
