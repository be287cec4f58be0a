namespace OrleansExperiments.Git;

/// <summary>
/// The mirrors of all repositories on this machine, one bare clone per source under a root folder
/// (the grid passes <c>$ORLX_HOME/mirrors</c>). Each mirror has a lock file next to it that serializes
/// clones, fetches and ref writes across the workers of a process and across processes.
/// </summary>
public sealed class MirrorStore
{
    /// <summary>Creates the store, creating <paramref name="root"/> if needed and removing leftovers of crashed writers.</summary>
    public MirrorStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        TemporaryFolders.RemoveStale(Root);
    }

    /// <summary>The folder that holds the mirrors.</summary>
    public string Root { get; }

    /// <summary>The mirror of <paramref name="source"/> (not cloned yet until <see cref="Mirror.SyncAsync"/> or <see cref="Mirror.EnsureCommitsAsync"/>).</summary>
    public Mirror For(RepositorySource source)
    {
        var name = MirrorFolderName.For(source);
        return new Mirror(source, Root, SafePaths.Child(Root, name), SafePaths.Child(Root, name + Mirror.LockFileSuffix));
    }
}
