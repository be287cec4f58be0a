namespace OrleansExperiments.Abstractions.Runs;

/// <summary>The key of a run grain: stable per (experiment, arm, mode, seed), so a retried submission never duplicates a run.</summary>
public static class RunIds
{
    public const char Separator = '.';

    public static string For(string experimentId, string arm, string mode, string profile, int seed) =>
        string.Join(Separator, experimentId, arm, mode, profile, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
