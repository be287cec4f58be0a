namespace OrleansExperiments.Statistics;

/// <summary>Which t-test compares the means of the two arms.</summary>
public enum TestKind
{
    /// <summary>Welch's t-test: unequal variances, Welch–Satterthwaite degrees of freedom.</summary>
    Welch,

    /// <summary>Student's t-test: pooled variance, n₁ + n₂ − 2 degrees of freedom.</summary>
    Student,

    /// <summary>Paired t-test on per-seed differences; both arms must list the same seeds in the same order.</summary>
    Paired,
}
