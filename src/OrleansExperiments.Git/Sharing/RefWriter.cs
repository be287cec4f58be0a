using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>Creates refs idempotently: an existing ref at the same commit is fine, one at another commit is a conflict.</summary>
internal static class RefWriter
{
    /// <summary>The commit that <paramref name="refName"/> points at (peeling annotated tags), or null if it does not exist.</summary>
    public static string? CurrentCommit(Repository repository, string refName)
    {
        var reference = repository.Refs[refName]?.ResolveToDirectReference();
        return Peeling.ToCommit(repository, reference?.TargetIdentifier);
    }

    /// <summary>Throws <paramref name="conflict"/>'s exception if <paramref name="refName"/> exists at a commit other than <paramref name="commit"/>.</summary>
    public static void EnsureNoConflict(Repository repository, string refName, string commit, Func<string, Exception> conflict)
    {
        var current = CurrentCommit(repository, refName);
        if (current is not null && current != commit)
        {
            throw conflict(current);
        }
    }

    /// <summary>Points <paramref name="refName"/> at <paramref name="commit"/> unless it already does; throws on a conflict.</summary>
    public static void Ensure(Repository repository, string refName, string commit, Func<string, Exception> conflict)
    {
        EnsureNoConflict(repository, refName, commit, conflict);
        try
        {
            repository.Refs.Add(refName, new ObjectId(commit));
        }
        catch (NameConflictException) when (CurrentCommit(repository, refName) is not null)
        {
            // It exists already: made by an earlier call, or by another process since the check; fine only if it agrees.
            EnsureNoConflict(repository, refName, commit, conflict);
        }
    }

    /// <summary>Writes the ref into the mirror and, for a local source, into the user's repository (copying the commit there if needed).</summary>
    public static void EnsureInMirrorAndSource(Repository mirror, RepositorySource source, string refName, string commit,
        Func<string, string, Exception> conflict)
    {
        using var local = source.IsLocal ? new Repository(source.Location) : null;
        var mirrorName = Path.TrimEndingDirectorySeparator(mirror.Info.Path);
        // Check both sides before writing either, so a conflict leaves no half-made refs behind.
        EnsureNoConflict(mirror, refName, commit, current => conflict(mirrorName, current));
        if (local is not null)
        {
            EnsureNoConflict(local, refName, commit, current => conflict(source.Location, current));
        }
        Ensure(mirror, refName, commit, current => conflict(mirrorName, current));
        if (local is not null)
        {
            ObjectCopier.CopyCommit(mirror, local, commit);
            Ensure(local, refName, commit, current => conflict(source.Location, current));
        }
    }
}
