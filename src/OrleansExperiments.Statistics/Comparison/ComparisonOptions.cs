namespace OrleansExperiments.Statistics;

/// <summary>How to compare a change with its baseline.</summary>
public sealed record ComparisonOptions
{
    /// <summary>The conventional significance level.</summary>
    public const double DefaultAlpha = 0.05;

    /// <summary>Resamples for the probability-of-improvement interval.</summary>
    public const int DefaultBootstrapResamples = 10_000;

    /// <summary>Whether a larger or a smaller metric is better.</summary>
    public required MetricGoal Goal { get; init; }

    /// <summary>Significance level, in (0, 0.5].</summary>
    public double Alpha { get; init; } = DefaultAlpha;

    /// <summary>Which outcomes the test looks for; two-sided by default.</summary>
    public Alternative Alternative { get; init; } = Alternative.TwoSided;

    /// <summary>Welch by default; <see cref="TestKind.Paired"/> when both arms ran the same seeds in the same order.</summary>
    public TestKind Test { get; init; } = TestKind.Welch;

    /// <summary>Bootstrap resamples for the probability of improvement; 0 skips the interval.</summary>
    public int BootstrapResamples { get; init; } = DefaultBootstrapResamples;

    /// <summary>Seed of the bootstrap, so that a report can be reproduced.</summary>
    public int BootstrapSeed { get; init; } = ProbabilityOfImprovement.DefaultSeed;

    /// <summary>The difference the seed recommendation should detect; null means the observed difference.</summary>
    public double? MinimumEffect { get; init; }

    /// <summary>The power the seed recommendation aims for.</summary>
    public double Power { get; init; } = PowerAnalysis.DefaultPower;
}
