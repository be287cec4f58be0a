namespace OrleansExperiments.Protocol.Manifest;

/// <summary>The rules for names and paths in a manifest.</summary>
public static class ManifestNames
{
    private const char PathSeparator = '/';

    /// <summary>Whether <paramref name="name"/> is a valid mode or profile name (<see cref="ProtocolName.NamePattern"/>).</summary>
    public static bool IsValidModeOrProfile(string name) => ProtocolName.IsValid(name);

    /// <summary>Whether <paramref name="name"/> is a valid metric name (<see cref="ProtocolName.MetricPattern"/>).</summary>
    public static bool IsValidMetric(string name) => ProtocolName.IsValidMetric(name);

    /// <summary>
    /// Why <paramref name="path"/> is not a repository-relative path (a/b/c: '/' separators, no leading '/',
    /// no drive, no empty, '.' or '..' segments, no backslashes), or null when it is one.
    /// </summary>
    public static string? ExplainInvalidRepositoryPath(string path)
    {
        if (path.Length == 0)
            return "is empty";
        if (path.Contains('\\'))
            return "contains a backslash; separate folders with '/'";
        if (path[0] == PathSeparator || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':'))
            return "is absolute; write it relative to the repository root";
        var segments = path.Split(PathSeparator);
        if (segments.Contains(".."))
            return "has a '..' segment; inputs must stay inside the repository";
        if (segments.Any(segment => segment is "" or "."))
            return "has an empty or '.' segment; write it as folder/file relative to the repository root";
        return null;
    }
}
