namespace OrleansExperiments.Statistics;

/// <summary>
/// The difference of means (change − baseline) with its standard error and t degrees of freedom under
/// one <see cref="TestKind"/>. Shared by the comparison, the equivalence test and the sequential plan.
/// </summary>
internal readonly record struct DifferenceEstimate(double Estimate, double StandardError, double DegreesOfFreedom)
{
    /// <summary>Zero standard error (deterministic arms, or constant paired differences): no t-test is possible.</summary>
    public bool IsExact => StandardError == 0;

    public static DifferenceEstimate Of(double[] baseline, double[] change, TestKind kind) => kind switch
    {
        TestKind.Welch => Welch(baseline, change),
        TestKind.Student => Student(baseline, change),
        TestKind.Paired => Paired(baseline, change),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown test kind."),
    };

    private static DifferenceEstimate Welch(double[] baseline, double[] change)
    {
        var (baselineMean, baselineShare) = MeanAndVarianceOfMean(baseline);
        var (changeMean, changeShare) = MeanAndVarianceOfMean(change);
        var variance = baselineShare + changeShare;
        var denominator = (baselineShare * baselineShare / (baseline.Length - 1)) + (changeShare * changeShare / (change.Length - 1));
        return new DifferenceEstimate(changeMean - baselineMean, Math.Sqrt(variance), variance * variance / denominator);
    }

    private static DifferenceEstimate Student(double[] baseline, double[] change)
    {
        var baselineMean = Moments.Mean(baseline);
        var changeMean = Moments.Mean(change);
        var pooledVariance = PooledVariance.Of(baseline.Length, Moments.Variance(baseline, baselineMean), change.Length, Moments.Variance(change, changeMean));
        var standardError = Math.Sqrt(pooledVariance * ((1.0 / baseline.Length) + (1.0 / change.Length)));
        return new DifferenceEstimate(changeMean - baselineMean, standardError, baseline.Length + change.Length - 2);
    }

    private static DifferenceEstimate Paired(double[] baseline, double[] change)
    {
        Require.SameLength(baseline, change, "A paired test");
        var differences = new double[baseline.Length];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = change[i] - baseline[i];
        }

        var (mean, varianceOfMean) = MeanAndVarianceOfMean(differences);
        return new DifferenceEstimate(mean, Math.Sqrt(varianceOfMean), differences.Length - 1);
    }

    private static (double Mean, double VarianceOfMean) MeanAndVarianceOfMean(double[] values)
    {
        var mean = Moments.Mean(values);
        return (mean, Moments.Variance(values, mean) / values.Length);
    }
}
