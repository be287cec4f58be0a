namespace OrleansExperiments.Statistics;

/// <summary>Adjusted p-values for several comparisons against one baseline (R's <c>p.adjust</c>).</summary>
public static class MultipleComparisons
{
    /// <summary>Holm–Bonferroni step-down adjusted p-values, in the input order: R's <c>p.adjust(p, "holm")</c>.</summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        var order = AscendingOrder(pValues);
        var count = order.Length;
        var adjusted = new double[count];
        var runningMaximum = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            runningMaximum = Math.Max(runningMaximum, Math.Min(1, (count - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = runningMaximum;
        }

        return adjusted;
    }

    /// <summary>Benjamini–Hochberg step-up adjusted p-values, in the input order: R's <c>p.adjust(p, "BH")</c>.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var order = AscendingOrder(pValues);
        var count = order.Length;
        var adjusted = new double[count];
        var runningMinimum = 1.0;
        for (var rank = count - 1; rank >= 0; rank--)
        {
            runningMinimum = Math.Min(runningMinimum, (double)count / (rank + 1) * pValues[order[rank]]);
            adjusted[order[rank]] = runningMinimum;
        }

        return adjusted;
    }

    /// <summary>Adjusted p-values by <paramref name="method"/>.</summary>
    public static double[] AdjustPValues(IReadOnlyList<double> pValues, PValueAdjustment method = PValueAdjustment.Holm) => method switch
    {
        PValueAdjustment.Holm => Holm(pValues),
        PValueAdjustment.BenjaminiHochberg => BenjaminiHochberg(pValues),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown adjustment."),
    };

    /// <summary>
    /// Adjusts the p-values of several comparisons (several changes or metrics against one baseline) and
    /// re-decides each verdict on its adjusted p-value. Confidence intervals are left unadjusted.
    /// </summary>
    public static IReadOnlyList<ComparisonResult> Adjust(IReadOnlyList<ComparisonResult> comparisons, PValueAdjustment method = PValueAdjustment.Holm)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var adjusted = AdjustPValues(comparisons.Select(comparison => comparison.Test.PValue).ToArray(), method);
        var name = method == PValueAdjustment.Holm ? "Holm-adjusted p" : "BH-adjusted p";
        return comparisons
            .Select((comparison, i) => TwoSampleComparison.Redecide(comparison, adjusted[i], name) with
            {
                AdjustedPValue = adjusted[i],
                Adjustment = method,
            })
            .ToArray();
    }

    private static int[] AscendingOrder(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (var i = 0; i < pValues.Count; i++)
        {
            if (!(pValues[i] >= 0 && pValues[i] <= 1))
            {
                throw new ArgumentException($"p-value [{i}] is {Text.Number(pValues[i])}; p-values must be in [0, 1].", nameof(pValues));
            }
        }

        // A stable sort keeps tied p-values in input order, which does not change the adjusted values.
        return Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ToArray();
    }
}
