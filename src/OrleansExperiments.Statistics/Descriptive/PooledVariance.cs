namespace OrleansExperiments.Statistics;

/// <summary>The pooled within-arm variance of two arms, weighted by their degrees of freedom.</summary>
internal static class PooledVariance
{
    public static double Of(int firstCount, double firstVariance, int secondCount, double secondVariance) =>
        (((firstCount - 1) * firstVariance) + ((secondCount - 1) * secondVariance)) / (firstCount + secondCount - 2);

    public static double Of(SampleSummary first, SampleSummary second) =>
        Of(first.Count, first.Variance, second.Count, second.Variance);
}
