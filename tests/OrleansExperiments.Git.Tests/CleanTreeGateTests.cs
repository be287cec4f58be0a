using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class CleanTreeGateTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly TestRepository _repository;

    public CleanTreeGateTests()
    {
        _repository = TestRepository.Init(_temp.Sub("repo"));
        _repository.Commit("initial", ("tracked.txt", "v1\n"), (".gitignore", "*.log\nbuild/\n"));
    }

    public void Dispose() => _temp.Dispose();

    private RepositorySource Source => RepositorySource.Parse(_repository.Path);

    [Fact]
    public void A_clean_tree_passes() => CleanTreeGate.EnsureClean(Source);

    [Fact]
    public void Ignored_files_do_not_count()
    {
        _repository.Write("trainer.log", "noise");
        _repository.Write("build/out.dll", "binary");

        CleanTreeGate.EnsureClean(Source);
    }

    [Fact]
    public void A_modified_file_is_refused_by_name()
    {
        _repository.Write("tracked.txt", "v2\n");

        var refused = AssertDirty();
        Assert.Contains("tracked.txt (modified)", refused.Message);
    }

    [Fact]
    public void A_staged_file_is_refused()
    {
        _repository.Write("staged.txt", "new\n");
        _repository.Git("add", "staged.txt");

        Assert.Contains("staged.txt (staged)", AssertDirty().Message);
    }

    [Fact]
    public void An_untracked_file_in_a_new_folder_is_refused()
    {
        _repository.Write("new/deep/untracked.py", "print()\n");

        var refused = AssertDirty();
        Assert.Contains("new/deep/untracked.py (untracked)", refused.Message);
    }

    [Fact]
    public void A_deleted_file_is_refused()
    {
        File.Delete(Path.Combine(_repository.Path, "tracked.txt"));

        Assert.Contains("tracked.txt (deleted)", AssertDirty().Message);
    }

    [Fact]
    public void Long_lists_are_cut_after_the_limit()
    {
        var extra = 3;
        for (var i = 0; i < CleanTreeGate.MaxListedPaths + extra; i++)
        {
            _repository.Write($"u{i:D2}.txt", "x");
        }

        var refused = AssertDirty();
        Assert.Contains($"has {CleanTreeGate.MaxListedPaths + extra} uncommitted file(s)", refused.Message);
        Assert.Contains($"and {extra} more", refused.Message);
        Assert.Contains("u09.txt", refused.Message);
        Assert.DoesNotContain("u10.txt", refused.Message);
    }

    [Fact]
    public void A_url_source_has_no_tree_to_check()
    {
        _repository.Write("untracked.txt", "x");

        CleanTreeGate.EnsureClean(RepositorySource.Parse(new Uri(_repository.Path).AbsoluteUri));
    }

    private GitRefusedException AssertDirty()
    {
        var refused = Assert.Throws<GitRefusedException>(() => CleanTreeGate.EnsureClean(Source));
        Assert.Equal(GitRefusal.DirtyTree, refused.Reason);
        Assert.Contains("commit or stash them (untracked files count) and retry", refused.Message);
        return refused;
    }
}
