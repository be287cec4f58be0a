namespace OrleansExperiments.Statistics.Tests;

/// <summary>The full comparison: verdicts, reasons, exact comparison of deterministic arms, bootstrap and input checks.</summary>
public sealed class ComparisonTests
{
    private static readonly double[] Baseline = [0.912, 0.905, 0.921, 0.917, 0.909];
    private static readonly double[] Better = [0.925, 0.931, 0.919, 0.928, 0.935, 0.922, 0.930];

    [Fact]
    public void A_clear_improvement_is_progress_with_every_number_of_the_report()
    {
        var result = TwoSampleComparison.Compare(Baseline, Better, new ComparisonOptions { Goal = MetricGoal.Maximize });

        Assert.Equal(Verdict.Progress, result.Verdict);
        Assert.StartsWith("The change is better than the baseline", result.Reason);
        Assert.Contains("Welch t = 4.07413 on 7.95073 df, two-sided p = 0.0036097 ≤ α = 0.05", result.Reason);

        // R: t.test(change, baseline) (see TTestReferenceTests, data set "unequal-n").
        Approximately.Equal(0.00360970362735849, result.Test.PValue, "p");
        Approximately.Equal(0.00621586378553376, result.Test.Interval.Low, "CI low");
        Approximately.Equal(2.25764146021558, result.HedgesG, "Hedges' g");
        Assert.Equal((5, 7), (result.Baseline.Count, result.Change.Count));
        Approximately.Equal(0.971428571428571, result.ProbabilityOfImprovement.Estimate, "P(better)");

        var interval = result.ProbabilityOfImprovement.Interval!;
        Assert.Equal(0.95, interval.Level, 12);
        Assert.True(interval.Low <= result.ProbabilityOfImprovement.Estimate && result.ProbabilityOfImprovement.Estimate <= interval.High);
        Assert.InRange(interval.Low, 0.5, 1);
        Assert.Equal(ComparisonOptions.DefaultBootstrapResamples, result.ProbabilityOfImprovement.Resamples);
        Assert.False(result.RecommendedSeeds.IsCapped);
    }

    [Fact]
    public void The_same_numbers_are_a_regression_when_the_metric_is_minimized()
    {
        var result = TwoSampleComparison.Compare(Baseline, Better, new ComparisonOptions { Goal = MetricGoal.Minimize });
        Assert.Equal(Verdict.Regression, result.Verdict);
        Assert.StartsWith("The change is worse than the baseline", result.Reason);
        Approximately.Equal(0.0285714285714286, result.ProbabilityOfImprovement.Estimate, "P(better)");
    }

    [Fact]
    public void A_one_sided_test_for_improvement_never_reports_a_regression()
    {
        var result = TwoSampleComparison.Decide(Better, Baseline, new ComparisonOptions { Goal = MetricGoal.Maximize, Alternative = Alternative.Better });
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.StartsWith("The change is not significantly better than the baseline", result.Reason);
        Assert.Equal(0.9, result.Test.Interval.Level, 12);
    }

    [Fact]
    public void An_inconclusive_result_says_how_many_seeds_would_detect_the_difference()
    {
        double[] baseline = [1.20, 1.30, 1.25, 1.28, 1.22, 1.27];
        double[] change = [0.80, 1.90, 1.10, 1.60, 0.95, 1.70];
        var result = TwoSampleComparison.Compare(baseline, change, new ComparisonOptions { Goal = MetricGoal.Maximize });

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        var expected = PowerAnalysis.SeedsPerArm(result.Test.Difference, result.Baseline.StandardDeviation, result.Change.StandardDeviation, 0.05, Alternative.TwoSided);
        Assert.Equal(expected, result.RecommendedSeeds);
        Assert.True(result.RecommendedSeeds.SeedsPerArm > 6);
        Assert.Contains($"6 seeds per arm were too few: {result.RecommendedSeeds.SeedsPerArm} seeds per arm detect a difference of", result.Reason);
    }

    [Fact]
    public void A_given_minimum_effect_replaces_the_observed_difference()
    {
        var result = TwoSampleComparison.Compare(Baseline, Better, new ComparisonOptions { Goal = MetricGoal.Maximize, MinimumEffect = 0.002 });
        Assert.Equal(0.002, result.RecommendedSeeds.MinimumEffect);
        Assert.True(result.RecommendedSeeds.SeedsPerArm > 20);
    }

    [Fact]
    public void Deterministic_arms_that_differ_are_decided_by_exact_comparison()
    {
        var result = TwoSampleComparison.Compare([0.91, 0.91, 0.91], [0.92, 0.92, 0.92], new ComparisonOptions { Goal = MetricGoal.Maximize });

        Assert.Equal(Verdict.Progress, result.Verdict);
        Assert.True(result.Test.DecidedByExactComparison);
        Assert.Null(result.Test.Statistic);
        Assert.Null(result.Test.DegreesOfFreedom);
        Assert.Equal(0, result.Test.PValue);
        Assert.Equal(result.Test.Difference, result.Test.Interval.Low);
        Assert.Equal(result.Test.Difference, result.Test.Interval.High);
        Assert.Null(result.HedgesG);
        Assert.Equal(1, result.ProbabilityOfImprovement.Estimate);
        Assert.Equal(2, result.RecommendedSeeds.SeedsPerArm);
        Assert.Contains("zero variance", result.Reason);
    }

    [Fact]
    public void Identical_deterministic_arms_do_not_differ_and_no_seed_count_can_detect_a_zero_difference()
    {
        var result = TwoSampleComparison.Compare([0.1 + 0.2, 0.1 + 0.2], [0.3000000000000000444, 0.30000000000000004], new ComparisonOptions { Goal = MetricGoal.Maximize });

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.Equal(1, result.Test.PValue);
        Assert.StartsWith("The arms do not differ", result.Reason);
        Assert.True(result.RecommendedSeeds.IsCapped);
        Assert.Equal(PowerAnalysis.MaximumSeedsPerArm, result.RecommendedSeeds.SeedsPerArm);
        Assert.Contains("capped at 1000", result.Reason);
    }

    [Fact]
    public void A_constant_paired_difference_is_decided_exactly()
    {
        var result = TwoSampleComparison.Decide([1.0, 2.0, 3.0], [1.5, 2.5, 3.5], new ComparisonOptions { Goal = MetricGoal.Minimize, Test = TestKind.Paired });
        Assert.Equal(Verdict.Regression, result.Verdict);
        Assert.True(result.Test.DecidedByExactComparison);
        Assert.Contains("every paired difference", result.Reason);
    }

    [Fact]
    public void The_bootstrap_is_reproducible_from_its_seed()
    {
        double[] baseline = [1.20, 1.30, 1.25, 1.28, 1.22, 1.27];
        double[] change = [0.80, 1.90, 1.10, 1.60, 0.95, 1.70];
        var options = new ComparisonOptions { Goal = MetricGoal.Maximize, BootstrapResamples = 2_001 };
        var first = TwoSampleComparison.Compare(baseline, change, options).ProbabilityOfImprovement;
        var again = TwoSampleComparison.Compare(baseline, change, options).ProbabilityOfImprovement;
        var otherSeed = TwoSampleComparison.Compare(baseline, change, options with { BootstrapSeed = 5 }).ProbabilityOfImprovement;

        Assert.Equal(first, again);
        Assert.Equal(ProbabilityOfImprovement.DefaultSeed, first.Seed);
        Assert.NotEqual(first.Interval, otherSeed.Interval);
    }

    [Fact]
    public void No_resamples_means_no_interval()
    {
        var result = TwoSampleComparison.Compare(Baseline, Better, new ComparisonOptions { Goal = MetricGoal.Maximize, BootstrapResamples = 0 });
        Assert.Null(result.ProbabilityOfImprovement.Interval);
    }

    [Fact]
    public void The_paired_bootstrap_keeps_pairs_together()
    {
        // Every seed improves by the same 0.5: resampling seed pairs keeps each baseline value with its
        // change, so the resamples vary less than when the arms are resampled independently.
        double[] baseline = [1, 2, 3, 4, 5, 6];
        double[] change = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5];
        var paired = ProbabilityOfImprovement.Estimate(baseline, change, MetricGoal.Maximize, paired: true, resamples: 4_000);
        var independent = ProbabilityOfImprovement.Estimate(baseline, change, MetricGoal.Maximize, paired: false, resamples: 4_000);

        Assert.Equal(paired.Estimate, independent.Estimate);
        var pairedWidth = paired.Interval!.High - paired.Interval.Low;
        var independentWidth = independent.Interval!.High - independent.Interval.Low;
        Assert.True(pairedWidth < independentWidth, $"paired {pairedWidth} should be narrower than independent {independentWidth}");
    }

    [Theory]
    [InlineData(new[] { 1.0 }, new[] { 1.0, 2.0 }, "'baseline' has 1 value(s); at least 2 are needed per arm")]
    [InlineData(new[] { 1.0, 2.0 }, new double[0], "'change' has 0 value(s)")]
    [InlineData(new[] { 1.0, double.NaN }, new[] { 1.0, 2.0 }, "'baseline'[1] is NaN; every value must be a finite number")]
    [InlineData(new[] { 1.0, 2.0 }, new[] { double.PositiveInfinity, 2.0 }, "'change'[0] is Infinity")]
    public void Bad_values_are_refused_with_a_clear_message(double[] baseline, double[] change, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => TwoSampleComparison.Compare(baseline, change, new ComparisonOptions { Goal = MetricGoal.Maximize }));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.05)]
    [InlineData(0.51)]
    [InlineData(double.NaN)]
    public void Alpha_outside_zero_to_a_half_is_refused(double alpha)
    {
        var error = Assert.Throws<ArgumentException>(() => TwoSampleComparison.Compare(Baseline, Better, new ComparisonOptions { Goal = MetricGoal.Maximize, Alpha = alpha }));
        Assert.Contains("alpha must be in (0, 0.5]", error.Message);
    }

    [Fact]
    public void Alpha_of_one_half_is_allowed()
    {
        var result = TwoSampleComparison.Compare(Baseline, Better, new ComparisonOptions { Goal = MetricGoal.Maximize, Alpha = 0.5, Alternative = Alternative.Better });
        Assert.Equal(0, result.Test.Interval.Level);
    }

    [Fact]
    public void A_paired_test_needs_the_same_seeds_in_both_arms()
    {
        var error = Assert.Throws<ArgumentException>(() => TwoSampleComparison.Compare(Baseline, Better, new ComparisonOptions { Goal = MetricGoal.Maximize, Test = TestKind.Paired }));
        Assert.Contains("same seeds in both arms", error.Message);
    }
}
