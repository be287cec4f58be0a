namespace OrleansExperiments.Protocol.Manifest;

/// <summary>Which direction of a metric is an improvement.</summary>
public enum MetricGoal
{
    /// <summary>Larger is better (accuracy).</summary>
    Maximize,

    /// <summary>Smaller is better (loss).</summary>
    Minimize,
}

/// <summary>The manifest's names of <see cref="MetricGoal"/> values.</summary>
public static class MetricGoalNames
{
    /// <summary>The name of <see cref="MetricGoal.Maximize"/>.</summary>
    public const string Maximize = "maximize";

    /// <summary>The name of <see cref="MetricGoal.Minimize"/>.</summary>
    public const string Minimize = "minimize";

    /// <summary>The manifest name of <paramref name="goal"/>: <c>maximize</c> or <c>minimize</c>.</summary>
    public static string ToName(this MetricGoal goal) => goal switch
    {
        MetricGoal.Maximize => Maximize,
        MetricGoal.Minimize => Minimize,
        _ => throw new ArgumentOutOfRangeException(nameof(goal), goal, "Not a metric goal."),
    };

    /// <summary>Reads a manifest goal name (exact, lower case).</summary>
    public static bool TryParse(string? name, out MetricGoal goal)
    {
        (var known, goal) = name switch
        {
            Maximize => (true, MetricGoal.Maximize),
            Minimize => (true, MetricGoal.Minimize),
            _ => (false, default),
        };
        return known;
    }
}
