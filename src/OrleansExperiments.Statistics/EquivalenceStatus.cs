namespace OrleansExperiments.Statistics;

/// <summary>The outcome of an equivalence (non-intrusiveness) check.</summary>
public enum EquivalenceStatus
{
    /// <summary>The difference lies within the declared margin (or the arms are bitwise equal).</summary>
    Unchanged,

    /// <summary>A significant difference, or any difference between deterministic paired runs.</summary>
    Changed,

    /// <summary>Neither equivalence nor a difference could be shown.</summary>
    Inconclusive,
}
