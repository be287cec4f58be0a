using System.Text.RegularExpressions;

namespace OrleansExperiments.Protocol.Manifest;

/// <summary>The rules for names and paths in a manifest.</summary>
public static partial class ManifestNames
{
    /// <summary>
    /// A mode or profile name: 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or
    /// digit (names become parts of paths, git tags and table keys). The pattern ends in \z, not $,
    /// because $ would also accept a name followed by a line break.
    /// </summary>
    public const string ModeOrProfilePattern = @"^[a-z0-9][a-z0-9_-]{0,63}\z";

    /// <summary>A metric name: 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit.</summary>
    public const string MetricPattern = @"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\z";

    private const char PathSeparator = '/';

    /// <summary>Whether <paramref name="name"/> matches <see cref="ModeOrProfilePattern"/>.</summary>
    public static bool IsValidModeOrProfile(string name) => ModeOrProfileRegex().IsMatch(name);

    /// <summary>Whether <paramref name="name"/> matches <see cref="MetricPattern"/>.</summary>
    public static bool IsValidMetric(string name) => MetricRegex().IsMatch(name);

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

    [GeneratedRegex(ModeOrProfilePattern)]
    private static partial Regex ModeOrProfileRegex();

    [GeneratedRegex(MetricPattern)]
    private static partial Regex MetricRegex();
}
