namespace OrleansExperiments.Git.Tests.Support;

/// <summary>
/// One scenario repository shared by the tests of a class, with a synced mirror:
/// <code>
/// root ── main2 (main, tag v2 annotated)  ─┬─ exp/a  (a.txt line 1 → ALPHA)
///  │ (tag v1, exp/old, tag dup)            ├─ exp/b  (b.txt line 3 → THREE)
///  │                                       ├─ exp/c  (a.txt line 1 → alpha-c: conflicts with exp/a)
///  │                                       └─ dup    (a branch and a tag of the same name)
///  └─ exp/stale (b.txt line 2 → two-stale: conflicts with main2)
/// </code>
/// </summary>
public sealed class ScenarioFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    internal TestRepository Source { get; private set; } = null!;
    public MirrorStore Store { get; private set; } = null!;
    public Mirror Mirror { get; private set; } = null!;
    public string Root { get; private set; } = "";
    public string Main { get; private set; } = "";
    public string A { get; private set; } = "";
    public string B { get; private set; } = "";
    public string C { get; private set; } = "";
    public string Stale { get; private set; } = "";
    public string TempPath => _temp.Path;

    public async Task InitializeAsync()
    {
        Source = TestRepository.Init(_temp.Sub("source"));
        Source.Write("run.sh", "#!/bin/sh\necho hi\n");
        Source.Write(".gitignore", "*.log\n");
        File.CreateSymbolicLink(Path.Combine(Source.Path, "link-to-a"), "a.txt");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(Source.Path, "run.sh"), (UnixFileMode)0b111_101_101);
        }
        Root = Source.Commit("initial",
            ("a.txt", "alpha\nbeta\ngamma\n"), ("b.txt", "one\ntwo\nthree\n"),
            ("eval/Evaluation.cs", "class Evaluation {}\n"), ("eval/sub/Helper.cs", "class Helper {}\n"), ("data/val.bin", "0123"));
        Source.Git("tag", "v1");
        Source.Git("tag", "dup");
        Source.Git("branch", "exp/old");

        Source.NewBranch("exp/stale", Root);
        Stale = Source.Commit("stale change", ("b.txt", "one\ntwo-stale\nthree\n"));

        Source.Checkout("main");
        Main = Source.Commit("main moves on", ("b.txt", "one\ntwo-main\nthree\n"), ("c.txt", "c\n"));
        Source.Git("tag", "-a", "v2", "-m", "annotated");
        Source.Git("branch", "dup");

        A = CommitOnBranch("exp/a", ("a.txt", "ALPHA\nbeta\ngamma\n"));
        B = CommitOnBranch("exp/b", ("b.txt", "one\ntwo-main\nTHREE\n"));
        C = CommitOnBranch("exp/c", ("a.txt", "alpha-c\nbeta\ngamma\n"));
        Source.Checkout("main");

        Store = new MirrorStore(_temp.Sub("mirrors"));
        Mirror = Store.For(RepositorySource.Parse(Source.Path));
        await Mirror.SyncAsync();
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private string CommitOnBranch(string branch, (string, string) file)
    {
        Source.NewBranch(branch, "main");
        return Source.Commit(branch, file);
    }
}
