namespace OrleansExperiments.Statistics;

/// <summary>Size, mean, sample standard deviation and interquartile mean of one arm.</summary>
/// <param name="Count">Number of values (seeds).</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1 denominator).</param>
/// <param name="InterquartileMean">Mean of the middle half: ⌊n/4⌋ values trimmed from each end (SciPy's trim_mean(x, 0.25)).</param>
public sealed record SampleSummary(int Count, double Mean, double StandardDeviation, double InterquartileMean)
{
    /// <summary>Fraction of the sorted values trimmed from each end for the interquartile mean.</summary>
    public const double InterquartileTrimFraction = 0.25;

    /// <summary>Sample variance (n − 1 denominator).</summary>
    public double Variance => StandardDeviation * StandardDeviation;

    /// <summary>Summarizes at least two finite values.</summary>
    public static SampleSummary Of(IReadOnlyList<double> values) => FromValidated(Require.Sample(values, nameof(values)));

    internal static SampleSummary FromValidated(double[] values)
    {
        var mean = Moments.Mean(values);
        var standardDeviation = Math.Sqrt(Moments.Variance(values, mean));
        return new SampleSummary(values.Length, mean, standardDeviation, InterquartileMeanOf(values));
    }

    private static double InterquartileMeanOf(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var trimmed = (int)Math.Floor(InterquartileTrimFraction * sorted.Length);
        return Moments.Mean(sorted.AsSpan(trimmed, sorted.Length - (2 * trimmed)));
    }
}
