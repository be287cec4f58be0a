namespace OrleansExperiments.Fingerprints;

/// <summary>A field whose value differs between two fingerprints; null means the side lacks the field.</summary>
public sealed record FieldDifference(string Field, string? Left, string? Right)
{
    /// <summary>Shown for the side that lacks the field.</summary>
    public const string MissingText = "(missing)";

    /// <summary>True when one side lacks the field.</summary>
    public bool IsMissing => Left is null || Right is null;

    /// <summary>For messages: <c>host: gpu-a → gpu-b</c>.</summary>
    public override string ToString() => $"{Field}: {Left ?? MissingText} → {Right ?? MissingText}";
}
