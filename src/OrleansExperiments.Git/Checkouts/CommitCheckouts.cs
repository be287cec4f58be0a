namespace OrleansExperiments.Git;

/// <summary>
/// One read-only-by-convention checkout per commit under a root folder (the grid passes
/// <c>$ORLX_HOME/worktrees</c>): commit C lives in <c>&lt;root&gt;/&lt;sha&gt;</c>.
/// <para>
/// A plain export of the commit's files rather than a <c>git worktree</c>: worktrees register themselves in the
/// mirror (<c>worktrees/</c> entries that need pruning, and concurrent adds mutate the mirror's shared state) and
/// record their own path, so the build-then-rename that makes creation atomic would break them. The trainer and
/// its build need the files, not a repository.
/// </para>
/// <para>
/// Each checkout is written into a temporary folder, marked complete with <see cref="MarkerFileName"/>, and renamed
/// into place; when two callers race, one rename wins and the other uses the winner's folder. A folder without a
/// valid marker is moved aside (under a lock file) and written again.
/// </para>
/// </summary>
public sealed class CommitCheckouts
{
    /// <summary>File in each checkout's root that holds its commit SHA; its presence means the checkout is complete.</summary>
    public const string MarkerFileName = ".orlx-commit";

    /// <summary>How many times a caller retries after losing a race against a concurrent repair of the same checkout.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Lock file taken while a broken checkout is moved aside (rare, so one lock for the whole root is enough).</summary>
    public const string RepairLockFileName = ".repair.lock";

    /// <summary>Longest wait for the repair lock; moving a folder aside takes milliseconds.</summary>
    public static readonly TimeSpan RepairLockTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Creates the store, creating <paramref name="root"/> if needed and removing leftovers of crashed writers.</summary>
    public CommitCheckouts(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        TemporaryFolders.RemoveStale(Root);
    }

    /// <summary>The folder that holds the checkouts.</summary>
    public string Root { get; }

    /// <summary>Where commit <paramref name="commitSha"/> is (or will be) checked out.</summary>
    public string PathFor(string commitSha) => SafePaths.Child(Root, CommitIds.Validate(commitSha));

    /// <summary>True if the checkout of <paramref name="commitSha"/> exists and is complete.</summary>
    public bool IsIntact(string commitSha)
    {
        var marker = Path.Combine(PathFor(commitSha), MarkerFileName);
        return File.Exists(marker) && File.ReadAllText(marker).Trim() == CommitIds.Validate(commitSha);
    }

    /// <summary>Checks out commit <paramref name="commitSha"/> from <paramref name="mirror"/> unless an intact checkout exists; returns its folder.</summary>
    public async Task<string> MaterializeAsync(Mirror mirror, string commitSha, CancellationToken cancellationToken = default)
    {
        var sha = CommitIds.Validate(commitSha);
        var final = PathFor(sha);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (IsIntact(sha))
            {
                return final;
            }
            if (Directory.Exists(final))
            {
                await DiscardBrokenAsync(sha, final, cancellationToken).ConfigureAwait(false);
            }
            if (TryWrite(mirror, sha, final))
            {
                return final;
            }
        }
        throw new IOException($"Could not check out {sha} into {final}: it kept changing while being written. Retry.");
    }

    private async Task DiscardBrokenAsync(string sha, string final, CancellationToken cancellationToken)
    {
        // Complete checkouts appear only by rename, and a rename cannot land while the broken folder is there; under
        // the lock nobody else can remove it either, so a folder seen broken here is still broken when discarded.
        using var held = await FileLock.AcquireAsync(SafePaths.Child(Root, RepairLockFileName), RepairLockTimeout, cancellationToken)
            .ConfigureAwait(false);
        if (Directory.Exists(final) && !IsIntact(sha))
        {
            TemporaryFolders.Discard(Root, final);
        }
    }

    private bool TryWrite(Mirror mirror, string sha, string final)
    {
        var temporary = TemporaryFolders.NewFor(Root, sha);
        try
        {
            using (var repository = mirror.Open())
            {
                var commit = CommitLookup.Find(repository, sha, mirror.Source.Location);
                TreeExporter.Export(commit.Tree, temporary, sha);
            }
            File.WriteAllText(Path.Combine(temporary, MarkerFileName), sha);
            Directory.Move(temporary, final);
            return true;
        }
        catch (IOException) when (Directory.Exists(final))
        {
            // Another caller renamed its copy into place first; the loop checks it.
            return false;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                TemporaryFolders.DeleteQuietly(temporary);
            }
        }
    }
}
