namespace OrleansExperiments.Statistics.Tests;

/// <summary>The equivalence check's decisions beyond the R reference values.</summary>
public sealed class EquivalenceTests
{
    [Fact]
    public void Bitwise_equal_deterministic_paired_runs_are_unchanged()
    {
        double[] values = [0.91, 0.92, 0.905];
        var result = EquivalenceTest.Tost(values, (double[])values.Clone(), new EquivalenceOptions { Margin = 0.005, Test = TestKind.Paired, Deterministic = true });
        Assert.Equal(EquivalenceStatus.Unchanged, result.Status);
        Assert.True(result.DecidedByExactComparison);
        Assert.Contains("all 3 paired deterministic runs are bitwise equal", result.Reason);
    }

    [Fact]
    public void Any_difference_between_deterministic_paired_runs_is_a_change_even_inside_the_margin()
    {
        var result = EquivalenceTest.Tost(
            [0.91, 0.92, 0.905],
            [0.91, 0.9200000000000001, 0.905],
            new EquivalenceOptions { Margin = 0.005, Test = TestKind.Paired, Deterministic = true });
        Assert.Equal(EquivalenceStatus.Changed, result.Status);
        Assert.Contains("1 of 3 paired deterministic runs differ", result.Reason);
    }

    [Fact]
    public void A_difference_inside_the_margin_is_unchanged_even_when_significant()
    {
        // Many tight seeds: the 0.001 shift is significant, but the margin says it does not matter.
        var baseline = Enumerable.Range(0, 30).Select(i => 0.900 + (0.0001 * (i % 5))).ToArray();
        var change = baseline.Select(value => value + 0.001).ToArray();
        var result = EquivalenceTest.Tost(baseline, change, new EquivalenceOptions { Margin = 0.005 });

        Assert.True(result.DifferencePValue < 0.05);
        Assert.Equal(EquivalenceStatus.Unchanged, result.Status);
        Assert.StartsWith("Unchanged within ±0.005", result.Reason);
    }

    [Fact]
    public void A_clear_shift_beyond_the_margin_is_changed()
    {
        var result = EquivalenceTest.Tost([0.90, 0.901, 0.899, 0.900], [0.95, 0.951, 0.949, 0.950], new EquivalenceOptions { Margin = 0.005 });
        Assert.Equal(EquivalenceStatus.Changed, result.Status);
        Assert.StartsWith("Changed:", result.Reason);
    }

    [Fact]
    public void Few_noisy_seeds_are_inconclusive()
    {
        var result = EquivalenceTest.Tost([0.90, 0.95, 0.85], [0.91, 0.86, 0.96], new EquivalenceOptions { Margin = 0.005 });
        Assert.Equal(EquivalenceStatus.Inconclusive, result.Status);
        Assert.Contains("More seeds would decide", result.Reason);
    }

    [Theory]
    [InlineData(0.0005, EquivalenceStatus.Unchanged)]
    [InlineData(0.01, EquivalenceStatus.Changed)]
    public void Constant_unpaired_arms_compare_their_exact_difference_with_the_margin(double shift, EquivalenceStatus expected)
    {
        var result = EquivalenceTest.Tost([0.9, 0.9], [0.9 + shift, 0.9 + shift], new EquivalenceOptions { Margin = 0.005 });
        Assert.Equal(expected, result.Status);
        Assert.True(result.DecidedByExactComparison);
        Assert.Null(result.DegreesOfFreedom);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.01)]
    [InlineData(double.PositiveInfinity)]
    public void The_margin_must_be_positive(double margin)
    {
        var error = Assert.Throws<ArgumentException>(() => EquivalenceTest.Tost([1.0, 2.0], [1.0, 2.0], new EquivalenceOptions { Margin = margin }));
        Assert.Contains("'Margin' must be a positive finite number", error.Message);
    }
}
