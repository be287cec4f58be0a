using System.Text.RegularExpressions;

namespace OrleansExperiments.Protocol;

/// <summary>
/// The naming rules of the contract, in one place. Mode, profile (and the grid's experiment and arm) names become
/// parts of paths, git tags and table keys; metric names may also use capitals and '.'. The patterns end in \z, not $,
/// because $ would also accept a name followed by a line break.
/// </summary>
public static partial class ProtocolName
{
    public const int MaximumLength = 64;

    /// <summary>1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or digit.</summary>
    public const string NamePattern = @"^[a-z0-9][a-z0-9_-]{0,63}\z";

    /// <summary>1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit.</summary>
    public const string MetricPattern = @"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\z";

    public static bool IsValid(string? name) => name is not null && NameRegex().IsMatch(name);

    public static bool IsValidMetric(string? name) => name is not null && MetricRegex().IsMatch(name);

    public static void EnsureValid(string? name, string role)
    {
        if (!IsValid(name))
            throw new ArgumentException(Describe(name, role), nameof(name));
    }

    public static void EnsureValidMetric(string? name)
    {
        if (!IsValidMetric(name))
            throw new ArgumentException(DescribeMetric(name), nameof(name));
    }

    public static string Describe(string? name, string role) =>
        $"The {role} name {Quoted(name)} is not valid: use 1 to {MaximumLength} " +
        "lower-case letters, digits, '_' or '-', starting with a letter or digit (names become parts of paths and table keys).";

    public static string DescribeMetric(string? name) =>
        $"The metric name {Quoted(name)} is not valid: use 1 to {MaximumLength} letters, digits, '_', '.' or '-', starting with a letter or digit.";

    private static string Quoted(string? name) => name is null ? "(none)" : $"'{name}'";

    [GeneratedRegex(NamePattern)]
    private static partial Regex NameRegex();

    [GeneratedRegex(MetricPattern)]
    private static partial Regex MetricRegex();
}
