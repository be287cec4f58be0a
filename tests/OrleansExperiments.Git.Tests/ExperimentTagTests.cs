using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class ExperimentTagTests(ScenarioFixture scenario) : IClassFixture<ScenarioFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Mirror Mirror => scenario.Mirror;

    [Fact]
    public async Task A_tag_is_made_in_the_mirror_and_shown_by_git_tag_in_the_users_repository()
    {
        var tag = await Mirror.TagAsync("visible", "baseline", scenario.Main);

        Assert.Equal("orlx/visible/baseline", tag);
        Assert.Equal(tag, scenario.Source.Git("tag", "-l", "orlx/visible/*"));
        Assert.Equal(scenario.Main, scenario.Source.Sha(tag));
        Assert.Equal(new ResolvedRef(tag, RefKind.Tag, tag, scenario.Main), Mirror.Resolve(tag));
    }

    [Fact]
    public async Task Tagging_the_same_commit_again_is_fine()
    {
        await Mirror.TagAsync("again", "change", scenario.A);
        await Mirror.TagAsync("again", "change", scenario.A);

        Assert.Equal(scenario.A, scenario.Source.Sha("orlx/again/change"));
    }

    [Fact]
    public async Task A_tag_that_points_elsewhere_is_refused()
    {
        await Mirror.TagAsync("moved", "change", scenario.A);

        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => Mirror.TagAsync("moved", "change", scenario.B));

        Assert.Equal(GitRefusal.TagConflict, refused.Reason);
        Assert.Contains($"Tag orlx/moved/change in {Mirror.Folder} already points at {scenario.A}, not {scenario.B}", refused.Message);
        Assert.Equal(scenario.A, scenario.Source.Sha("orlx/moved/change"));
    }

    [Fact]
    public async Task A_conflicting_tag_in_the_users_repository_is_refused_before_the_mirror_is_touched()
    {
        scenario.Source.Git("tag", "orlx/handmade/baseline", scenario.Root);

        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => Mirror.TagAsync("handmade", "baseline", scenario.Main));

        Assert.Equal(GitRefusal.TagConflict, refused.Reason);
        Assert.Contains(scenario.Source.Path, refused.Message);
        Assert.Equal("", GitCli.Run(Mirror.Folder, "tag", "-l", "orlx/handmade/*"));
    }

    [Theory]
    [InlineData("../../x", "baseline")]
    [InlineData("ok", "a/b")]
    [InlineData("ok", "")]
    public async Task Unsafe_experiment_ids_and_arms_are_refused(string experimentId, string arm)
    {
        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => Mirror.TagAsync(experimentId, arm, scenario.Main));

        Assert.Equal(GitRefusal.InvalidName, refused.Reason);
    }

    [Fact]
    public async Task Tagging_a_commit_the_mirror_lacks_is_refused()
    {
        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => Mirror.TagAsync("ghost", "baseline", new string('c', 40)));

        Assert.Equal(GitRefusal.MissingCommit, refused.Reason);
    }

    [Fact]
    public async Task A_url_source_is_tagged_in_the_mirror_only()
    {
        var mirror = new MirrorStore(_temp.Sub("mirrors")).For(RepositorySource.Parse(new Uri(scenario.Source.Path).AbsoluteUri));
        await mirror.SyncAsync();

        await mirror.TagAsync("remote-only", "baseline", scenario.Main);

        Assert.Equal(scenario.Main, mirror.Resolve("orlx/remote-only/baseline").Commit);
        Assert.Equal("", scenario.Source.Git("tag", "-l", "orlx/remote-only/*"));
    }
}
