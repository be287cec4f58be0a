using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Client.Requests;
using OrleansExperiments.Git;

namespace OrleansExperiments.Client.Preflight;

/// <summary>
/// Practice 3: resolves an ablation's components (each its own branch), makes the combination commits (merges onto
/// the baseline; a conflict refuses the experiment before anything runs) and names the 2^k cells.
/// </summary>
public static class AblationPreflight
{
    public const int MinimumComponents = 2;
    /// <summary>2^4 = 16 cells is the most the factorial analysis (and a seed budget) handles.</summary>
    public const int MaximumComponents = 4;
    public const string CellPrefix = "change";

    public static void RequireComponentCount(IReadOnlyList<string> changes)
    {
        if (changes.Count < MinimumComponents || changes.Count > MaximumComponents)
        {
            throw new PreflightException(
                $"ablate needs {MinimumComponents} to {MaximumComponents} --change branches (got {changes.Count}); for one change use orlx compare.");
        }
        if (changes.Distinct(StringComparer.Ordinal).Count() != changes.Count)
        {
            throw new PreflightException("Each --change may be given once.");
        }
    }

    /// <summary>One arm per subset of the components: <c>baseline</c>, <c>change-1</c>, ..., <c>change-1-2</c>; combinations are merge commits.</summary>
    public static async Task<ImmutableArray<ArmSpec>> CellsAsync(
        RepositoryAtCommits repository, string baselineRef, ResolvedRef baseline, IReadOnlyList<ResolvedRef> changes, CancellationToken cancellationToken)
    {
        var cells = ImmutableArray.CreateBuilder<ArmSpec>();
        for (var mask = 0; mask < 1 << changes.Count; mask++)
        {
            var members = Enumerable.Range(0, changes.Count).Where(i => (mask & (1 << i)) != 0).ToList();
            var refs = members.Select(i => changes[i].Input).ToImmutableArray();
            var commit = members.Count switch
            {
                0 => baseline.Commit,
                1 => changes[members[0]].Commit,
                _ => await Combine(repository, baseline, [.. members.Select(i => changes[i])], cancellationToken),
            };
            var name = members.Count == 0 ? "baseline" : CellPrefix + "-" + string.Join("-", members.Select(i => i + 1));
            cells.Add(new ArmSpec(name, members.Count == 0 ? baselineRef : string.Join("+", refs), commit, refs));
        }
        return cells.ToImmutable();
    }

    private static async Task<string> Combine(RepositoryAtCommits repository, ResolvedRef baseline, IReadOnlyList<ResolvedRef> changes, CancellationToken cancellationToken)
    {
        try
        {
            return (await repository.Mirror.CombineAsync(baseline, changes, cancellationToken)).Commit;
        }
        catch (GitRefusedException e)
        {
            throw new PreflightException($"The changes cannot be combined: {e.Message}", e);
        }
    }
}
