using System.Collections.Immutable;

namespace OrleansExperiments.Fingerprints;

/// <summary>
/// Which fingerprint fields must be equal for two results to be compared. <see cref="Strict"/>: every
/// field, the host included; <see cref="HardwareClass"/>: every field but <see cref="FingerprintFields.Host"/>,
/// so identical machines share baselines.
/// </summary>
public sealed class ComparabilityPolicy
{
    /// <summary>The configuration name of <see cref="Strict"/>.</summary>
    public const string StrictName = "strict";

    /// <summary>The configuration name of <see cref="HardwareClass"/>.</summary>
    public const string HardwareClassName = "hardware-class";

    private ComparabilityPolicy(string name, IEnumerable<string> ignoredFields)
    {
        Name = name;
        IgnoredFields = ignoredFields.ToImmutableSortedSet(StringComparer.Ordinal);
    }

    /// <summary>Every field must match, the host included. The default.</summary>
    public static ComparabilityPolicy Strict { get; } = new(StrictName, []);

    /// <summary>Every field but the host must match.</summary>
    public static ComparabilityPolicy HardwareClass { get; } = new(HardwareClassName, [FingerprintFields.Host]);

    /// <summary>The policy used when none is configured: <see cref="Strict"/>.</summary>
    public static ComparabilityPolicy Default => Strict;

    /// <summary>The configuration name: <c>strict</c> or <c>hardware-class</c>.</summary>
    public string Name { get; }

    /// <summary>The fields this policy does not compare.</summary>
    public IReadOnlySet<string> IgnoredFields { get; }

    /// <summary>The policy named <paramref name="text"/> (<c>strict</c> | <c>hardware-class</c>, any case).</summary>
    /// <exception cref="FormatException">The name is none of those.</exception>
    public static ComparabilityPolicy Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            StrictName => Strict,
            HardwareClassName => HardwareClass,
            _ => throw new FormatException(
                $"'{text}' is not a comparability policy; use '{StrictName}' (every fingerprint field must match, host included) " +
                $"or '{HardwareClassName}' (every field but the host)."),
        };
    }

    /// <summary>The compared fields whose values differ, sorted by field name.</summary>
    public IReadOnlyList<FieldDifference> Compare(EnvironmentFingerprint left, EnvironmentFingerprint right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.Fields.Keys.Union(right.Fields.Keys)
            .Where(field => !IgnoredFields.Contains(field))
            .Order(StringComparer.Ordinal)
            .Select(field => new FieldDifference(field, left[field], right[field]))
            .Where(difference => difference.Left != difference.Right)
            .ToList();
    }

    /// <summary>
    /// The names of the compared fields whose values differ (a field one side lacks included), sorted:
    /// what <c>orlx baseline show</c> prints as <c>invalidatedBecause</c>, e.g. ["cuda.runtime","nvidia.driver"].
    /// </summary>
    public IReadOnlyList<string> Differences(EnvironmentFingerprint left, EnvironmentFingerprint right) =>
        Compare(left, right).Select(difference => difference.Field).ToList();

    /// <summary>True when no compared field differs.</summary>
    public bool AreComparable(EnvironmentFingerprint left, EnvironmentFingerprint right) => Compare(left, right).Count == 0;

    /// <summary>The fingerprint without the fields this policy ignores.</summary>
    public EnvironmentFingerprint Project(EnvironmentFingerprint fingerprint) => fingerprint.Without(IgnoredFields);

    /// <summary>
    /// The key of the fingerprint's class under this policy: equal for two fingerprints exactly when
    /// they are comparable (up to hash collisions).
    /// </summary>
    public string ClassKey(EnvironmentFingerprint fingerprint) => Project(fingerprint).Hash;

    /// <inheritdoc />
    public override string ToString() => Name;
}
