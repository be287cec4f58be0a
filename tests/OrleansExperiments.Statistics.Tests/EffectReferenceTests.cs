namespace OrleansExperiments.Statistics.Tests;

/// <summary>
/// Per-arm summaries, Hedges' g and the probability of improvement against R 4 (Reference/effects.R)
/// and the interquartile mean against SciPy 1.10 (Reference/iqm.py).
///   mean(x), sd(x);
///   g = J·(mean(c) − mean(b))/s_pooled, ν = n₁ + n₂ − 2, J = exp(lgamma(ν/2) − lgamma((ν − 1)/2)) / sqrt(ν/2);
///   P(change better), maximized: wilcox.test(c, b, exact = FALSE)$statistic / (n₁n₂); minimized: wilcox.test(b, c, ...)
///   IQM: scipy.stats.trim_mean(x, 0.25).
/// </summary>
public sealed class EffectReferenceTests
{
    public static TheoryData<EffectCase> Effects => new()
    {
        // data set, mean b, sd b, mean c, sd c, Hedges' g, P(better) maximized, P(better) minimized
        new("unequal-n", 0.9128, 0.00634034699365895, 0.927142857142857, 0.00552052447473884, 2.25764146021558, 0.971428571428571, 0.0285714285714286),
        new("unequal-variances", 1.25333333333333, 0.0377712412645742, 1.34166666666667, 0.44990739787946, 0.255313246241429, 0.5, 0.5),
        new("ties", 3.8, 0.836660026534076, 4.8, 0.836660026534076, 1.07893685015158, 0.8, 0.2),
        new("n-2", 0.6, 0.141421356237309, 0.95, 0.0707106781186547, 1.76619276541411, 1, 0),
        new("loss", 0.307875, 0.00786379588457672, 0.300375, 0.00509726817590981, -1.06989222855774, 0.2109375, 0.7890625),
        new("one-arm-constant", 2, 0, 2.125, 0.170782512765993, 0.794432831747697, 0.75, 0.25),
        new("paired-accuracy", 0.9128, 0.00634034699365895, 0.9206, 0.00763544366752844, 1.00331321280366, 0.8, 0.2),
        new("paired-n-2", 1.5, 0.707106781186548, 2.2, 0.989949493661166, 0.459099948238998, 0.75, 0.25),
        new("paired-ties", 4.66666666666667, 1.211060141639, 5.5, 1.6431676725155, 0.532747425202995, 0.638888888888889, 0.361111111111111),
        new("paired-unequal-var", 1.25333333333333, 0.0377712412645742, 1.34166666666667, 0.44990739787946, 0.255313246241429, 0.5, 0.5),
        new("paired-loss", 0.307875, 0.00786379588457672, 0.300375, 0.00509726817590981, -1.06989222855774, 0.2109375, 0.7890625),
    };

    public static TheoryData<IqmCase> InterquartileMeans => new()
    {
        // name, values, scipy.stats.trim_mean(values, 0.25)
        new("unequal-n", [0.912, 0.905, 0.921, 0.917, 0.909, 0.925, 0.931, 0.919, 0.928, 0.935, 0.922, 0.93], 0.922),
        new("eight", [0.312, 0.298, 0.305, 0.321, 0.309, 0.3, 0.315, 0.303], 0.30725),
        new("ties", [3.0, 3.0, 4.0, 4.0, 5.0, 5.0, 5.0], 4.2),
        new("n-2", [0.5, 0.7], 0.6),
        new("n-3", [2.1, 2.3, 1.9], 2.1),
        new("n-5-outlier", [1.0, 1.1, 1.2, 9.0, 1.05], 1.116666666666667),
    };

    [Theory]
    [MemberData(nameof(Effects))]
    public void Summaries_and_effect_sizes_match_R(EffectCase reference)
    {
        var (baseline, change) = ReferenceData.Sets[reference.DataSet];
        var baselineSummary = SampleSummary.Of(baseline);
        var changeSummary = SampleSummary.Of(change);
        Approximately.Equal(reference.BaselineMean, baselineSummary.Mean, "baseline mean");
        Approximately.Equal(reference.BaselineSd, baselineSummary.StandardDeviation, "baseline sd");
        Approximately.Equal(reference.ChangeMean, changeSummary.Mean, "change mean");
        Approximately.Equal(reference.ChangeSd, changeSummary.StandardDeviation, "change sd");
        Approximately.Equal(reference.HedgesG, HedgesG.Compute(baselineSummary, changeSummary), "Hedges' g");
        Approximately.Equal(reference.BetterWhenMaximized, ProbabilityOfImprovement.Estimate(baseline, change, MetricGoal.Maximize).Estimate, "P(better), maximize");
        Approximately.Equal(reference.BetterWhenMinimized, ProbabilityOfImprovement.Estimate(baseline, change, MetricGoal.Minimize).Estimate, "P(better), minimize");
    }

    [Theory]
    [MemberData(nameof(InterquartileMeans))]
    public void Interquartile_mean_matches_SciPy(IqmCase reference) =>
        Approximately.Equal(reference.Expected, SampleSummary.Of(reference.Values).InterquartileMean, reference.Name);

    [Fact]
    public void Hedges_g_is_undefined_when_both_arms_are_constant() =>
        Assert.Null(HedgesG.Compute(SampleSummary.Of([1.0, 1.0]), SampleSummary.Of([2.0, 2.0, 2.0])));

    public sealed record EffectCase(string DataSet, double BaselineMean, double BaselineSd, double ChangeMean, double ChangeSd, double HedgesG, double BetterWhenMaximized, double BetterWhenMinimized);

    public sealed record IqmCase(string Name, double[] Values, double Expected);
}
