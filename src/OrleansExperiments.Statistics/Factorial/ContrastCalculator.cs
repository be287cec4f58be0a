namespace OrleansExperiments.Statistics;

/// <summary>Estimates and tests linear contrasts Σ cᵢ·meanᵢ of cell means.</summary>
internal sealed class ContrastCalculator
{
    private readonly SampleSummary[] cells;

    public ContrastCalculator(SampleSummary[] cells)
    {
        this.cells = cells;
        PooledDegreesOfFreedom = cells.Sum(cell => cell.Count - 1);
        PooledVariance = cells.Sum(cell => (cell.Count - 1) * cell.Variance) / PooledDegreesOfFreedom;
    }

    public double PooledVariance { get; }

    public double PooledDegreesOfFreedom { get; }

    public FactorialContrast Contrast(string name, IReadOnlyList<string> components, double[] coefficients)
    {
        var estimate = 0.0;
        var pooledShare = 0.0;
        var welchVariance = 0.0;
        var welchDenominator = 0.0;
        for (var i = 0; i < cells.Length; i++)
        {
            var c = coefficients[i];
            if (c == 0)
            {
                continue;
            }

            var cell = cells[i];
            estimate += c * cell.Mean;
            pooledShare += c * c / cell.Count;
            var share = c * c * cell.Variance / cell.Count;
            welchVariance += share;
            welchDenominator += share * share / (cell.Count - 1);
        }

        var pooled = Test(estimate, Math.Sqrt(PooledVariance * pooledShare), PooledDegreesOfFreedom);
        var welch = Test(estimate, Math.Sqrt(welchVariance), welchVariance * welchVariance / welchDenominator);
        return new FactorialContrast(name, components, estimate, pooled, welch);
    }

    private static ContrastTest Test(double estimate, double standardError, double degreesOfFreedom)
    {
        if (standardError == 0)
        {
            return new ContrastTest(0, null, null, TailProbability.ExactPValue(estimate, Alternative.TwoSided, MetricGoal.Maximize));
        }

        var t = estimate / standardError;
        return new ContrastTest(standardError, t, degreesOfFreedom, TailProbability.PValue(t, degreesOfFreedom, Alternative.TwoSided, MetricGoal.Maximize));
    }
}
