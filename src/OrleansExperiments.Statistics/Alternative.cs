namespace OrleansExperiments.Statistics;

/// <summary>The alternative hypothesis, stated in the metric's improving direction.</summary>
public enum Alternative
{
    /// <summary>One-sided: the change improves the metric.</summary>
    Better,

    /// <summary>One-sided: the change worsens the metric.</summary>
    Worse,

    /// <summary>Two-sided: a significant difference is progress or regression by its sign.</summary>
    TwoSided,
}
