namespace OrleansExperiments.Statistics;

/// <summary>The numbers of a TOST: the two one-sided tests at ±δ, the test of no difference, and the 1 − 2α interval.</summary>
internal sealed record TwoOneSidedTests(
    double Difference,
    double Margin,
    double Alpha,
    ConfidenceInterval Interval,
    double? LowerStatistic,
    double? UpperStatistic,
    double? DegreesOfFreedom,
    double LowerPValue,
    double UpperPValue,
    double DifferencePValue)
{
    public double EquivalencePValue => Math.Max(LowerPValue, UpperPValue);

    public static TwoOneSidedTests Run(DifferenceEstimate estimate, double margin, double alpha)
    {
        var level = 1 - (2 * alpha);
        var d = estimate.Estimate;
        if (estimate.IsExact)
        {
            // Known exactly: each null hypothesis is simply true or false.
            return new TwoOneSidedTests(
                d, margin, alpha, new ConfidenceInterval(d, d, level), null, null, null,
                LowerPValue: d > -margin ? 0 : 1,
                UpperPValue: d < margin ? 0 : 1,
                DifferencePValue: d != 0 ? 0 : 1);
        }

        var se = estimate.StandardError;
        var df = estimate.DegreesOfFreedom;
        var lower = (d + margin) / se;
        var upper = (d - margin) / se;
        var halfWidth = StudentTDistribution.UpperQuantile(alpha, df) * se;
        return new TwoOneSidedTests(
            d, margin, alpha, new ConfidenceInterval(d - halfWidth, d + halfWidth, level), lower, upper, df,
            LowerPValue: StudentTDistribution.UpperTail(lower, df),
            UpperPValue: StudentTDistribution.LowerTail(upper, df),
            DifferencePValue: TailProbability.PValue(d / se, df, Alternative.TwoSided, MetricGoal.Maximize));
    }

    public EquivalenceResult ToResult(EquivalenceStatus status, string reason, bool bitwise) => new(
        status,
        Difference,
        Margin,
        Alpha,
        Interval,
        LowerStatistic,
        UpperStatistic,
        DegreesOfFreedom,
        LowerPValue,
        UpperPValue,
        DifferencePValue,
        DecidedByExactComparison: bitwise || LowerStatistic is null,
        reason);
}
