using System.Diagnostics;

namespace OrleansExperiments.Grid.Benchmarks;

/// <summary>
/// A trainer repository whose trainer does nothing but note when it started (in its output folder) and print a result:
/// what remains of a run's time is the grid's. Its build step is trivial too, so the build cache has something to keep.
/// </summary>
public sealed class BenchmarkRepository
{
    public const string Mode = "m";
    public const string StartedFileName = "started";

    private const string Manifest = """
        {
          "schema": 1,
          "build": "./build.sh {out}",
          "run": "./train.sh",
          "modes": ["m"],
          "profiles": ["fast", "full"],
          "primaryMetric": "score",
          "metrics": { "score": { "goal": "maximize", "version": "1", "inputs": ["train.sh"] } }
        }
        """;

    private const string Build = """
        #!/bin/sh
        echo built > "$1/built.txt"
        """;

    private const string Trainer = """
        #!/bin/sh
        out=.
        seed=0
        while [ $# -gt 0 ]; do
          case "$1" in
            --output) out=$2 ;;
            --seed) seed=$2 ;;
          esac
          shift 2
        done
        date +%s%N > "$out/started"
        echo "{\"orlx\":\"result\",\"metrics\":{\"score\":$seed}}"
        """;

    private int _version;

    private BenchmarkRepository(string path) => Path = path;

    public string Path { get; }

    public static BenchmarkRepository Create(string path)
    {
        Directory.CreateDirectory(path);
        var repository = new BenchmarkRepository(path);
        repository.Git("init", "-q", "-b", "main");
        repository.Write("orlx.json", Manifest);
        repository.Write("build.sh", Build);
        repository.Write("train.sh", Trainer);
        repository.Write("version.txt", "0\n");
        repository.Git("add", "-A");
        repository.Git("update-index", "--chmod=+x", "build.sh", "train.sh");
        repository.Git("commit", "-q", "-m", "trivial trainer");
        return repository;
    }

    /// <summary>Commits a new version on main: a commit (and tree) the grid has never checked out or built.</summary>
    public void CommitNewVersion()
    {
        _version++;
        Write("version.txt", $"{_version}\n");
        Git("commit", "-q", "-am", $"version {_version}");
    }

    private void Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content.Replace("\r\n", "\n") + "\n");
        if (!OperatingSystem.IsWindows() && name.EndsWith(".sh", StringComparison.Ordinal))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b111_101_101);
        }
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, UseShellExecute = false, RedirectStandardError = true };
        foreach (var (name, value) in new[] { ("user.name", "Benchmark"), ("user.email", "benchmark@example.com"), ("commit.gpgsign", "false") })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"{name}={value}");
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }
    }
}
