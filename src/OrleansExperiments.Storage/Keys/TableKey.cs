using System.Globalization;
using System.Text;

namespace OrleansExperiments.Storage.Keys;

/// <summary>
/// Builds PartitionKey and RowKey values from parts. Azure forbids <c>/ \ # ?</c> and control characters in keys, and
/// the parts are joined with <c>|</c>; so each part is percent-encoded for exactly those characters and <c>%</c> itself
/// (<c>loss/train</c> becomes <c>loss%2Ftrain</c>). Encoding, not rejection, because repositories, branches and metric
/// names legitimately contain <c>/</c>; it is injective, so different parts never share a key. The original values are
/// stored as properties, so keys are never decoded. Empty parts and keys over Azure's size limit are rejected.
/// </summary>
public static class TableKey
{
    /// <summary>Separates the parts of a composite key; it is always encoded inside a part.</summary>
    public const char PartSeparator = '|';

    /// <summary>Azure's limit is 1 KiB per key, UTF-16 encoded: 512 characters.</summary>
    public const int MaxLength = 512;

    /// <summary>Digits of a zero-padded seed, enough for any non-negative <see cref="int"/>, so rows sort by seed.</summary>
    public const string SeedFormat = "D10";

    /// <summary>Digits of a zero-padded step, enough for any non-negative <see cref="long"/>, so rows sort by step.</summary>
    public const string StepFormat = "D19";

    private const char EscapeCharacter = '%';
    private const string ForbiddenCharacters = "/\\#?";

    /// <summary>Joins the encoded parts into one key.</summary>
    /// <param name="what">What the key is of, for error messages, e.g. "run row key".</param>
    /// <param name="parts">The parts, each named by its role for error messages.</param>
    /// <exception cref="ArgumentException">A part is empty, or the key is longer than <see cref="MaxLength"/>.</exception>
    public static string Compose(string what, params (string Role, string Value)[] parts)
    {
        var key = string.Join(PartSeparator, parts.Select(part => Encode(what, part.Role, part.Value)));
        if (key.Length > MaxLength)
        {
            throw new ArgumentException(
                $"The {what} '{Shorten(key)}' is {key.Length} characters long; Azure Table keys hold at most {MaxLength}. " +
                $"Use shorter values for: {string.Join(", ", parts.Select(part => part.Role))}.");
        }

        return key;
    }

    /// <summary>A non-negative seed as a key part that sorts numerically.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The seed is negative.</exception>
    public static string Seed(int seed) =>
        seed >= 0
            ? seed.ToString(SeedFormat, CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(seed), seed, "Seeds stored in result tables must be zero or more.");

    /// <summary>A non-negative step as a key part that sorts numerically.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The step is negative.</exception>
    public static string Step(long step) =>
        step >= 0
            ? step.ToString(StepFormat, CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(step), step, "Metric steps stored in result tables must be zero or more.");

    private static string Encode(string what, string role, string value)
    {
        ArgumentNullException.ThrowIfNull(value, role);
        if (value.Length == 0)
        {
            throw new ArgumentException($"The {role} of a {what} must not be empty.", role);
        }

        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var encoded = new StringBuilder(value.Length + 8);
        foreach (var character in value)
        {
            if (NeedsEscape(character))
            {
                // Every escaped character is below U+0100, so two hex digits suffice.
                encoded.Append(EscapeCharacter).Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                encoded.Append(character);
            }
        }

        return encoded.ToString();
    }

    private static bool NeedsEscape(char character) =>
        char.IsControl(character)
        || ForbiddenCharacters.Contains(character)
        || character == EscapeCharacter
        || character == PartSeparator;

    private static string Shorten(string key)
    {
        const int shownCharacters = 60;
        return key.Length <= shownCharacters ? key : key[..shownCharacters] + "…";
    }
}
