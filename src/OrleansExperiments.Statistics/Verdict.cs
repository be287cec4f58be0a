namespace OrleansExperiments.Statistics;

/// <summary>The decision about a change compared with its baseline.</summary>
public enum Verdict
{
    /// <summary>The change is significantly better than the baseline.</summary>
    Progress,

    /// <summary>The change is significantly worse than the baseline.</summary>
    Regression,

    /// <summary>The data do not decide.</summary>
    Inconclusive,
}
