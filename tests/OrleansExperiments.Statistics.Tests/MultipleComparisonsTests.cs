namespace OrleansExperiments.Statistics.Tests;

/// <summary>Adjusting several comparisons against one baseline re-decides their verdicts.</summary>
public sealed class MultipleComparisonsTests
{
    private static readonly double[] Baseline = [0.312, 0.298, 0.305, 0.321, 0.309, 0.300, 0.315, 0.303];

    [Fact]
    public void Holm_turns_a_borderline_progress_into_inconclusive()
    {
        var options = new ComparisonOptions { Goal = MetricGoal.Minimize, BootstrapResamples = 0 };
        ComparisonResult[] comparisons =
        [
            // Two-sided Welch p = 0.0429 (R, data set "loss"): progress on its own.
            TwoSampleComparison.Compare(Baseline, [0.301, 0.296, 0.299, 0.310, 0.294, 0.305, 0.298, 0.300], options),
            TwoSampleComparison.Compare(Baseline, [0.311, 0.299, 0.306, 0.318, 0.310, 0.301, 0.314, 0.304], options),
        ];
        Assert.Equal(Verdict.Progress, comparisons[0].Verdict);

        var adjusted = MultipleComparisons.Adjust(comparisons);

        var expected = MultipleComparisons.Holm(comparisons.Select(c => c.Test.PValue).ToArray());
        Assert.Equal(expected, adjusted.Select(c => c.AdjustedPValue!.Value));
        Assert.All(adjusted, c => Assert.Equal(PValueAdjustment.Holm, c.Adjustment));
        Assert.Equal(Verdict.Inconclusive, adjusted[0].Verdict);
        Assert.Contains("Holm-adjusted p = 0.0858585", adjusted[0].Reason);
        Assert.Equal(comparisons[0].Test, adjusted[0].Test);
        Assert.Equal(adjusted[0].AdjustedPValue, adjusted[0].DecidingPValue);
    }

    [Fact]
    public void An_empty_family_adjusts_to_nothing() =>
        Assert.Empty(MultipleComparisons.BenjaminiHochberg([]));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void P_values_outside_zero_to_one_are_refused(double p)
    {
        var error = Assert.Throws<ArgumentException>(() => MultipleComparisons.Holm([0.01, p]));
        Assert.Contains("p-value [1]", error.Message);
    }
}
