using OrleansExperiments.Git;

namespace OrleansExperiments.Scenarios;

/// <summary>
/// Packs the trainer SDK (OrleansExperiments.Protocol and OrleansExperiments.Training) from an OrleansExperiments
/// source checkout into a local package folder, once per source content: the version is the project's version
/// with the suffix <c>-local.&lt;hash of the sources&gt;</c>, so a folder can be shared by concurrent test runs and
/// demos (a file lock serializes packing) and a stale package is never restored from NuGet's cache.
/// </summary>
public static class SdkPackages
{
    /// <summary>The prerelease label that precedes the source hash in a local version.</summary>
    public const string LocalVersionLabel = "local";

    /// <summary>How long a caller waits for another process that is packing into the same folder.</summary>
    public static readonly TimeSpan PackLockTimeout = TimeSpan.FromMinutes(15);

    private const string LockFileName = ".pack.lock";
    private const string Configuration = "Release";

    /// <summary>A folder in the machine's temporary directory that callers may share: versions are content-addressed.</summary>
    public static string SharedFolder => Path.Combine(Path.GetTempPath(), "orlx-sdk-packages");

    /// <summary>
    /// Ensures <paramref name="packagesFolder"/> holds both SDK packages packed from the sources under
    /// <paramref name="repositoryRoot"/> (the folder that holds <c>src/</c>), packing them if not; returns the set.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="repositoryRoot"/> is not an OrleansExperiments source checkout.</exception>
    /// <exception cref="InvalidOperationException"><c>dotnet pack</c> failed; the message has its output.</exception>
    public static async Task<SdkPackageSet> EnsurePackedAsync(string repositoryRoot, string packagesFolder, CancellationToken cancellationToken = default)
    {
        repositoryRoot = Path.GetFullPath(repositoryRoot);
        packagesFolder = Path.GetFullPath(packagesFolder);
        var hash = SdkSourceHash.Compute(repositoryRoot);
        Directory.CreateDirectory(packagesFolder);
        using var packLock = await FileLock.AcquireAsync(Path.Combine(packagesFolder, LockFileName), PackLockTimeout, cancellationToken);
        if (FindVersion(packagesFolder, hash) is { } packed)
            return new SdkPackageSet(packagesFolder, packed);

        var version = $"{await ReadProjectVersionAsync(repositoryRoot, cancellationToken)}-{LocalVersionLabel}.{hash}";
        await PackAsync(repositoryRoot, packagesFolder, version, cancellationToken);
        return new SdkPackageSet(packagesFolder, version);
    }

    /// <summary>The version of the packages in <paramref name="folder"/> packed from sources with <paramref name="hash"/>, if both are there.</summary>
    private static string? FindVersion(string folder, string hash)
    {
        var suffix = $"-{LocalVersionLabel}.{hash}.nupkg";
        var versions = SdkSourceHash.Projects
            .Select(project => Directory.EnumerateFiles(folder, $"{project}.*{suffix}")
                .Select(path => Path.GetFileName(path)[(project.Length + 1)..^".nupkg".Length])
                .ToHashSet(StringComparer.Ordinal))
            .Aggregate((left, right) => { left.IntersectWith(right); return left; });
        return versions.Count == 1 ? versions.Single() : null;
    }

    private static async Task<string> ReadProjectVersionAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var output = await DotnetCli.RunAsync(["msbuild", ProjectPath(repositoryRoot, SdkSourceHash.Projects[^1]), "-getProperty:Version", "-nologo"],
            repositoryRoot, cancellationToken);
        var version = output.Trim();
        return version.Length > 0 && !version.Contains('-')
            ? version
            : throw new InvalidOperationException($"The SDK project's Version is '{version}'; expected a release version such as 0.1.0 to append -{LocalVersionLabel}.<hash> to.");
    }

    // Builds in a private artifacts folder (never the checkout's bin/obj, which other builds may be using) and
    // moves the packages in once both are packed; FindVersion accepts a version only when both are there.
    private static async Task PackAsync(string repositoryRoot, string packagesFolder, string version, CancellationToken cancellationToken)
    {
        var work = Path.Combine(Path.GetTempPath(), $"orlx-sdk-pack-{Guid.NewGuid():N}");
        var staging = Path.Combine(work, "packages");
        try
        {
            foreach (var project in SdkSourceHash.Projects)
            {
                await DotnetCli.RunAsync(
                [
                    "pack", ProjectPath(repositoryRoot, project), "-c", Configuration, "-o", staging,
                    $"-p:Version={version}", "--artifacts-path", Path.Combine(work, "artifacts"), "-nologo", "-v:q",
                ], repositoryRoot, cancellationToken);
            }
            foreach (var package in Directory.EnumerateFiles(staging, "*.nupkg"))
                File.Move(package, Path.Combine(packagesFolder, Path.GetFileName(package)), overwrite: true);
        }
        finally
        {
            if (Directory.Exists(work))
                Directory.Delete(work, recursive: true);
        }
    }

    private static string ProjectPath(string repositoryRoot, string project) =>
        Path.Combine(repositoryRoot, "src", project, project + ".csproj");
}
