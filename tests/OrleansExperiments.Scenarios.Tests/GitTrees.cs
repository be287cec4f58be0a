using LibGit2Sharp;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>Reads scenario commits with LibGit2Sharp: files, changed paths, checkouts, merges.</summary>
internal static class GitTrees
{
    public static string ReadText(Commit commit, string path) =>
        ((Blob)(commit[path] ?? throw new InvalidOperationException($"{path} is missing at {commit.Sha}")).Target).GetContentText();

    /// <summary>The paths whose content differs between the two commits, ordered.</summary>
    public static List<string> ChangedPaths(Repository repository, Commit from, Commit to) =>
        [.. repository.Diff.Compare<TreeChanges>(from.Tree, to.Tree).Select(change => change.Path).Order(StringComparer.Ordinal)];

    /// <summary>
    /// What a build reads in <paramref name="tree"/>: each build input's path and object id (absent ones marked),
    /// the same key the grid's build cache uses, so commits with equal keys share one build.
    /// </summary>
    public static string BuildKey(Tree tree, IEnumerable<string> buildInputs) =>
        string.Join("\n", buildInputs.Order(StringComparer.Ordinal).Select(path => $"{path} {tree[path]?.Target.Sha ?? "absent"}"));

    /// <summary>Writes the files of <paramref name="tree"/> under <paramref name="folder"/>.</summary>
    public static void Export(Tree tree, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var entry in tree)
        {
            var path = Path.Combine(folder, entry.Name);
            switch (entry.Target)
            {
                case Tree child:
                    Export(child, path);
                    break;
                case Blob blob:
                    using (var content = blob.GetContentStream())
                    using (var file = File.Create(path))
                        content.CopyTo(file);
                    break;
            }
        }
    }

    /// <summary>The tree of merging <paramref name="theirs"/> into <paramref name="ours"/>; fails the test on a conflict.</summary>
    public static Tree Merge(Repository repository, Commit ours, Commit theirs)
    {
        var result = repository.ObjectDatabase.MergeCommits(ours, theirs, new MergeTreeOptions());
        Assert.True(result.Status == MergeTreeStatus.Succeeded,
            $"Merging {theirs.Sha} into {ours.Sha} conflicts in {string.Join(", ", result.Conflicts.Select(conflict => conflict.Ours?.Path ?? conflict.Theirs?.Path))}.");
        return result.Tree;
    }
}
