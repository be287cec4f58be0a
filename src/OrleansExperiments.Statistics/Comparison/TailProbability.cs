namespace OrleansExperiments.Statistics;

/// <summary>p-values of a t statistic (change − baseline) for an alternative stated in the metric's improving direction.</summary>
internal static class TailProbability
{
    public static double PValue(double t, double degreesOfFreedom, Alternative alternative, MetricGoal goal)
    {
        var improvement = goal.ImprovementSign() * t;
        return alternative switch
        {
            Alternative.Better => StudentTDistribution.UpperTail(improvement, degreesOfFreedom),
            Alternative.Worse => StudentTDistribution.LowerTail(improvement, degreesOfFreedom),
            Alternative.TwoSided => Math.Min(1, 2 * StudentTDistribution.UpperTail(Math.Abs(t), degreesOfFreedom)),
            _ => throw new ArgumentOutOfRangeException(nameof(alternative), alternative, "Unknown alternative."),
        };
    }

    /// <summary>
    /// The p-value when the standard error is zero: the difference is known exactly, so it is 0 when the
    /// difference lies strictly in the direction the alternative asks about and 1 otherwise.
    /// </summary>
    public static double ExactPValue(double difference, Alternative alternative, MetricGoal goal)
    {
        var improvement = goal.ImprovementSign() * difference;
        var supportsAlternative = alternative switch
        {
            Alternative.Better => improvement > 0,
            Alternative.Worse => improvement < 0,
            Alternative.TwoSided => difference != 0,
            _ => throw new ArgumentOutOfRangeException(nameof(alternative), alternative, "Unknown alternative."),
        };
        return supportsAlternative ? 0 : 1;
    }
}
