using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class CombinationTests(ScenarioFixture scenario) : IClassFixture<ScenarioFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Mirror Mirror => scenario.Mirror;
    private ResolvedRef Baseline => Mirror.Resolve("main");
    private ResolvedRef Change(string branch) => Mirror.ResolveChange(branch, Baseline);

    [Fact]
    public async Task Two_independent_changes_merge_onto_the_baseline_in_one_commit()
    {
        var combination = await Mirror.CombineAsync(Baseline, [Change("exp/a"), Change("exp/b")]);

        var source = scenario.Source;
        Assert.Equal("ALPHA\nbeta\ngamma", source.Git("show", $"{combination.Commit}:a.txt"));
        Assert.Equal("one\ntwo-main\nTHREE", source.Git("show", $"{combination.Commit}:b.txt"));
        Assert.Equal($"{combination.Commit} {scenario.Main} {scenario.A} {scenario.B}", source.Git("rev-list", "--parents", "-n", "1", combination.Commit));
        Assert.StartsWith("orlx combination of main with exp/a + exp/b", source.Git("log", "-1", "--format=%B", combination.Commit));
    }

    [Fact]
    public async Task Combination_commits_have_a_fixed_signature()
    {
        var combination = await Mirror.CombineAsync(Baseline, [Change("exp/a"), Change("exp/b")]);

        var expected = $"{CombinationSignature.Name} {CombinationSignature.Email} {CombinationSignature.When.ToUnixTimeSeconds()}";
        Assert.Equal($"{expected}|{expected}", scenario.Source.Git("log", "-1", "--format=%an %ae %at|%cn %ce %ct", combination.Commit));
    }

    [Fact]
    public async Task The_same_inputs_give_the_same_commit_in_any_mirror()
    {
        var first = await Mirror.CombineAsync(Baseline, [Change("exp/a"), Change("exp/b")]);
        var again = await Mirror.CombineAsync(Baseline, [Change("exp/a"), Change("exp/b")]);
        var otherMirror = new MirrorStore(_temp.Sub("mirrors")).For(RepositorySource.Parse(new Uri(scenario.Source.Path).AbsoluteUri));
        await otherMirror.SyncAsync();
        var otherBaseline = otherMirror.Resolve("main");
        var elsewhere = await otherMirror.CombineAsync(otherBaseline,
            [otherMirror.ResolveChange("exp/a", otherBaseline), otherMirror.ResolveChange("exp/b", otherBaseline)]);

        Assert.Equal(first, again);
        Assert.Equal(first, elsewhere);
    }

    [Fact]
    public async Task The_combination_is_kept_by_a_ref_in_the_mirror_and_the_users_repository()
    {
        var combination = await Mirror.CombineAsync(Baseline, [Change("exp/b")]);

        Assert.Equal($"refs/orlx/combinations/{combination.Commit}", combination.RefName);
        Assert.Equal(combination.Commit, scenario.Source.Sha(combination.RefName));
        Assert.Equal(combination.Commit, Mirror.Resolve(combination.RefName).Commit);
        Assert.Equal($"{combination.Commit} {scenario.Main} {scenario.B}", scenario.Source.Git("rev-list", "--parents", "-n", "1", combination.Commit));
        scenario.Source.Git("fsck", "--no-dangling", "--no-progress");
    }

    [Fact]
    public async Task A_combination_can_be_tagged_and_checked_out()
    {
        var combination = await Mirror.CombineAsync(Baseline, [Change("exp/a"), Change("exp/b")]);

        await Mirror.TagAsync("ablation", "exp_a+exp_b", combination.Commit);
        var folder = await new CommitCheckouts(_temp.Sub("worktrees")).MaterializeAsync(Mirror, combination.Commit);

        Assert.Equal(combination.Commit, scenario.Source.Sha("orlx/ablation/exp_a+exp_b"));
        Assert.Equal("one\ntwo-main\nTHREE\n", File.ReadAllText(Path.Combine(folder, "b.txt")));
    }

    [Fact]
    public async Task Conflicting_changes_are_refused_naming_branches_and_files_and_leave_no_refs()
    {
        var refsBefore = CombinationRefs();

        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => Mirror.CombineAsync(Baseline, [Change("exp/a"), Change("exp/b"), Change("exp/c")]));

        Assert.Equal(GitRefusal.MergeConflict, refused.Reason);
        Assert.Contains("merging 'exp/c' onto main + exp/a + exp/b conflicts in a.txt.", refused.Message);
        Assert.Contains("'exp/c' conflicts with 'exp/a'.", refused.Message);
        Assert.DoesNotContain("'exp/b'.", refused.Message);
        Assert.Equal(refsBefore, CombinationRefs());
    }

    [Fact]
    public async Task A_change_that_conflicts_with_the_baseline_is_named_as_such()
    {
        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => Mirror.CombineAsync(Baseline, [Change("exp/stale")]));

        Assert.Equal(GitRefusal.MergeConflict, refused.Reason);
        Assert.Contains("conflicts in b.txt", refused.Message);
        Assert.Contains("'exp/stale' conflicts with the baseline main (rebase 'exp/stale' onto main)", refused.Message);
    }

    [Fact]
    public async Task The_same_change_twice_is_refused()
    {
        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => Mirror.CombineAsync(Baseline, [Change("exp/a"), Change("exp/a")]));

        Assert.Equal(GitRefusal.DuplicateChange, refused.Reason);
        Assert.Contains("list each change once", refused.Message);
    }

    private string CombinationRefs() =>
        scenario.Source.Git("for-each-ref", "refs/orlx/combinations") + "|" + GitCli.Run(Mirror.Folder, "for-each-ref", "refs/orlx/combinations");
}
