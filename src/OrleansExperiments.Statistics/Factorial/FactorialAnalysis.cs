namespace OrleansExperiments.Statistics;

/// <summary>Main effects, interactions and masked regressions of a 2^k factorial ablation (k ≤ 4).</summary>
public static class FactorialAnalysis
{
    /// <summary>
    /// Analyses an ablation. <paramref name="cells"/> holds every combination of the components exactly
    /// once (the baseline is the cell with no changes), each with at least 2 seeds; cells may have
    /// different numbers of seeds.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong number of components or cells, unknown or repeated names, or bad values.</exception>
    public static FactorialResult Analyze(IReadOnlyList<string> components, IReadOnlyList<FactorialCell> cells, FactorialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Require.Alpha(options.Alpha, nameof(options.Alpha));
        var design = FactorialDesign.Create(components, cells);
        var calculator = new ContrastCalculator(design.Cells);
        var effects = Enumerable.Range(1, design.AllComponents)
            .OrderBy(BitCount)
            .ThenBy(mask => mask)
            .Select(mask => calculator.Contrast(string.Join(":", design.ComponentsOf(mask)), design.ComponentsOf(mask), EffectCoefficients(mask, design.Cells.Length)))
            .ToArray();
        var cellComparisons = Enumerable.Range(1, design.AllComponents)
            .Select(mask => CellVersusBaseline(design, calculator, mask))
            .ToArray();
        var summaries = Enumerable.Range(0, design.Cells.Length)
            .Select(mask => new FactorialCellSummary(design.NameOf(mask), design.ComponentsOf(mask), design.Cells[mask]))
            .ToArray();
        return new FactorialResult(
            options,
            design.Components,
            summaries,
            calculator.PooledVariance,
            calculator.PooledDegreesOfFreedom,
            effects,
            cellComparisons,
            MaskedRegressionFinder.Find(design, calculator, cellComparisons, options));
    }

    /// <summary>cell − baseline.</summary>
    internal static FactorialContrast CellVersusBaseline(FactorialDesign design, ContrastCalculator calculator, int mask) =>
        Difference(design, calculator, design.NameOf(mask), mask, 0);

    /// <summary>Mean of cell <paramref name="minuend"/> minus mean of cell <paramref name="subtrahend"/>.</summary>
    internal static FactorialContrast Difference(FactorialDesign design, ContrastCalculator calculator, string name, int minuend, int subtrahend)
    {
        var coefficients = new double[design.Cells.Length];
        coefficients[minuend] = 1;
        coefficients[subtrahend] = -1;
        return calculator.Contrast(name, design.ComponentsOf(minuend | subtrahend), coefficients);
    }

    /// <summary>
    /// The ±1 product code of the effect's components in each cell, over 2^(k−1): the average of the
    /// cells on the + side minus the average of those on the − side.
    /// </summary>
    private static double[] EffectCoefficients(int effectMask, int cellCount)
    {
        var half = cellCount / 2.0;
        var coefficients = new double[cellCount];
        for (var cell = 0; cell < cellCount; cell++)
        {
            // The product of the codes is −1 exactly when an odd number of the effect's components is absent.
            var absent = BitCount(effectMask & ~cell);
            coefficients[cell] = (absent % 2 == 0 ? 1 : -1) / half;
        }

        return coefficients;
    }

    private static int BitCount(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);
}
