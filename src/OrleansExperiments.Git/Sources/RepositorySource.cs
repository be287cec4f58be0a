using System.Text.RegularExpressions;
using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Where a repository comes from: a local path (with a working tree that the clean-tree gate checks,
/// and that receives the experiment tags) or a URL (cloned as is; no working tree to check).
/// </summary>
public sealed partial record RepositorySource
{
    private static readonly string[] UrlSchemes = ["https", "http", "ssh", "git", "file"];

    private RepositorySource(string location, bool isLocal, bool hasWorkingTree)
    {
        Location = location;
        IsLocal = isLocal;
        HasWorkingTree = hasWorkingTree;
    }

    /// <summary>The repository's full local path (its working-tree root, or the folder of a bare repository) or its URL.</summary>
    public string Location { get; }

    /// <summary>True for a repository on this machine's file system given as a path.</summary>
    public bool IsLocal { get; }

    /// <summary>True when the source is a local repository with a working tree (not bare).</summary>
    public bool HasWorkingTree { get; }

    /// <summary>
    /// Reads a <c>--repo</c> argument: a URL (https, http, ssh, git, file, or scp-like <c>user@host:path</c>)
    /// or a path to a repository or any folder inside one.
    /// </summary>
    public static RepositorySource Parse(string pathOrUrl)
    {
        if (string.IsNullOrWhiteSpace(pathOrUrl) || pathOrUrl.StartsWith('-') || pathOrUrl.Any(char.IsControl))
        {
            throw new GitRefusedException(GitRefusal.InvalidSource,
                $"Invalid repository '{pathOrUrl}': give a path to a git repository or a URL.");
        }
        return LooksLikeUrl(pathOrUrl) ? FromUrl(pathOrUrl) : FromPath(pathOrUrl);
    }

    /// <inheritdoc/>
    public override string ToString() => Location;

    private static bool LooksLikeUrl(string text) => text.Contains("://", StringComparison.Ordinal) || ScpLikeUrl().IsMatch(text);

    private static RepositorySource FromUrl(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0 && !UrlSchemes.Contains(url[..schemeEnd], StringComparer.OrdinalIgnoreCase))
        {
            throw new GitRefusedException(GitRefusal.InvalidSource,
                $"Unsupported repository URL '{url}': use one of {string.Join(", ", UrlSchemes.Select(s => s + "://"))} or user@host:path.");
        }
        return new RepositorySource(url.TrimEnd('/'), isLocal: false, hasWorkingTree: false);
    }

    private static RepositorySource FromPath(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!Directory.Exists(fullPath))
        {
            throw new GitRefusedException(GitRefusal.InvalidSource, $"Repository folder '{fullPath}' does not exist.");
        }
        var gitDirectory = Repository.Discover(fullPath)
            ?? throw new GitRefusedException(GitRefusal.InvalidSource,
                $"'{fullPath}' is not inside a git repository: run `git init` and commit, or pass the repository's path.");
        using var repository = new Repository(gitDirectory);
        var root = repository.Info.WorkingDirectory ?? repository.Info.Path;
        return new RepositorySource(Path.TrimEndingDirectorySeparator(root), isLocal: true,
            hasWorkingTree: repository.Info.WorkingDirectory is not null);
    }

    [GeneratedRegex(@"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:", RegexOptions.CultureInvariant)]
    private static partial Regex ScpLikeUrl();
}
