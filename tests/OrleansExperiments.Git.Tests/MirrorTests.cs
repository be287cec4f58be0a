using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class MirrorTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly TestRepository _source;
    private readonly string _first;
    private readonly MirrorStore _store;

    public MirrorTests()
    {
        _source = TestRepository.Init(_temp.Sub("source"));
        _first = _source.Commit("first", ("a.txt", "1"));
        _source.Git("branch", "exp/gone");
        _store = new MirrorStore(_temp.Sub("mirrors"));
    }

    public void Dispose() => _temp.Dispose();

    private Mirror LocalMirror => _store.For(RepositorySource.Parse(_source.Path));

    [Fact]
    public async Task A_fetch_picks_up_a_new_commit()
    {
        var mirror = LocalMirror;
        await mirror.SyncAsync();
        Assert.Equal(_first, mirror.Resolve("main").Commit);

        var second = _source.Commit("second", ("a.txt", "2"));
        Assert.Equal(_first, mirror.Resolve("main").Commit);
        await mirror.SyncAsync();

        Assert.Equal(second, mirror.Resolve("main").Commit);
    }

    [Fact]
    public async Task A_deleted_branch_is_pruned_but_the_grids_tags_survive()
    {
        var mirror = LocalMirror;
        await mirror.SyncAsync();
        Assert.Equal(_first, mirror.Resolve("exp/gone").Commit);
        var urlMirror = _store.For(RepositorySource.Parse(new Uri(_source.Path).AbsoluteUri));
        await urlMirror.SyncAsync();
        await urlMirror.TagAsync("e1", "baseline", _first);

        _source.Git("branch", "-D", "exp/gone");
        await mirror.SyncAsync();
        await urlMirror.SyncAsync();

        Assert.Equal(GitRefusal.UnknownRef, Assert.Throws<GitRefusedException>(() => mirror.Resolve("exp/gone")).Reason);
        Assert.Equal(_first, urlMirror.Resolve("orlx/e1/baseline").Commit);
    }

    [Fact]
    public async Task A_url_source_is_mirrored_in_its_own_folder()
    {
        var local = LocalMirror;
        var url = _store.For(RepositorySource.Parse(new Uri(_source.Path).AbsoluteUri));
        await url.SyncAsync();

        Assert.NotEqual(local.Folder, url.Folder);
        Assert.Equal(_first, url.Resolve("main").Commit);
    }

    [Fact]
    public void Mirror_folders_stay_under_the_root_whatever_the_source_looks_like()
    {
        foreach (var text in new[] { "https://host/../../../../etc/x", "https://host/a/..", "git@host:....git", "https://host/%2e%2e/" })
        {
            var folder = _store.For(RepositorySource.Parse(text)).Folder;

            Assert.Equal(_store.Root, Path.GetDirectoryName(folder));
            Assert.Matches("^[A-Za-z0-9_.-]+-[0-9a-f]{16}$", Path.GetFileName(folder));
            Assert.False(Path.GetFileName(folder).StartsWith('.'));
        }
    }

    [Fact]
    public async Task Ensure_commits_fetches_only_when_a_commit_is_missing()
    {
        var mirror = LocalMirror;
        await mirror.EnsureCommitsAsync([_first]);
        var second = _source.Commit("second", ("a.txt", "2"));

        await mirror.EnsureCommitsAsync([_first]);
        Assert.Equal(_first, mirror.Resolve("main").Commit);
        await mirror.EnsureCommitsAsync([second]);
        Assert.Equal(second, mirror.Resolve("main").Commit);
    }

    [Fact]
    public async Task A_commit_missing_even_after_fetching_is_refused()
    {
        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => LocalMirror.EnsureCommitsAsync([new string('1', 40)]));

        Assert.Equal(GitRefusal.MissingCommit, refused.Reason);
        Assert.Contains("even after fetching", refused.Message);
    }

    [Fact]
    public async Task An_unreachable_url_is_refused_and_leaves_no_folder()
    {
        var mirror = _store.For(RepositorySource.Parse(new Uri(_temp.Sub("no-such-repo")).AbsoluteUri));

        var refused = await Assert.ThrowsAsync<GitRefusedException>(() => mirror.SyncAsync());

        Assert.Equal(GitRefusal.SourceUnreachable, refused.Reason);
        Assert.Contains("Could not fetch", refused.Message);
        Assert.False(Directory.Exists(mirror.Folder));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_store.Root), d => Path.GetFileName(d).StartsWith(".tmp-"));
    }

    [Fact]
    public void Reading_a_mirror_before_it_is_synced_says_so()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LocalMirror.Resolve("main"));
        Assert.Contains("call SyncAsync first", error.Message);
    }

    [Fact]
    public async Task A_damaged_mirror_is_cloned_again()
    {
        var mirror = LocalMirror;
        Directory.CreateDirectory(mirror.Folder);
        File.WriteAllText(Path.Combine(mirror.Folder, "junk"), "not a repository");

        await mirror.SyncAsync();

        Assert.Equal(_first, mirror.Resolve("main").Commit);
    }

    [Fact]
    public async Task Concurrent_syncs_of_one_mirror_from_many_workers_all_succeed()
    {
        var workers = Enumerable.Range(0, 6).Select(_ => Task.Run(() => _store.For(RepositorySource.Parse(_source.Path)).SyncAsync()));

        await Task.WhenAll(workers);

        Assert.Equal(_first, LocalMirror.Resolve("main").Commit);
    }

    [Fact]
    public async Task Syncing_leaves_a_lock_file_next_to_the_mirror()
    {
        var mirror = LocalMirror;
        await mirror.SyncAsync();

        Assert.True(File.Exists(mirror.Folder + Mirror.LockFileSuffix));
    }
}
