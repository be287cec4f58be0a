namespace OrleansExperiments.Scenarios.Tests;

/// <summary>A metric's final values over seeds, and the arithmetic the ground-truth checks need.</summary>
public sealed class SeedSample(IReadOnlyList<double> values)
{
    public IReadOnlyList<double> Values { get; } = values;

    public double Mean => Values.Average();

    public double Variance => Values.Sum(value => (value - Mean) * (value - Mean)) / (Values.Count - 1);

    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The difference of means in standard errors (Welch's t statistic): how clearly this sample is above <paramref name="other"/>.</summary>
    public double StandardErrorsAbove(SeedSample other) =>
        (Mean - other.Mean) / Math.Sqrt(Variance / Values.Count + other.Variance / other.Values.Count);

    public override string ToString() => $"mean {Mean:F4} sd {StandardDeviation:F4} [{string.Join(", ", Values.Select(value => value.ToString("F3")))}]";
}
