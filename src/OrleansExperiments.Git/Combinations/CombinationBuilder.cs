using System.Text;
using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Makes the merge commit of a baseline and change branches, entirely in the object database: no working tree,
/// no index, no refs are touched, so a conflict leaves nothing behind. The changes are merged one after another
/// (each a three-way merge with git's rename detection) and the result is recorded as a single commit whose
/// parents are the baseline and every change, in the order given: one commit per ablation cell whose parents
/// say exactly what it combines. libgit2 has no octopus strategy, so the intermediate results are unreferenced
/// commits that git's garbage collection removes.
/// </summary>
internal static class CombinationBuilder
{
    private const string IntermediateMessage = "orlx intermediate combination\n";

    /// <summary>Returns the SHA of the combination commit; throws <see cref="GitRefusedException"/> on a conflict.</summary>
    public static string Build(Repository repository, ResolvedRef baseline, IReadOnlyList<ResolvedRef> changes, string repositoryName)
    {
        EnsureDistinct(changes);
        var baselineCommit = CommitLookup.Find(repository, baseline.Commit, repositoryName);
        var changeCommits = changes.Select(c => CommitLookup.Find(repository, c.Commit, repositoryName)).ToList();
        var signature = CombinationSignature.Create();
        var options = new MergeTreeOptions { FailOnConflict = false };

        var accumulated = baselineCommit;
        var tree = baselineCommit.Tree;
        for (var i = 0; i < changes.Count; i++)
        {
            var result = repository.ObjectDatabase.MergeCommits(accumulated, changeCommits[i], options);
            if (result.Status == MergeTreeStatus.Conflicts)
            {
                throw Conflict(repository, baseline, baselineCommit, changes, changeCommits, i, result, options);
            }
            tree = result.Tree;
            if (i < changes.Count - 1)
            {
                accumulated = repository.ObjectDatabase.CreateCommit(signature, signature, IntermediateMessage, tree,
                    [accumulated, changeCommits[i]], prettifyMessage: false);
            }
        }
        var parents = new[] { baselineCommit }.Concat(changeCommits);
        return repository.ObjectDatabase.CreateCommit(signature, signature, Message(baseline, changes), tree, parents, prettifyMessage: false).Sha;
    }

    private static void EnsureDistinct(IReadOnlyList<ResolvedRef> changes)
    {
        if (changes.Count == 0)
        {
            throw new ArgumentException("A combination needs at least one change.", nameof(changes));
        }
        var repeated = changes.GroupBy(c => c.Commit).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new GitRefusedException(GitRefusal.DuplicateChange,
                $"The changes {string.Join(" and ", repeated.Select(c => $"'{c.Input}'"))} are the same commit {repeated.Key}: list each change once.");
        }
    }

    private static string Message(ResolvedRef baseline, IReadOnlyList<ResolvedRef> changes)
    {
        var message = new StringBuilder();
        message.Append($"orlx combination of {baseline.Name} with {string.Join(" + ", changes.Select(c => c.Name))}\n\n");
        message.Append($"baseline {baseline.Name} {baseline.Commit}\n");
        foreach (var change in changes)
        {
            message.Append($"change {change.Name} {change.Commit}\n");
        }
        return message.ToString();
    }

    private static GitRefusedException Conflict(Repository repository, ResolvedRef baseline, Commit baselineCommit,
        IReadOnlyList<ResolvedRef> changes, IReadOnlyList<Commit> changeCommits, int failed, MergeTreeResult result, MergeTreeOptions options)
    {
        var files = result.Conflicts
            .Select(c => (c.Ours ?? c.Theirs ?? c.Ancestor).Path)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        bool Conflicts(Commit a, Commit b) => repository.ObjectDatabase.MergeCommits(a, b, options).Status == MergeTreeStatus.Conflicts;

        // Name the culprits: merge the failing change pairwise with the baseline and with each earlier change.
        var culprits = new List<string>();
        if (Conflicts(baselineCommit, changeCommits[failed]))
        {
            culprits.Add($"the baseline {baseline.Name} (rebase '{changes[failed].Name}' onto {baseline.Name})");
        }
        culprits.AddRange(Enumerable.Range(0, failed)
            .Where(i => Conflicts(changeCommits[i], changeCommits[failed]))
            .Select(i => $"'{changes[i].Name}'"));
        var onto = string.Join(" + ", new[] { baseline.Name }.Concat(changes.Take(failed).Select(c => c.Name)));
        var culpritText = culprits.Count > 0
            ? $"'{changes[failed].Name}' conflicts with {string.Join(" and with ", culprits)}."
            : $"'{changes[failed].Name}' conflicts only with the combination of the earlier changes.";
        return new GitRefusedException(GitRefusal.MergeConflict,
            $"Cannot combine the changes: merging '{changes[failed].Name}' onto {onto} conflicts in {string.Join(", ", files)}. " +
            $"{culpritText} Make the branches touch different lines (or combine them on a branch of your own) and retry; nothing was run.");
    }
}
