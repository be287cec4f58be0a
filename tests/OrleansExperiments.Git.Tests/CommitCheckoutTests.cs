using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class CommitCheckoutTests(ScenarioFixture scenario) : IClassFixture<ScenarioFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private CommitCheckouts NewCheckouts() => new(Path.Combine(_temp.Path, "worktrees"));

    [Fact]
    public async Task A_commit_is_checked_out_exactly_as_committed()
    {
        var folder = await NewCheckouts().MaterializeAsync(scenario.Mirror, scenario.A);

        Assert.Equal(Path.Combine(_temp.Path, "worktrees", scenario.A), folder);
        Assert.Equal("ALPHA\nbeta\ngamma\n", File.ReadAllText(Path.Combine(folder, "a.txt")));
        Assert.Equal("class Helper {}\n", File.ReadAllText(Path.Combine(folder, "eval", "sub", "Helper.cs")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(Path.Combine(folder, "run.sh")).HasFlag(UnixFileMode.UserExecute));
            Assert.False(File.GetUnixFileMode(Path.Combine(folder, "a.txt")).HasFlag(UnixFileMode.UserExecute));
        }
        Assert.Equal("a.txt", new FileInfo(Path.Combine(folder, "link-to-a")).LinkTarget);
        Assert.False(Directory.Exists(Path.Combine(folder, ".git")));
        Assert.Equal(scenario.A, File.ReadAllText(Path.Combine(folder, CommitCheckouts.MarkerFileName)));
    }

    [Fact]
    public async Task An_intact_checkout_is_reused_as_is()
    {
        var checkouts = NewCheckouts();
        var folder = await checkouts.MaterializeAsync(scenario.Mirror, scenario.B);
        var buildOutput = Path.Combine(folder, "obj", "built.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(buildOutput)!);
        File.WriteAllText(buildOutput, "kept");

        Assert.Equal(folder, await checkouts.MaterializeAsync(scenario.Mirror, scenario.B));
        Assert.True(File.Exists(buildOutput));
    }

    [Fact]
    public async Task A_checkout_without_its_marker_is_written_again()
    {
        var checkouts = NewCheckouts();
        var folder = await checkouts.MaterializeAsync(scenario.Mirror, scenario.C);
        File.Delete(Path.Combine(folder, CommitCheckouts.MarkerFileName));
        File.Delete(Path.Combine(folder, "a.txt"));
        Assert.False(checkouts.IsIntact(scenario.C));

        await checkouts.MaterializeAsync(scenario.Mirror, scenario.C);

        Assert.True(checkouts.IsIntact(scenario.C));
        Assert.Equal("alpha-c\nbeta\ngamma\n", File.ReadAllText(Path.Combine(folder, "a.txt")));
    }

    [Fact]
    public async Task Racing_materializations_of_one_commit_agree_and_leave_no_temporary_folders()
    {
        var checkouts = NewCheckouts();
        var racers = Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => checkouts.MaterializeAsync(scenario.Mirror, scenario.Main)));

        var folders = await Task.WhenAll(racers);

        Assert.Single(folders.Distinct());
        Assert.True(checkouts.IsIntact(scenario.Main));
        Assert.Equal("one\ntwo-main\nthree\n", File.ReadAllText(Path.Combine(folders[0], "b.txt")));
        Assert.Equal([scenario.Main], Directory.EnumerateDirectories(checkouts.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Racing_stores_on_the_same_root_agree()
    {
        var root = Path.Combine(_temp.Path, "worktrees");
        var racers = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => new CommitCheckouts(root).MaterializeAsync(scenario.Mirror, scenario.Stale)));

        var folders = await Task.WhenAll(racers);

        Assert.Single(folders.Distinct());
        Assert.Equal("one\ntwo-stale\nthree\n", File.ReadAllText(Path.Combine(folders[0], "b.txt")));
    }

    [Fact]
    public async Task A_commit_the_mirror_lacks_is_refused()
    {
        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => NewCheckouts().MaterializeAsync(scenario.Mirror, new string('e', 40)));

        Assert.Equal(GitRefusal.MissingCommit, refused.Reason);
    }

    [Fact]
    public async Task A_non_sha_cannot_name_a_folder()
    {
        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => NewCheckouts().MaterializeAsync(scenario.Mirror, "../../etc"));

        Assert.Equal(GitRefusal.InvalidName, refused.Reason);
    }
}
