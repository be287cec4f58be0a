namespace OrleansExperiments.Statistics;

/// <summary>Mean and variance computed so that identical values give an exactly zero variance.</summary>
internal static class Moments
{
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (AllEqual(values))
        {
            // Deterministic trainers repeat one value; summing it can round, and the exact value keeps
            // such arms on the exact-comparison path.
            return values[0];
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        // Second pass removes most of the rounding of the first (the same refinement R's mean() does).
        var mean = sum / values.Length;
        var correction = 0.0;
        foreach (var value in values)
        {
            correction += value - mean;
        }

        return mean + (correction / values.Length);
    }

    /// <summary>Sample variance (n − 1 denominator) around a given mean; exactly 0 for identical values.</summary>
    public static double Variance(ReadOnlySpan<double> values, double mean)
    {
        if (AllEqual(values))
        {
            return 0;
        }

        var sumOfSquares = 0.0;
        foreach (var value in values)
        {
            var deviation = value - mean;
            sumOfSquares += deviation * deviation;
        }

        return sumOfSquares / (values.Length - 1);
    }

    private static bool AllEqual(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            if (value != values[0])
            {
                return false;
            }
        }

        return true;
    }
}
