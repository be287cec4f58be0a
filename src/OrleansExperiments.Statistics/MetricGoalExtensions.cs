namespace OrleansExperiments.Statistics;

internal static class MetricGoalExtensions
{
    /// <summary>
    /// +1 when a larger value is better, −1 when a smaller one is: multiplying a difference in metric
    /// units by it gives a number that is positive exactly when the change improves the metric.
    /// </summary>
    public static int ImprovementSign(this MetricGoal goal) => goal switch
    {
        MetricGoal.Maximize => 1,
        MetricGoal.Minimize => -1,
        _ => throw new ArgumentOutOfRangeException(nameof(goal), goal, "Unknown metric goal."),
    };
}
