namespace OrleansExperiments.Statistics;

/// <summary>How to check that a change leaves a metric unchanged.</summary>
public sealed record EquivalenceOptions
{
    /// <summary>The declared margin δ &gt; 0 in metric units: differences inside (−δ, δ) count as unchanged.</summary>
    public required double Margin { get; init; }

    /// <summary>Significance level of each one-sided test, in (0, 0.5].</summary>
    public double Alpha { get; init; } = ComparisonOptions.DefaultAlpha;

    /// <summary>Welch by default; <see cref="TestKind.Paired"/> when both arms ran the same seeds in the same order.</summary>
    public TestKind Test { get; init; } = TestKind.Welch;

    /// <summary>
    /// The trainer is deterministic. With a paired test the runs must then be bitwise equal: any
    /// difference at all is a change, whatever the margin.
    /// </summary>
    public bool Deterministic { get; init; }
}
