using MathNet.Numerics;

namespace OrleansExperiments.Statistics;

/// <summary>Hedges' g: the difference of means in pooled standard deviations, corrected for small-sample bias.</summary>
public static class HedgesG
{
    /// <summary>
    /// g = J(ν)·(mean change − mean baseline)/s_pooled with ν = n₁ + n₂ − 2 and the exact correction
    /// J(ν) = Γ(ν/2) / (√(ν/2)·Γ((ν − 1)/2)) (Hedges 1981). Signed like the difference: for a minimized
    /// metric a negative g is an improvement. Null when the pooled standard deviation is 0.
    /// </summary>
    public static double? Compute(SampleSummary baseline, SampleSummary change)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(change);
        double degreesOfFreedom = baseline.Count + change.Count - 2;
        var pooledVariance = PooledVariance.Of(baseline, change);
        if (pooledVariance == 0)
        {
            return null;
        }

        var cohensD = (change.Mean - baseline.Mean) / Math.Sqrt(pooledVariance);
        return BiasCorrection(degreesOfFreedom) * cohensD;
    }

    private static double BiasCorrection(double degreesOfFreedom) =>
        Math.Exp(SpecialFunctions.GammaLn(degreesOfFreedom / 2) - SpecialFunctions.GammaLn((degreesOfFreedom - 1) / 2))
        / Math.Sqrt(degreesOfFreedom / 2);
}
