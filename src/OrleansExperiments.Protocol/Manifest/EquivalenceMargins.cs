namespace OrleansExperiments.Protocol.Manifest;

/// <summary>
/// Per metric, the largest difference between two arms that still counts as equivalent (the TOST margin
/// of the non-intrusive check), in the metric's own units.
/// </summary>
public sealed class EquivalenceMargins
{
    internal EquivalenceMargins(IReadOnlyDictionary<string, double> margins) => Margins = margins;

    /// <summary>No margins declared.</summary>
    public static EquivalenceMargins None { get; } = new(new Dictionary<string, double>());

    /// <summary>The declared margins by metric name; each is finite and positive.</summary>
    public IReadOnlyDictionary<string, double> Margins { get; }

    /// <summary>The margin of <paramref name="metric"/>, when declared.</summary>
    public bool TryGetMargin(string metric, out double margin) => Margins.TryGetValue(metric, out margin);
}
