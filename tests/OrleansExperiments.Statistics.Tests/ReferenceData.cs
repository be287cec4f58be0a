namespace OrleansExperiments.Statistics.Tests;

/// <summary>The data sets of Reference/datasets.R, with the same numbers.</summary>
internal static class ReferenceData
{
    public static readonly IReadOnlyDictionary<string, (double[] Baseline, double[] Change)> Sets = new Dictionary<string, (double[], double[])>
    {
        ["unequal-n"] = ([0.912, 0.905, 0.921, 0.917, 0.909], [0.925, 0.931, 0.919, 0.928, 0.935, 0.922, 0.930]),
        ["unequal-variances"] = ([1.20, 1.30, 1.25, 1.28, 1.22, 1.27], [0.80, 1.90, 1.10, 1.60, 0.95, 1.70]),
        ["ties"] = ([3, 3, 4, 4, 5], [4, 4, 5, 5, 6]),
        ["n-2"] = ([0.5, 0.7], [0.9, 1.0]),
        ["loss"] = ([0.312, 0.298, 0.305, 0.321, 0.309, 0.300, 0.315, 0.303], [0.301, 0.296, 0.299, 0.310, 0.294, 0.305, 0.298, 0.300]),
        ["one-arm-constant"] = ([2, 2, 2], [2.1, 2.3, 1.9, 2.2]),
        ["paired-accuracy"] = ([0.912, 0.905, 0.921, 0.917, 0.909], [0.925, 0.911, 0.930, 0.915, 0.922]),
        ["paired-n-2"] = ([1.0, 2.0], [1.5, 2.9]),
        ["paired-ties"] = ([3, 4, 4, 5, 6, 6], [4, 4, 5, 5, 7, 8]),
        ["paired-unequal-var"] = ([1.20, 1.30, 1.25, 1.28, 1.22, 1.27], [0.80, 1.90, 1.10, 1.60, 0.95, 1.70]),
        ["paired-loss"] = ([0.312, 0.298, 0.305, 0.321, 0.309, 0.300, 0.315, 0.303], [0.301, 0.296, 0.299, 0.310, 0.294, 0.305, 0.298, 0.300]),
    };
}
