namespace OrleansExperiments.Training.Tests.Processes;

/// <summary>A temporary $ORLX_HOME and output root for trainer processes, deleted afterwards.</summary>
public sealed class TrainerHome : IDisposable
{
    private readonly TemporaryFolder folder = new();

    /// <summary>The environment a trainer process gets: its own ORLX_HOME, so its patched library cache is temporary too.</summary>
    public IReadOnlyDictionary<string, string?> Environment(params (string Name, string? Value)[] extra)
    {
        // No ORLX_LIBTORCH_DIR unless a test sets one: the machine's own setting must not leak in.
        var environment = new Dictionary<string, string?> { ["ORLX_HOME"] = folder.Combine("home"), ["ORLX_LIBTORCH_DIR"] = "" };
        foreach (var (name, value) in extra)
            environment[name] = value;
        return environment;
    }

    /// <summary>
    /// A PyTorch-like <c>torch/lib</c> folder of symbolic links to the test trainer's own libtorch files, with
    /// a <c>torch/version.py</c>: an external libtorch folder that is the very files the trainer carries.
    /// </summary>
    public string LinkedLibTorchFolder(string version)
    {
        var lib = Directory.CreateDirectory(folder.Combine("external", Guid.NewGuid().ToString("N"), "torch", "lib")).FullName;
        var trainerNatives = Path.Combine(Path.GetDirectoryName(TestBuild.TestTrainerPath)!, "runtimes", "linux-x64", "native");
        foreach (var file in Directory.GetFiles(trainerNatives).Where(file => !file.EndsWith("libLibTorchSharp.so", StringComparison.Ordinal)))
            File.CreateSymbolicLink(Path.Combine(lib, Path.GetFileName(file)), file);
        File.WriteAllText(Path.Combine(lib, "..", "version.py"), $"__version__ = '{version}'\n");
        return lib;
    }

    /// <summary>A folder with a libtorch_cpu.so that is not the package's file (an empty one: it is never loaded).</summary>
    public string ForeignLibTorchFolder()
    {
        var lib = Directory.CreateDirectory(folder.Combine("foreign", "torch", "lib")).FullName;
        File.WriteAllBytes(Path.Combine(lib, "libtorch_cpu.so"), []);
        return lib;
    }

    /// <summary>A fresh output folder path for one run.</summary>
    public string NewOutput() => folder.Combine("runs", Guid.NewGuid().ToString("N"));

    public void Dispose() => folder.Dispose();
}
