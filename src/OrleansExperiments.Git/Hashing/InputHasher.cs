using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Fingerprints the files a metric depends on (evaluation code, validation data) at a commit. Listed folders
/// stand for every file under them. Git blob ids are content hashes, so hashing (path, blob id) pins the
/// contents without reading large data files.
/// </summary>
internal static class InputHasher
{
    /// <summary>Fingerprints <paramref name="paths"/> at <paramref name="commit"/>; throws <see cref="GitRefusedException"/> naming every missing path.</summary>
    public static InputFingerprint Hash(Commit commit, IEnumerable<string> paths)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths.Select(RepoPaths.Normalize).Distinct(StringComparer.Ordinal))
        {
            var entry = commit[path];
            if (entry is null)
            {
                missing.Add(path);
            }
            else
            {
                AddFiles(path, entry, files);
            }
        }
        if (missing.Count > 0)
        {
            throw new GitRefusedException(GitRefusal.MissingInput,
                $"Metric input(s) not found at commit {commit.Sha}: {string.Join(", ", missing)}. " +
                "Fix the metric's \"inputs\" in orlx.json or commit the files.");
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, blobId) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\0{blobId}\n"));
        }
        return new InputFingerprint(Convert.ToHexStringLower(hash.GetHashAndReset()), files);
    }

    private static void AddFiles(string path, TreeEntry entry, SortedDictionary<string, string> files)
    {
        if (entry.TargetType != TreeEntryTargetType.Tree)
        {
            files[path] = entry.Target.Sha;
            return;
        }
        foreach (var child in (Tree)entry.Target)
        {
            AddFiles($"{path}/{child.Name}", child, files);
        }
    }
}
