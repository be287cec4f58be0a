namespace OrleansExperiments.Statistics;

/// <summary>Sample quantiles.</summary>
public static class Quantiles
{
    /// <summary>
    /// Hyndman–Fan type 7 quantile (R's default, NumPy's "linear"): linear interpolation between the
    /// order statistics at position (n − 1)·p.
    /// </summary>
    public static double R7(IReadOnlyList<double> values, double probability)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(values));
        }

        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentException($"The probability must be in [0, 1]; got {Text.Number(probability)}.", nameof(probability));
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        return R7Sorted(sorted, probability);
    }

    /// <summary>Type 7 quantile of values that are already sorted ascending.</summary>
    internal static double R7Sorted(ReadOnlySpan<double> sorted, double probability)
    {
        var position = (sorted.Length - 1) * probability;
        var below = (int)Math.Floor(position);
        if (below >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        var fraction = position - below;
        return sorted[below] + (fraction * (sorted[below + 1] - sorted[below]));
    }
}
