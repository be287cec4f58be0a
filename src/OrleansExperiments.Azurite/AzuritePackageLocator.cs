namespace OrleansExperiments.Azurite;

/// <summary>Finds the installed <c>azurite</c> npm package and the entry point of its Table service.</summary>
public static class AzuritePackageLocator
{
    /// <summary>The entry point of the Table service inside the package.</summary>
    public static readonly string TableServiceEntryPoint = Path.Combine("dist", "src", "table", "main.js");

    private static readonly string PackageInNodeModules = Path.Combine("node_modules", "azurite");

    /// <summary>
    /// The Table service entry point: in <paramref name="explicitPackageDirectory"/> when given; otherwise in the first
    /// <c>node_modules/azurite</c> found upward from the application folder or the current directory, then under
    /// <c>$ORLX_HOME/azurite</c>.
    /// </summary>
    /// <exception cref="AzuriteException">The package is not installed where it was looked for.</exception>
    public static string FindTableServiceEntryPoint(string? explicitPackageDirectory)
    {
        var candidates = explicitPackageDirectory is null
            ? CandidatePackageDirectories().ToList()
            : [Path.GetFullPath(explicitPackageDirectory)];

        foreach (var packageDirectory in candidates)
        {
            var entryPoint = Path.Combine(packageDirectory, TableServiceEntryPoint);
            if (File.Exists(entryPoint))
            {
                return entryPoint;
            }
        }

        throw new AzuriteException(
            "The Azurite npm package is not installed. Run `npm ci` in the repository root (it installs the pinned " +
            "Azurite from package.json), or install it under $ORLX_HOME/azurite, or set AzuriteOptions.PackageDirectory. " +
            $"Looked for {TableServiceEntryPoint} in: {string.Join(", ", candidates)}");
    }

    private static IEnumerable<string> CandidatePackageDirectories()
    {
        var starts = new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, PackageInNodeModules);
                if (seen.Add(candidate))
                {
                    yield return candidate;
                }
            }
        }

        yield return Path.Combine(OrlxHome.AzuriteFolder, PackageInNodeModules);
    }
}
