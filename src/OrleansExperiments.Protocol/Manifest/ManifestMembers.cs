namespace OrleansExperiments.Protocol.Manifest;

/// <summary>The member names of <c>orlx.json</c>.</summary>
internal static class ManifestMembers
{
    public const string Schema = "schema";
    public const string Build = "build";
    public const string BuildInputs = "buildInputs";
    public const string Run = "run";
    public const string Modes = "modes";
    public const string Profiles = "profiles";
    public const string PrimaryMetric = "primaryMetric";
    public const string Metrics = "metrics";
    public const string EquivalenceMargins = "equivalenceMargins";

    public const string Goal = "goal";
    public const string Version = "version";
    public const string Inputs = "inputs";

    public static readonly IReadOnlyList<string> TopLevel =
        [Schema, Build, Run, Modes, Profiles, PrimaryMetric, Metrics, EquivalenceMargins, BuildInputs];

    public static readonly IReadOnlyList<string> Metric = [Goal, Version, Inputs];
}
