namespace OrleansExperiments.Fingerprints;

/// <summary>Reads PRETTY_NAME from an os-release file (shell-style KEY=value lines, values maybe quoted).</summary>
internal static class OsRelease
{
    private const string PrettyNameKey = "PRETTY_NAME";

    public static string ReadPrettyName(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var equals = line.IndexOf('=');
            if (equals < 0 || line[..equals].Trim() != PrettyNameKey)
                continue;
            var value = Unquote(line[(equals + 1)..].Trim());
            return value.Length == 0 ? FingerprintValues.Unknown : value;
        }
        return FingerprintValues.Unknown;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0]
            ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal)
            : value;
}
