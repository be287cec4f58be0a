namespace OrleansExperiments.EndToEnd.Tests.Support;

/// <summary>
/// A trainer repository with a stand-in trainer: a shell script that reads its quality for a mode from
/// <c>quality-&lt;mode&gt;.txt</c>, adds a small seed-dependent wobble (the same for every branch, so seeds pair), and
/// prints the protocol's events. Branches change the quality files, crash the trainer or break the manifest:
/// <code>
/// main ─┬─ exp/better  (mlp 0.80 → 0.90)
///       ├─ exp/worse   (mlp 0.80 → 0.70)
///       ├─ exp/crash   (the trainer exits 1 with a message on stderr)
///       └─ exp/broken-manifest (orlx.json is not JSON)
/// </code>
/// </summary>
public sealed class TrainerRepository
{
    public const string Metric = "val_accuracy";
    public const double MainQuality = 0.80;
    public const double BetterQuality = 0.90;
    public const double WorseQuality = 0.70;
    public const double OtherModeQuality = 0.60;
    public const string CrashMessage = "RuntimeError: CUDA out of memory (stand-in trainer)";

    private const string TrainerScript = """
        #!/bin/sh
        # Stand-in trainer: --seed S --mode M --profile P --device D --output O
        set -eu
        seed=0
        mode=""
        while [ $# -gt 0 ]; do
          case "$1" in
            --seed) seed=$2 ;;
            --mode) mode=$2 ;;
          esac
          shift 2
        done
        if [ -f crash.txt ]; then
          echo "loading data"
          echo "$(cat crash.txt)" >&2
          exit 1
        fi
        if [ -f sleep.txt ]; then
          sleep "$(cat sleep.txt)"
        fi
        value=$(awk -v q="$(cat "quality-$mode.txt")" -v s="$seed" 'BEGIN { printf "%.4f", q + ((s * 7) % 5) * 0.002 }')
        echo '{"orlx":"environment","deterministic":true}'
        echo "{\"orlx\":\"metric\",\"step\":1,\"name\":\"val_accuracy\",\"value\":$value}"
        echo "{\"orlx\":\"result\",\"metrics\":{\"val_accuracy\":$value}}"
        """;

    private TrainerRepository(string path) => Path = path;

    public string Path { get; }

    /// <summary>Creates the repository with every branch; <paramref name="trainerSeconds"/> makes every run that slow.</summary>
    public static TrainerRepository Create(string path, IReadOnlyList<string> modes, double trainerSeconds = 0)
    {
        Directory.CreateDirectory(path);
        var repository = new TrainerRepository(path);
        repository.Git("init", "-q", "-b", "main");
        repository.Write("train.sh", TrainerScript.Replace("\r\n", "\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(System.IO.Path.Combine(path, "train.sh"), (UnixFileMode)0b111_101_101);
        }
        repository.Write("orlx.json", Manifest(modes));
        repository.Write("eval.txt", "evaluation v1\n");
        foreach (var mode in modes)
        {
            repository.Write($"quality-{mode}.txt", Number(mode == modes[0] ? MainQuality : OtherModeQuality));
        }
        if (trainerSeconds > 0)
        {
            repository.Write("sleep.txt", Number(trainerSeconds));
        }
        repository.CommitAll("a trainer");

        repository.Branch("exp/better", ($"quality-{modes[0]}.txt", Number(BetterQuality)));
        repository.Branch("exp/worse", ($"quality-{modes[0]}.txt", Number(WorseQuality)));
        repository.Branch("exp/crash", ("crash.txt", CrashMessage));
        repository.Branch("exp/broken-manifest", ("orlx.json", "{ \"schema\": 1, \"run\": "));
        return repository;
    }

    public string Git(params string[] arguments) => GitCli.Run(Path, arguments);

    /// <summary>Tags that <c>git tag</c> shows in this repository under <paramref name="pattern"/>.</summary>
    public IReadOnlyList<string> Tags(string pattern = "orlx/*") =>
        Git("tag", "--list", pattern).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string CommitOf(string reference) => Git("rev-parse", reference + "^{commit}");

    /// <summary>A clone next to this repository (with its main branch checked out), for tests that dirty the tree.</summary>
    public TrainerRepository Clone(string path)
    {
        GitCli.Run(System.IO.Path.GetDirectoryName(path)!, "clone", "-q", Path, path);
        return new TrainerRepository(path);
    }

    public void Write(string relativePath, string content) => File.WriteAllText(System.IO.Path.Combine(Path, relativePath), content);

    private void Branch(string name, (string File, string Content) change)
    {
        Git("checkout", "-q", "-b", name, "main");
        Write(change.File, change.Content);
        CommitAll(name);
        Git("checkout", "-q", "main");
    }

    private void CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    private static string Manifest(IReadOnlyList<string> modes) => $$"""
        {
          "schema": 1,
          "run": "./train.sh",
          "modes": [{{string.Join(", ", modes.Select(m => $"\"{m}\""))}}],
          "profiles": ["fast", "full"],
          "primaryMetric": "{{Metric}}",
          "metrics": { "{{Metric}}": { "goal": "maximize", "version": "1", "inputs": ["eval.txt"] } }
        }
        """;

    private static string Number(double value) => value.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture);
}
