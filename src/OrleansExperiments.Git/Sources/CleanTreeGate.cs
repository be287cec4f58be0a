using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Refuses to launch from a local working tree with uncommitted work: modified, staged, deleted or
/// untracked files count; files that .gitignore ignores do not. A URL source has no working tree to check.
/// </summary>
public static class CleanTreeGate
{
    /// <summary>How many offending paths the refusal message lists before summarizing the rest.</summary>
    public const int MaxListedPaths = 10;

    /// <summary>Throws <see cref="GitRefusedException"/> (<see cref="GitRefusal.DirtyTree"/>) if the source's working tree is not clean.</summary>
    public static void EnsureClean(RepositorySource source)
    {
        if (!source.HasWorkingTree)
        {
            return;
        }
        using var repository = new Repository(source.Location);
        var options = new StatusOptions
        {
            IncludeUntracked = true,
            RecurseUntrackedDirs = true,
            IncludeIgnored = false,
            DetectRenamesInIndex = false,
            DetectRenamesInWorkDir = false,
        };
        var dirty = repository.RetrieveStatus(options)
            .Where(entry => entry.State is not (FileStatus.Unaltered or FileStatus.Ignored))
            .OrderBy(entry => entry.FilePath, StringComparer.Ordinal)
            .ToList();
        if (dirty.Count == 0)
        {
            return;
        }
        var listed = dirty.Take(MaxListedPaths).Select(entry => $"{entry.FilePath} ({Describe(entry.State)})");
        var more = dirty.Count > MaxListedPaths ? $" and {dirty.Count - MaxListedPaths} more" : "";
        throw new GitRefusedException(GitRefusal.DirtyTree,
            $"The working tree of {source.Location} has {dirty.Count} uncommitted file(s): {string.Join(", ", listed)}{more}. " +
            "The grid runs committed code only: commit or stash them (untracked files count) and retry.");
    }

    private static string Describe(FileStatus state) => state switch
    {
        _ when state.HasFlag(FileStatus.Conflicted) => "conflicted",
        _ when state.HasFlag(FileStatus.NewInWorkdir) => "untracked",
        _ when state.HasFlag(FileStatus.DeletedFromWorkdir) || state.HasFlag(FileStatus.DeletedFromIndex) => "deleted",
        _ when state.HasFlag(FileStatus.ModifiedInWorkdir) || state.HasFlag(FileStatus.TypeChangeInWorkdir) => "modified",
        _ => "staged",
    };
}
