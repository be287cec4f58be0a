namespace OrleansExperiments.Statistics;

/// <summary>Which direction of a metric is an improvement.</summary>
public enum MetricGoal
{
    /// <summary>Larger values are better (for example accuracy).</summary>
    Maximize,

    /// <summary>Smaller values are better (for example loss).</summary>
    Minimize,
}
