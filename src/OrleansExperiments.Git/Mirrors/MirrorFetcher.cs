using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Clones and fetches a bare mirror. Branches map one to one (<c>refs/heads/*</c>) and are pruned when the
/// source deletes them; tags are fetched without pruning, so the grid's own <c>orlx/...</c> tags (and the commits
/// they keep alive) survive in the mirror even when the source never had them. The source's <c>HEAD</c> is kept as
/// <see cref="SourceHeadRef"/> so a detached <c>HEAD</c> can be run.
/// </summary>
internal static class MirrorFetcher
{
    /// <summary>The mirror's only remote.</summary>
    public const string RemoteName = "origin";

    /// <summary>Where the mirror keeps the commit the source's <c>HEAD</c> pointed at when last fetched.</summary>
    public const string SourceHeadRef = "refs/orlx/source-head";

    private const string BranchesRefSpec = "+refs/heads/*:refs/heads/*";
    private const string TagsRefSpec = "+refs/tags/*:refs/tags/*";
    private static readonly string SourceHeadRefSpec = $"+HEAD:{SourceHeadRef}";

    /// <summary>Clones <paramref name="source"/> into a temporary folder under <paramref name="root"/> and renames it to <paramref name="finalPath"/>.</summary>
    public static void Clone(RepositorySource source, string root, string finalPath)
    {
        var temporary = TemporaryFolders.NewFor(root, Path.GetFileName(finalPath));
        try
        {
            Repository.Init(temporary, isBare: true);
            using (var repository = new Repository(temporary))
            {
                repository.Network.Remotes.Add(RemoteName, source.Location, BranchesRefSpec);
                repository.Network.Remotes.Update(RemoteName, remote => remote.FetchRefSpecs.Add(SourceHeadRefSpec));
                Fetch(repository, source);
            }
            Directory.Move(temporary, finalPath);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                TemporaryFolders.DeleteQuietly(temporary);
            }
        }
    }

    /// <summary>Fetches all branches (pruning deleted ones), the source's HEAD, and all tags.</summary>
    public static void Fetch(Repository repository, RepositorySource source)
    {
        try
        {
            Commands.Fetch(repository, RemoteName, [], new FetchOptions { Prune = true, TagFetchMode = TagFetchMode.None }, null);
            Commands.Fetch(repository, RemoteName, [TagsRefSpec], new FetchOptions { Prune = false, TagFetchMode = TagFetchMode.None }, null);
        }
        catch (LibGit2SharpException exception)
        {
            throw new GitRefusedException(GitRefusal.SourceUnreachable,
                $"Could not fetch {source} into its mirror {repository.Info.Path}: {exception.Message}. " +
                "Check the path or URL and that it can be read without a password prompt.");
        }
    }

    /// <summary>True if <paramref name="path"/> holds a mirror of <paramref name="source"/> that git can open.</summary>
    public static bool IsUsable(string path, RepositorySource source)
    {
        if (!Directory.Exists(path) || !Repository.IsValid(path))
        {
            return false;
        }
        using var repository = new Repository(path);
        return repository.Network.Remotes[RemoteName]?.Url == source.Location;
    }
}
