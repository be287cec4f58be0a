using System.Security.Cryptography;
using System.Text;

namespace OrleansExperiments.Scenarios;

/// <summary>
/// A short hash of the trainer SDK's sources (its two project folders and the repository-wide build files) that
/// names a local package version: NuGet caches a package by id and version forever, so packing changed sources
/// under the same version would let trainer builds silently use the stale copy.
/// </summary>
internal static class SdkSourceHash
{
    public const int Length = 12;

    /// <summary>The project folders under <c>src/</c> whose packages a trainer references.</summary>
    public static readonly IReadOnlyList<string> Projects = ["OrleansExperiments.Protocol", "OrleansExperiments.Training"];

    private static readonly IReadOnlyList<string> RootBuildFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json"];
    private static readonly IReadOnlyList<string> BuildOutputFolders = ["bin", "obj"];

    /// <summary>Lower-case hex, <see cref="Length"/> characters, over the paths and contents of the SDK's sources under <paramref name="repositoryRoot"/>.</summary>
    public static string Compute(string repositoryRoot)
    {
        var files = new List<string>();
        foreach (var project in Projects)
        {
            var folder = Path.Combine(repositoryRoot, "src", project);
            if (!Directory.Exists(folder))
                throw new DirectoryNotFoundException($"{folder} does not exist; pass the root of an OrleansExperiments source checkout (the folder that holds src/).");
            files.AddRange(SourceFiles(folder));
        }
        files.AddRange(RootBuildFiles.Select(name => Path.Combine(repositoryRoot, name)).Where(File.Exists));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Select(file => (Relative: Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/'), Full: file))
                     .OrderBy(file => file.Relative, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Relative + "\0"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file.Full)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..Length];
    }

    private static IEnumerable<string> SourceFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
            yield return file;
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (BuildOutputFolders.Contains(Path.GetFileName(child), StringComparer.Ordinal))
                continue;
            foreach (var file in SourceFiles(child))
                yield return file;
        }
    }
}
