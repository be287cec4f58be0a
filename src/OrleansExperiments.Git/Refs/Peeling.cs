using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>Peels an object (a commit, or an annotated tag of one) to its commit.</summary>
internal static class Peeling
{
    /// <summary>The commit SHA that <paramref name="objectId"/> leads to, or null if it is absent or not a commit (a tree or blob).</summary>
    public static string? ToCommit(Repository repository, string? objectId)
    {
        var target = objectId is null ? null : repository.Lookup(objectId);
        while (target is TagAnnotation annotation)
        {
            target = annotation.Target;
        }
        return (target as Commit)?.Sha;
    }
}
