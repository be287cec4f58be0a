using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class RepositorySourceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_path_inside_a_repository_resolves_to_its_root()
    {
        var repository = TestRepository.Init(_temp.Sub("repo"));
        repository.Commit("one", ("src/x.txt", "x"));

        var source = RepositorySource.Parse(Path.Combine(repository.Path, "src"));

        Assert.True(source.IsLocal);
        Assert.True(source.HasWorkingTree);
        Assert.Equal(repository.Path, source.Location);
    }

    [Fact]
    public void A_bare_repository_is_local_without_a_working_tree()
    {
        var bare = TestRepository.Init(_temp.Sub("bare.git"), bare: true);

        var source = RepositorySource.Parse(bare.Path);

        Assert.True(source.IsLocal);
        Assert.False(source.HasWorkingTree);
    }

    [Theory]
    [InlineData("https://github.com/org/repo.git")]
    [InlineData("ssh://git@host/org/repo")]
    [InlineData("git@github.com:org/repo.git")]
    [InlineData("file:///srv/repo")]
    public void Urls_are_not_local(string url)
    {
        var source = RepositorySource.Parse(url);

        Assert.False(source.IsLocal);
        Assert.False(source.HasWorkingTree);
        Assert.Equal(url, source.Location);
    }

    [Fact]
    public void A_missing_folder_is_refused()
    {
        var refused = Assert.Throws<GitRefusedException>(() => RepositorySource.Parse(_temp.Sub("nope")));
        Assert.Equal(GitRefusal.InvalidSource, refused.Reason);
        Assert.Contains("does not exist", refused.Message);
    }

    [Fact]
    public void A_folder_outside_any_repository_is_refused()
    {
        var refused = Assert.Throws<GitRefusedException>(() => RepositorySource.Parse(_temp.Path));
        Assert.Contains("is not inside a git repository", refused.Message);
    }

    [Theory]
    [InlineData("ftp://host/repo")]
    [InlineData("ext::sh -c touch% /tmp/pwned")]
    public void Unsupported_url_schemes_are_refused(string url)
    {
        var refused = Assert.Throws<GitRefusedException>(() => RepositorySource.Parse(url));
        Assert.Equal(GitRefusal.InvalidSource, refused.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--upload-pack=evil")]
    [InlineData("repo\nwith newline")]
    public void Option_like_and_empty_sources_are_refused(string text)
    {
        var refused = Assert.Throws<GitRefusedException>(() => RepositorySource.Parse(text));
        Assert.Contains("give a path to a git repository or a URL", refused.Message);
    }
}
