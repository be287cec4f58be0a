namespace OrleansExperiments.Protocol;

/// <summary>
/// The rule for names that the protocol carries: modes, profiles and metric names. They become parts
/// of file paths, git tag names and Azure Table keys, so a name is 1 to <see cref="MaximumLength"/>
/// characters of lower-case ASCII letters, digits, '_' and '-', and starts with a letter or digit:
/// the regular expression <c>^[a-z0-9][a-z0-9_-]{0,63}$</c>.
/// </summary>
public static class ProtocolName
{
    /// <summary>The longest name allowed.</summary>
    public const int MaximumLength = 64;

    /// <summary>Whether <paramref name="name"/> follows the rule.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaximumLength || !IsLetterOrDigit(name[0]))
            return false;
        foreach (var character in name)
            if (!IsLetterOrDigit(character) && character is not ('_' or '-'))
                return false;
        return true;
    }

    /// <summary>Throws when <paramref name="name"/> does not follow the rule.</summary>
    /// <param name="name">The name to check.</param>
    /// <param name="role">What the name is, for the message: "mode", "profile", "metric".</param>
    /// <exception cref="ArgumentException">The name is not valid; the message says why.</exception>
    public static void EnsureValid(string? name, string role)
    {
        if (!IsValid(name))
            throw new ArgumentException(Describe(name, role), nameof(name));
    }

    /// <summary>Why <paramref name="name"/> is not a valid name, in one sentence.</summary>
    public static string Describe(string? name, string role) =>
        $"The {role} name {(name is null ? "(none)" : $"'{name}'")} is not valid: use 1 to {MaximumLength} " +
        "lower-case letters, digits, '_' or '-', starting with a letter or digit (names become parts of paths and table keys).";

    private static bool IsLetterOrDigit(char character) => character is >= 'a' and <= 'z' or >= '0' and <= '9';
}
