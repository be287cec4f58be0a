using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace OrleansExperiments.Fingerprints;

/// <summary>
/// What a result was measured on: an immutable map of field name to value, sorted by ordinal name so
/// that its JSON form and hash are canonical. Field names are listed in <see cref="FingerprintFields"/>.
/// </summary>
public sealed class EnvironmentFingerprint : IEquatable<EnvironmentFingerprint>
{
    /// <summary>The number of hex digits of SHA-256 that <see cref="Hash"/> keeps (64 bits).</summary>
    public const int HashLength = 16;

    private readonly ImmutableSortedDictionary<string, string> fields;
    private string? hash;

    private EnvironmentFingerprint(ImmutableSortedDictionary<string, string> fields) => this.fields = fields;

    /// <summary>The fingerprint with no fields.</summary>
    public static EnvironmentFingerprint Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The fields, in ordinal order of their names.</summary>
    public IReadOnlyDictionary<string, string> Fields => fields;

    /// <summary>A fingerprint of <paramref name="fields"/>; a name given twice is an error.</summary>
    public static EnvironmentFingerprint From(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            ValidateField(name, value);
            if (!builder.TryAdd(name, value))
                throw new ArgumentException($"Fingerprint field '{name}' is given twice; give each field once.", nameof(fields));
        }
        return new EnvironmentFingerprint(builder.ToImmutable());
    }

    /// <summary>The value of <paramref name="field"/>, or null when the fingerprint lacks it.</summary>
    public string? this[string field] => fields.GetValueOrDefault(field);

    /// <summary>This fingerprint with <paramref name="field"/> set to <paramref name="value"/>.</summary>
    public EnvironmentFingerprint With(string field, string value)
    {
        ValidateField(field, value);
        return new EnvironmentFingerprint(fields.SetItem(field, value));
    }

    /// <summary>This fingerprint with every field of <paramref name="overrides"/> set; those values win.</summary>
    public EnvironmentFingerprint With(IEnumerable<KeyValuePair<string, string>> overrides)
    {
        var result = this;
        foreach (var (name, value) in overrides)
            result = result.With(name, value);
        return result;
    }

    /// <summary>This fingerprint without <paramref name="names"/>.</summary>
    public EnvironmentFingerprint Without(IEnumerable<string> names) => new(fields.RemoveRange(names));

    /// <summary>The canonical JSON form: one object, members in ordinal order, string values, no whitespace.</summary>
    public string ToCanonicalJson() => CanonicalFingerprintJson.Write(fields);

    /// <summary>Reads a JSON object of string members (any order) written by <see cref="ToCanonicalJson"/>.</summary>
    /// <exception cref="FormatException">The text is not such an object.</exception>
    public static EnvironmentFingerprint FromCanonicalJson(string json) => From(CanonicalFingerprintJson.Read(json));

    /// <summary>
    /// The first <see cref="HashLength"/> lowercase hex digits of the SHA-256 of the canonical JSON:
    /// a short, stable key for a fingerprint class.
    /// </summary>
    public string Hash => hash ??= ComputeHash();

    /// <inheritdoc />
    public bool Equals(EnvironmentFingerprint? other) =>
        other is not null && fields.Count == other.fields.Count &&
        fields.All(field => other.fields.TryGetValue(field.Key, out var value) && value == field.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EnvironmentFingerprint);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hash);

    /// <summary>The canonical JSON form.</summary>
    public override string ToString() => ToCanonicalJson();

    private string ComputeHash()
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(ToCanonicalJson()));
        return Convert.ToHexStringLower(digest)[..HashLength];
    }

    private static void ValidateField(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value, $"value of fingerprint field '{name}'");
        if (name.Length == 0 || name.Trim() != name || name.Any(char.IsControl))
            throw new ArgumentException(
                $"Fingerprint field name '{name}' is not valid: use a non-empty name without surrounding spaces or control characters.",
                nameof(name));
    }
}
