namespace OrleansExperiments.Git;

/// <summary>The content fingerprint of a metric's input files at one commit.</summary>
/// <param name="Hash">Lower-case hex SHA-256 over each file's path and git blob id, in path order.</param>
/// <param name="Files">Each input file (folders expanded to the files under them) and its git blob id.</param>
public sealed record InputFingerprint(string Hash, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>Files that differ between the two fingerprints (changed, added or removed), in path order.</summary>
    public IReadOnlyList<string> ChangedFiles(InputFingerprint other) =>
        Files.Keys.Union(other.Files.Keys)
            .Where(path => !Files.TryGetValue(path, out var mine) || !other.Files.TryGetValue(path, out var theirs) || mine != theirs)
            .Order(StringComparer.Ordinal)
            .ToList();
}
