using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Copies a commit and whatever it needs (trees, blobs, parents) from one repository to another, object by
/// object, skipping what the target already has. libgit2 cannot push to a non-bare local repository, and a
/// fetch would rewrite the user's FETCH_HEAD; writing the few missing objects touches nothing else. Each object
/// is re-created from its content and must come out with the same id, so a copy can never differ from its source.
/// </summary>
internal static class ObjectCopier
{
    /// <summary>Makes sure <paramref name="target"/> holds commit <paramref name="commitSha"/> and everything it reaches.</summary>
    public static void CopyCommit(Repository source, Repository target, string commitSha)
    {
        // Explicit stack instead of recursion: a long missing history must not overflow the call stack.
        var pending = new Stack<Commit>();
        pending.Push(source.Lookup<Commit>(new ObjectId(commitSha)));
        while (pending.Count > 0)
        {
            var commit = pending.Peek();
            if (target.ObjectDatabase.Contains(commit.Id))
            {
                pending.Pop();
                continue;
            }
            var missingParents = commit.Parents.Where(p => !target.ObjectDatabase.Contains(p.Id)).ToList();
            if (missingParents.Count > 0)
            {
                missingParents.ForEach(pending.Push);
                continue;
            }
            pending.Pop();
            var tree = CopyTree(source, target, commit.Tree);
            var parents = commit.Parents.Select(p => target.Lookup<Commit>(p.Id)).ToList();
            var copy = target.ObjectDatabase.CreateCommit(commit.Author, commit.Committer, commit.Message, tree, parents, prettifyMessage: false);
            EnsureSameId(commit, copy);
        }
    }

    private static Tree CopyTree(Repository source, Repository target, Tree tree)
    {
        if (target.Lookup<Tree>(tree.Id) is { } existing)
        {
            return existing;
        }
        var definition = new TreeDefinition();
        foreach (var entry in tree)
        {
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    definition.Add(entry.Name, CopyTree(source, target, (Tree)entry.Target));
                    break;
                case TreeEntryTargetType.Blob:
                    definition.Add(entry.Name, CopyBlob(target, (Blob)entry.Target), entry.Mode);
                    break;
                default:
                    // A submodule entry names a commit of another repository; there is nothing to copy.
                    definition.AddGitLink(entry.Name, entry.Target.Id);
                    break;
            }
        }
        var copy = target.ObjectDatabase.CreateTree(definition);
        EnsureSameId(tree, copy);
        return copy;
    }

    private static Blob CopyBlob(Repository target, Blob blob)
    {
        if (target.Lookup<Blob>(blob.Id) is { } existing)
        {
            return existing;
        }
        using var content = blob.GetContentStream();
        var copy = target.ObjectDatabase.CreateBlob(content);
        EnsureSameId(blob, copy);
        return copy;
    }

    private static void EnsureSameId(GitObject original, GitObject copy)
    {
        if (original.Id != copy.Id)
        {
            throw new InvalidOperationException(
                $"Copying {original.GetType().Name.ToLowerInvariant()} {original.Sha} gave {copy.Sha}: it has a form that cannot be " +
                "re-created (for example a signed commit). Fetch it into the repository with `git fetch` instead.");
        }
    }
}
