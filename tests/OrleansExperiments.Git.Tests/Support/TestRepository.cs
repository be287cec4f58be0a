namespace OrleansExperiments.Git.Tests.Support;

/// <summary>A real git repository in a folder, built with the git command line.</summary>
internal sealed class TestRepository
{
    private TestRepository(string path) => Path = path;

    public string Path { get; }

    public static TestRepository Init(string path, bool bare = false)
    {
        Directory.CreateDirectory(path);
        GitCli.Run(path, bare ? ["init", "-q", "--bare"] : ["init", "-q"]);
        return new TestRepository(path);
    }

    public string Git(params string[] arguments) => GitCli.Run(Path, arguments);

    public void Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>Writes the files, stages everything and commits; returns the new commit's SHA.</summary>
    public string Commit(string message, params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            Write(path, content);
        }
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
        return Sha("HEAD");
    }

    public string Sha(string revision) => Git("rev-parse", revision + "^{commit}");

    public void Checkout(string revision) => Git("checkout", "-q", revision);

    public void NewBranch(string name, string from) => Git("checkout", "-q", "-b", name, from);
}
