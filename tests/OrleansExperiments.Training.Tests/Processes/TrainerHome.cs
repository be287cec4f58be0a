namespace OrleansExperiments.Training.Tests.Processes;

/// <summary>A temporary $ORLX_HOME and output root for trainer processes, deleted afterwards.</summary>
public sealed class TrainerHome : IDisposable
{
    private readonly TemporaryFolder folder = new();

    /// <summary>The environment a trainer process gets: its own ORLX_HOME, so its patched library cache is temporary too.</summary>
    public IReadOnlyDictionary<string, string?> Environment(params (string Name, string? Value)[] extra)
    {
        var environment = new Dictionary<string, string?> { ["ORLX_HOME"] = folder.Combine("home"), ["ORLX_LIBTORCH_DIR"] = null };
        foreach (var (name, value) in extra)
            environment[name] = value;
        return environment;
    }

    /// <summary>A fresh output folder path for one run.</summary>
    public string NewOutput() => folder.Combine("runs", Guid.NewGuid().ToString("N"));

    public void Dispose() => folder.Dispose();
}
