using System.Globalization;
using System.Security.Cryptography;

namespace OrleansExperiments.Abstractions.Experiments;

/// <summary>New experiment ids: sortable by time, unique by a random suffix, valid as grain keys, table keys, tags and folders.</summary>
public static class ExperimentIds
{
    private const int RandomHexLength = 6;

    public static string New(DateTimeOffset now, string prefix = "") =>
        prefix +
        now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-"
        + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RandomHexLength / 2));
}
