using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// The bare mirror of one repository on this machine, obtained from <see cref="MirrorStore.For"/>.
/// Reads (resolving refs, hashing, checking out) need no lock: git writes objects before refs and refs
/// atomically. Writes (clone, fetch, tags, combination refs, and the refs copied into a local source) hold the
/// mirror's lock file, which serializes them across the threads of this process and across processes.
/// Every method opens its own <see cref="Repository"/>, so one <see cref="Mirror"/> can serve several workers.
/// </summary>
public sealed class Mirror
{
    /// <summary>Suffix of the lock file that sits next to the mirror folder.</summary>
    public const string LockFileSuffix = ".lock";

    /// <summary>Longest wait for the mirror's lock: long enough for another worker's first clone of a large repository.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    private readonly string _root;
    private readonly string _lockPath;

    internal Mirror(RepositorySource source, string root, string folder, string lockPath)
    {
        Source = source;
        Folder = folder;
        _root = root;
        _lockPath = lockPath;
    }

    /// <summary>Where the repository comes from.</summary>
    public RepositorySource Source { get; }

    /// <summary>The mirror's bare repository folder.</summary>
    public string Folder { get; }

    /// <summary>Clones the source if there is no usable mirror yet, otherwise fetches all branches and tags (pruning deleted branches).</summary>
    public async Task SyncAsync(CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        SyncHoldingLock();
    }

    /// <summary>
    /// Makes sure the mirror holds every commit in <paramref name="commitShas"/>, fetching only if one is missing
    /// (what a worker on another machine calls before it runs a commit).
    /// </summary>
    public async Task EnsureCommitsAsync(IEnumerable<string> commitShas, CancellationToken cancellationToken = default)
    {
        var wanted = commitShas.Select(CommitIds.Validate).ToList();
        if (Missing(wanted).Count == 0)
        {
            return;
        }
        using (await LockAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Missing(wanted).Count > 0)
            {
                SyncHoldingLock();
            }
        }
        var missing = Missing(wanted);
        if (missing.Count > 0)
        {
            throw new GitRefusedException(GitRefusal.MissingCommit,
                $"Commit(s) {string.Join(", ", missing)} are not in {Source} even after fetching: " +
                "they may have been rewritten away; push them or rerun from a current commit.");
        }
    }

    /// <summary>
    /// Resolves a branch, tag, full ref name, full or short SHA, or <c>HEAD</c> (the source's HEAD: for a local
    /// source on a branch, that branch) to a commit in the mirror. Call <see cref="SyncAsync"/> first.
    /// </summary>
    public ResolvedRef Resolve(string refText)
    {
        RefNames.Validate(refText);
        using var repository = Open();
        return refText == "HEAD" ? ResolveSourceHead(repository) : RefResolver.Resolve(repository, refText, Source.Location);
    }

    /// <summary>Resolves a change and applies the one-branch-per-change rule against <paramref name="baseline"/>.</summary>
    public ResolvedRef ResolveChange(string refText, ResolvedRef baseline)
    {
        var change = Resolve(refText);
        using var repository = Open();
        ChangeRule.Ensure(repository, baseline, change, Source.Location);
        return change;
    }

    /// <summary>Build-cache key: SHA-256 over the listed paths' modes and object ids at the commit (no paths: the whole tree).</summary>
    public string TreeHash(string commitSha, IEnumerable<string> paths)
    {
        using var repository = Open();
        return TreeHasher.Hash(CommitLookup.Find(repository, commitSha, Source.Location), paths);
    }

    /// <summary>The text of one file at the commit, or null when the commit has no such file (e.g. the manifest, before anything is checked out).</summary>
    public string? ReadText(string commitSha, string path)
    {
        using var repository = Open();
        return CommitLookup.Find(repository, commitSha, Source.Location)[RepoPaths.Normalize(path)]?.Target is Blob blob
            ? blob.GetContentText()
            : null;
    }

    /// <summary>Metric input fingerprint of the listed files and folders at the commit; refuses missing paths, naming them.</summary>
    public InputFingerprint HashInputs(string commitSha, IEnumerable<string> paths)
    {
        using var repository = Open();
        return InputHasher.Hash(CommitLookup.Find(repository, commitSha, Source.Location), paths);
    }

    /// <summary>
    /// Tags <paramref name="commitSha"/> as <c>orlx/&lt;experimentId&gt;/&lt;arm&gt;</c> in the mirror and, for a local
    /// source, in the user's repository. Idempotent; a tag at another commit is refused. Returns the tag name.
    /// </summary>
    public async Task<string> TagAsync(string experimentId, string arm, string commitSha, CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        using var repository = Open();
        return ExperimentTagger.Tag(repository, Source, experimentId, arm, commitSha);
    }

    /// <summary>
    /// Makes the merge commit of <paramref name="baseline"/> and <paramref name="changes"/> (in the given order), with a
    /// fixed signature so the same inputs always give the same SHA, and keeps it under
    /// <c>refs/orlx/combinations/&lt;sha&gt;</c> in the mirror and, for a local source, in the user's repository.
    /// A conflict is refused, naming the branches and files, before any ref is written.
    /// </summary>
    public async Task<Combination> CombineAsync(ResolvedRef baseline, IReadOnlyList<ResolvedRef> changes, CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        using var repository = Open();
        var commit = CombinationBuilder.Build(repository, baseline, changes, Source.Location);
        var refName = Combination.RefPrefix + commit;
        RefWriter.EnsureInMirrorAndSource(repository, Source, refName, commit,
            (where, current) => new InvalidOperationException($"{refName} in {where} points at {current}; combination refs never move. Delete it."));
        return new Combination(commit, refName);
    }

    /// <summary>Opens the mirror's repository; the caller disposes it.</summary>
    internal Repository Open()
    {
        if (!Repository.IsValid(Folder))
        {
            throw new InvalidOperationException($"The mirror of {Source} at {Folder} does not exist yet: call SyncAsync first.");
        }
        return new Repository(Folder);
    }

    private Task<FileLock> LockAsync(CancellationToken cancellationToken) =>
        FileLock.AcquireAsync(_lockPath, LockTimeout, cancellationToken);

    private void SyncHoldingLock()
    {
        if (MirrorFetcher.IsUsable(Folder, Source))
        {
            using var repository = new Repository(Folder);
            MirrorFetcher.Fetch(repository, Source);
            return;
        }
        if (Directory.Exists(Folder))
        {
            // Damaged or foreign content: start over rather than fetch into it.
            TemporaryFolders.Discard(_root, Folder);
        }
        MirrorFetcher.Clone(Source, _root, Folder);
    }

    private List<string> Missing(IEnumerable<string> commits)
    {
        if (!Repository.IsValid(Folder))
        {
            return commits.ToList();
        }
        using var repository = new Repository(Folder);
        return commits.Where(c => repository.Lookup<Commit>(new ObjectId(c)) is null).ToList();
    }

    private ResolvedRef ResolveSourceHead(Repository mirror)
    {
        if (Source.IsLocal)
        {
            using var local = new Repository(Source.Location);
            if (local.Info.IsHeadUnborn)
            {
                throw new GitRefusedException(GitRefusal.UnknownRef, $"HEAD of {Source} has no commits yet: commit first.");
            }
            if (!local.Info.IsHeadDetached)
            {
                return RefResolver.Resolve(mirror, local.Head.CanonicalName, Source.Location) with { Input = "HEAD" };
            }
        }
        var head = RefWriter.CurrentCommit(mirror, MirrorFetcher.SourceHeadRef)
            ?? throw new GitRefusedException(GitRefusal.UnknownRef, $"HEAD of {Source} is not in its mirror: sync the mirror first.");
        return new ResolvedRef("HEAD", RefKind.Commit, head, head);
    }
}
