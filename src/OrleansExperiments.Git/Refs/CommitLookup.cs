using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>Finds a commit by full SHA, with a clear refusal when it is not there.</summary>
internal static class CommitLookup
{
    public static Commit Find(Repository repository, string commitSha, string repositoryName)
    {
        var sha = CommitIds.Validate(commitSha);
        return repository.Lookup<Commit>(new ObjectId(sha))
            ?? throw new GitRefusedException(GitRefusal.MissingCommit,
                $"Commit {sha} is not in {repositoryName}: fetch the repository again, or check that the commit was pushed.");
    }
}
