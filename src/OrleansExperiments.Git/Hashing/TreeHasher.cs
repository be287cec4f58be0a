using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Hashes what a build reads at a commit, for build-cache keys: two commits that agree on these paths share
/// a build. A path absent at the commit is hashed as absent (so optional files like a Directory.Build.props
/// can be listed); no paths means the whole tree.
/// </summary>
internal static class TreeHasher
{
    private const string AbsentMarker = "absent";

    /// <summary>Lower-case hex SHA-256 over (path, mode, object id) of each listed path at <paramref name="commit"/>, in path order.</summary>
    public static string Hash(Commit commit, IEnumerable<string> paths)
    {
        var normalized = paths.Select(RepoPaths.Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (normalized.Count == 0)
        {
            Append(hash, "", Mode.Directory.ToString(), commit.Tree.Sha);
        }
        foreach (var path in normalized)
        {
            var entry = commit[path];
            Append(hash, path, entry?.Mode.ToString() ?? AbsentMarker, entry?.Target.Sha ?? "");
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string path, string mode, string objectId) =>
        hash.AppendData(Encoding.UTF8.GetBytes($"{path}\0{mode}\0{objectId}\n"));
}
