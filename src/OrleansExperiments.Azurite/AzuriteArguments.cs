namespace OrleansExperiments.Azurite;

/// <summary>The command line of node running Azurite's Table service through <see cref="AzuriteLauncherScript"/>.</summary>
internal static class AzuriteArguments
{
    public static IReadOnlyList<string> For(AzuriteOptions options, string tableServiceEntryPoint, int port)
    {
        var arguments = new List<string>
        {
            "-e", AzuriteLauncherScript.Source,
            tableServiceEntryPoint,
            "--tableHost", DevelopmentStorageAccount.LoopbackHost,
            "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The Azure SDK may be newer than the emulator; the emulator still serves what the grid uses.
            "--skipApiVersionCheck",
            // No network but the package registries here, and no data should leave a user's machine.
            "--disableTelemetry",
            // One access-log line per request would flood the output for nothing.
            "--silent",
        };

        if (options.InMemoryPersistence)
        {
            arguments.Add("--inMemoryPersistence");
        }
        else
        {
            arguments.Add("--location");
            arguments.Add(options.ResolvedDataDirectory);
        }

        if (options.Loose)
        {
            arguments.Add("--loose");
        }

        return arguments;
    }
}
