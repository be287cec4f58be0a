using System.Text.RegularExpressions;

namespace OrleansExperiments.Storage;

/// <summary>
/// The names of the result tables: a prefix, so that several stores (or parallel tests) can share one account, and
/// a fixed name per table. Azure table names are 3–63 letters and digits, starting with a letter.
/// </summary>
public sealed partial record ResultTableNames
{
    /// <summary>The prefix of the tables of the grid.</summary>
    public const string DefaultPrefix = "orlx";

    private const int MaxTableNameLength = 63;
    private const string LongestTableName = "MetricPoints";

    private ResultTableNames(string prefix)
    {
        Prefix = prefix;
    }

    /// <summary>The prefix shared by all tables.</summary>
    public string Prefix { get; }

    /// <summary>One row per experiment.</summary>
    public string Experiments => Prefix + "Experiments";

    /// <summary>One row per run, partitioned by experiment.</summary>
    public string Runs => Prefix + "Runs";

    /// <summary>One row per point of a metric curve, partitioned by run.</summary>
    public string MetricPoints => Prefix + LongestTableName;

    /// <summary>One row per repository, branch, mode and profile.</summary>
    public string Baselines => Prefix + "Baselines";

    /// <summary>One row per environment fingerprint.</summary>
    public string Fingerprints => Prefix + "Fingerprints";

    /// <summary>All table names.</summary>
    public IReadOnlyList<string> All => [Experiments, Runs, MetricPoints, Baselines, Fingerprints];

    /// <summary>The tables with <paramref name="prefix"/>.</summary>
    /// <exception cref="ArgumentException">The prefix would not make valid Azure table names.</exception>
    public static ResultTableNames WithPrefix(string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var maxPrefixLength = MaxTableNameLength - LongestTableName.Length;
        if (prefix.Length > maxPrefixLength || !ValidPrefix().IsMatch(prefix))
        {
            throw new ArgumentException(
                $"The table prefix '{prefix}' is not valid: use 1 to {maxPrefixLength} ASCII letters and digits, " +
                "starting with a letter (Azure table names allow nothing else).", nameof(prefix));
        }

        return new ResultTableNames(prefix);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex ValidPrefix();
}
