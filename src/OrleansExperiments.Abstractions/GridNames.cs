using System.Text.RegularExpressions;

namespace OrleansExperiments.Abstractions;

/// <summary>
/// Names that become parts of grain keys, table keys, git refs and paths (experiment ids, arms, modes, profiles).
/// Lower-case letters, digits, '-' and '_', starting with a letter or digit: nothing that can escape a folder or
/// break a key.
/// </summary>
public static partial class GridNames
{
    public const int MaxLength = 64;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex ValidName();

    public static bool IsValid(string? name) => name is not null && ValidName().IsMatch(name);

    public static string RequireValid(string? name, string what) =>
        IsValid(name)
            ? name!
            : throw new ArgumentException(
                $"Invalid {what} '{name}': use 1 to {MaxLength} lower-case letters, digits, '-' or '_', starting with a letter or digit.");
}
