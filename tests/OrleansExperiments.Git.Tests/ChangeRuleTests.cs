using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class ChangeRuleTests(ScenarioFixture scenario) : IClassFixture<ScenarioFixture>
{
    private Mirror Mirror => scenario.Mirror;
    private ResolvedRef Baseline => Mirror.Resolve("main");

    [Fact]
    public void A_branch_with_its_own_commits_is_a_valid_change()
    {
        Assert.Equal(scenario.A, Mirror.ResolveChange("exp/a", Baseline).Commit);
    }

    [Fact]
    public void A_branch_that_forked_before_the_baseline_moved_is_still_a_change()
    {
        Assert.Equal(scenario.Stale, Mirror.ResolveChange("exp/stale", Baseline).Commit);
    }

    [Fact]
    public void A_tag_is_refused_as_not_a_branch()
    {
        var refused = Refused(() => Mirror.ResolveChange("v2", Mirror.Resolve("v1")), GitRefusal.ChangeNotABranch);
        Assert.Contains("The change 'v2' is a tag; a change must be a branch (one branch per change)", refused.Message);
        Assert.Contains("git branch <name>", refused.Message);
    }

    [Fact]
    public void A_bare_commit_is_refused_as_not_a_branch()
    {
        var refused = Refused(() => Mirror.ResolveChange(scenario.A[..10], Baseline), GitRefusal.ChangeNotABranch);
        Assert.Contains("is a commit, not a branch", refused.Message);
    }

    [Fact]
    public void The_baseline_branch_itself_is_refused()
    {
        var refused = Refused(() => Mirror.ResolveChange("main", Baseline), GitRefusal.ChangeIsBaseline);
        Assert.Contains("The change 'main' is the baseline branch itself", refused.Message);
    }

    [Fact]
    public void Head_on_the_baseline_branch_is_refused_as_the_baseline()
    {
        Refused(() => Mirror.ResolveChange("HEAD", Baseline), GitRefusal.ChangeIsBaseline);
    }

    [Fact]
    public void A_branch_whose_commits_are_all_on_the_baseline_is_refused()
    {
        var refused = Refused(() => Mirror.ResolveChange("exp/old", Baseline), GitRefusal.ChangeHasNoNewCommits);
        Assert.Contains("The change branch 'exp/old' has no commits that are not on main", refused.Message);
    }

    [Fact]
    public void A_branch_at_the_baseline_tip_is_refused()
    {
        Refused(() => Mirror.ResolveChange("refs/heads/dup", Baseline), GitRefusal.ChangeHasNoNewCommits);
    }

    [Fact]
    public void An_unknown_change_is_refused_as_unknown()
    {
        Refused(() => Mirror.ResolveChange("exp/missing", Baseline), GitRefusal.UnknownRef);
    }

    private static GitRefusedException Refused(Action action, GitRefusal reason)
    {
        var refused = Assert.Throws<GitRefusedException>(action);
        Assert.Equal(reason, refused.Reason);
        return refused;
    }
}
