using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// One branch per change: a change must be a branch, not the baseline branch itself, and must hold
/// at least one commit that is not on the baseline.
/// </summary>
internal static class ChangeRule
{
    /// <summary>Throws <see cref="GitRefusedException"/> if <paramref name="change"/> is not a valid change of <paramref name="baseline"/>.</summary>
    public static void Ensure(Repository repository, ResolvedRef baseline, ResolvedRef change, string repositoryName)
    {
        if (change.Kind != RefKind.Branch)
        {
            var what = change.Kind == RefKind.Tag ? "a tag" : "a commit, not a branch";
            throw new GitRefusedException(GitRefusal.ChangeNotABranch,
                $"The change '{change.Input}' is {what}; a change must be a branch (one branch per change). " +
                $"Create one with `git branch <name> {change.Commit[..12]}` and pass the branch.");
        }
        if (baseline.Kind == RefKind.Branch && baseline.Name == change.Name)
        {
            throw new GitRefusedException(GitRefusal.ChangeIsBaseline,
                $"The change '{change.Input}' is the baseline branch itself; put the change on its own branch and compare that.");
        }
        var changeCommit = CommitLookup.Find(repository, change.Commit, repositoryName);
        var baselineCommit = CommitLookup.Find(repository, baseline.Commit, repositoryName);
        var mergeBase = repository.ObjectDatabase.FindMergeBase(changeCommit, baselineCommit);
        if (mergeBase?.Sha == change.Commit)
        {
            throw new GitRefusedException(GitRefusal.ChangeHasNoNewCommits,
                $"The change branch '{change.Name}' has no commits that are not on {baseline.Name}: " +
                $"commit the change on '{change.Name}' (it may already be merged into {baseline.Name}).");
        }
    }
}
