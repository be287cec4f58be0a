namespace OrleansExperiments.Protocol.Manifest;

/// <summary>
/// The workload manifest <c>orlx.json</c> at the root of a trainer repository: how to build and run the
/// trainer, its modes and profiles, and its metrics. Made only by <see cref="Parse"/>, which validates it.
/// </summary>
public sealed class WorkloadManifest
{
    /// <summary>The manifest's file name at the repository root.</summary>
    public const string FileName = "orlx.json";

    /// <summary>The manifest schema this orlx reads.</summary>
    public const int SupportedSchema = 1;

    internal WorkloadManifest(
        ManifestCommand? build,
        IReadOnlyList<string> buildInputs,
        ManifestCommand run,
        IReadOnlyList<string> modes,
        IReadOnlyList<string> profiles,
        string primaryMetric,
        IReadOnlyDictionary<string, MetricDefinition> metrics,
        EquivalenceMargins equivalenceMargins)
    {
        Build = build;
        BuildInputs = buildInputs;
        Run = run;
        Modes = modes;
        Profiles = profiles;
        PrimaryMetric = primaryMetric;
        Metrics = metrics;
        EquivalenceMargins = equivalenceMargins;
    }

    /// <summary>The build command; null for trainers that need no build.</summary>
    public ManifestCommand? Build { get; }

    /// <summary>
    /// The repository paths (files or folders, '/'-separated, relative to the root) that the build reads, from the
    /// optional <c>"buildInputs"</c> member; empty when absent. Commits that agree on these paths can share one build
    /// (for example branches that change only a hyperparameter file the trainer reads at run time); when empty, a
    /// build belongs to the whole tree. A listed path that a commit lacks counts as absent, not as an error.
    /// </summary>
    public IReadOnlyList<string> BuildInputs { get; }

    /// <summary>The command that starts the trainer (the grid appends the protocol's arguments).</summary>
    public ManifestCommand Run { get; }

    /// <summary>The trainer's modes, in declared order.</summary>
    public IReadOnlyList<string> Modes { get; }

    /// <summary>The trainer's profiles (such as <c>fast</c> and <c>full</c>), in declared order.</summary>
    public IReadOnlyList<string> Profiles { get; }

    /// <summary>The metric a comparison uses by default; always one of <see cref="Metrics"/>.</summary>
    public string PrimaryMetric { get; }

    /// <summary>The declared metrics by name, in declared order.</summary>
    public IReadOnlyDictionary<string, MetricDefinition> Metrics { get; }

    /// <summary>The non-intrusive check's equivalence margins; <see cref="EquivalenceMargins.None"/> when not declared.</summary>
    public EquivalenceMargins EquivalenceMargins { get; }

    /// <summary>The definition of <see cref="PrimaryMetric"/>.</summary>
    public MetricDefinition PrimaryMetricDefinition => Metrics[PrimaryMetric];

    /// <summary>
    /// Reads and validates a manifest. Members are case-sensitive; an unknown member is an error (it is
    /// most often a typo, and a newer schema number announces new members).
    /// </summary>
    /// <param name="json">The text of <c>orlx.json</c>.</param>
    /// <param name="sourceDescription">Which manifest, for messages: for example "orlx.json at 3f2a9c1".</param>
    /// <exception cref="ManifestException">The text is not a valid manifest; the exception lists every problem.</exception>
    public static WorkloadManifest Parse(string json, string sourceDescription)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceDescription);
        return ManifestReader.Read(json, sourceDescription);
    }
}
