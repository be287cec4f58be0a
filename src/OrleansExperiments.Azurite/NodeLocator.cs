namespace OrleansExperiments.Azurite;

/// <summary>Finds the Node.js executable that runs Azurite.</summary>
public static class NodeLocator
{
    private const string NodeExecutableName = "node";
    private const string InstallAdvice = "Install Node.js 20 or later (https://nodejs.org or your package manager)";

    /// <summary>The given executable when it exists, otherwise <c>node</c> found on PATH.</summary>
    /// <exception cref="AzuriteException">Node.js is not where it was looked for.</exception>
    public static string FindNode(string? explicitExecutable) =>
        FindNode(explicitExecutable, Environment.GetEnvironmentVariable("PATH") ?? string.Empty);

    /// <summary>As <see cref="FindNode(string?)"/>, searching the given PATH value.</summary>
    internal static string FindNode(string? explicitExecutable, string searchPath)
    {
        if (explicitExecutable is not null)
        {
            return File.Exists(explicitExecutable)
                ? Path.GetFullPath(explicitExecutable)
                : throw new AzuriteException(
                    $"The Node.js executable '{explicitExecutable}' (AzuriteOptions.NodeExecutable) does not exist. " +
                    $"{InstallAdvice}, or point the option at an existing node executable.");
        }

        foreach (var folder in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in ExecutableNames())
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new AzuriteException(
            $"Node.js was not found on PATH; it is needed to run Azurite, the local Azure Table server. {InstallAdvice} " +
            "and make sure `node` is on PATH, or set AzuriteOptions.NodeExecutable.");
    }

    private static IEnumerable<string> ExecutableNames() =>
        OperatingSystem.IsWindows() ? [NodeExecutableName + ".exe"] : [NodeExecutableName];
}
