using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class RefResolutionTests(ScenarioFixture scenario) : IClassFixture<ScenarioFixture>
{
    private Mirror Mirror => scenario.Mirror;

    [Fact]
    public void A_branch_resolves_to_its_tip()
    {
        var resolved = Mirror.Resolve("exp/a");

        Assert.Equal(new ResolvedRef("exp/a", RefKind.Branch, "exp/a", scenario.A), resolved);
        Assert.Equal("refs/heads/exp/a", resolved.CanonicalName);
    }

    [Fact]
    public void A_lightweight_tag_resolves_to_its_commit()
    {
        Assert.Equal(new ResolvedRef("v1", RefKind.Tag, "v1", scenario.Root), Mirror.Resolve("v1"));
    }

    [Fact]
    public void An_annotated_tag_is_peeled_to_its_commit()
    {
        var resolved = Mirror.Resolve("v2");

        Assert.Equal(RefKind.Tag, resolved.Kind);
        Assert.Equal(scenario.Main, resolved.Commit);
    }

    [Fact]
    public void Full_and_short_shas_resolve_to_commits()
    {
        Assert.Equal(new ResolvedRef(scenario.A, RefKind.Commit, scenario.A, scenario.A), Mirror.Resolve(scenario.A));
        var shortSha = scenario.B[..7];
        Assert.Equal(new ResolvedRef(shortSha, RefKind.Commit, scenario.B, scenario.B), Mirror.Resolve(shortSha));
    }

    [Fact]
    public void Full_ref_names_are_accepted()
    {
        Assert.Equal(RefKind.Branch, Mirror.Resolve("refs/heads/dup").Kind);
        Assert.Equal(RefKind.Tag, Mirror.Resolve("refs/tags/dup").Kind);
    }

    [Fact]
    public void Head_of_a_local_source_on_a_branch_is_that_branch()
    {
        var resolved = Mirror.Resolve("HEAD");

        Assert.Equal(new ResolvedRef("HEAD", RefKind.Branch, "main", scenario.Main), resolved);
    }

    [Fact]
    public void A_name_that_is_both_a_branch_and_a_tag_is_refused_as_ambiguous()
    {
        var refused = Assert.Throws<GitRefusedException>(() => Mirror.Resolve("dup"));

        Assert.Equal(GitRefusal.AmbiguousRef, refused.Reason);
        Assert.Contains("both a branch and a tag", refused.Message);
        Assert.Contains("refs/heads/dup or refs/tags/dup", refused.Message);
    }

    [Fact]
    public void An_unknown_ref_is_refused_with_similar_branch_names()
    {
        var refused = Assert.Throws<GitRefusedException>(() => Mirror.Resolve("exp/aa"));

        Assert.Equal(GitRefusal.UnknownRef, refused.Reason);
        Assert.Contains("Unknown ref 'exp/aa'", refused.Message);
        Assert.Contains("Similar branches: exp/a", refused.Message);
        Assert.DoesNotContain("exp/stale", refused.Message);
    }

    [Fact]
    public void A_remote_style_name_suggests_the_branch()
    {
        var refused = Assert.Throws<GitRefusedException>(() => Mirror.Resolve("origin/exp/stale"));

        Assert.Contains("Similar branches: exp/stale", refused.Message);
    }

    [Fact]
    public void An_unknown_name_with_nothing_similar_has_no_suggestions()
    {
        var refused = Assert.Throws<GitRefusedException>(() => Mirror.Resolve("completely-different-name"));

        Assert.DoesNotContain("Similar branches", refused.Message);
    }

    [Fact]
    public void An_unknown_sha_is_refused()
    {
        var refused = Assert.Throws<GitRefusedException>(() => Mirror.Resolve(new string('0', 40)));
        Assert.Equal(GitRefusal.UnknownRef, refused.Reason);
    }

    [Fact]
    public void Revision_syntax_is_refused_as_an_invalid_name()
    {
        var refused = Assert.Throws<GitRefusedException>(() => Mirror.Resolve("main~1"));
        Assert.Equal(GitRefusal.InvalidName, refused.Reason);
    }
}

public sealed class DetachedHeadTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_detached_head_resolves_to_its_commit_even_when_no_branch_holds_it()
    {
        var repository = TestRepository.Init(_temp.Sub("repo"));
        repository.Commit("one", ("a.txt", "1"));
        repository.Git("checkout", "-q", "--detach");
        var detached = repository.Commit("detached only", ("a.txt", "2"));
        var mirror = new MirrorStore(_temp.Sub("mirrors")).For(RepositorySource.Parse(repository.Path));
        await mirror.SyncAsync();

        Assert.Equal(new ResolvedRef("HEAD", RefKind.Commit, detached, detached), mirror.Resolve("HEAD"));
    }

    [Fact]
    public async Task Head_of_a_url_source_is_the_remote_default_branch_commit()
    {
        var repository = TestRepository.Init(_temp.Sub("repo"));
        var tip = repository.Commit("one", ("a.txt", "1"));
        var mirror = new MirrorStore(_temp.Sub("mirrors")).For(RepositorySource.Parse(new Uri(repository.Path).AbsoluteUri));
        await mirror.SyncAsync();

        Assert.Equal(new ResolvedRef("HEAD", RefKind.Commit, tip, tip), mirror.Resolve("HEAD"));
    }
}
