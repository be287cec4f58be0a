namespace OrleansExperiments.Statistics.Tests;

/// <summary>Type 7 quantiles against R 4: Reference/quantile.R, quantile(x, p, type = 7) for x below.</summary>
public sealed class QuantileReferenceTests
{
    private static readonly double[] Values = [0.31, 0.12, 0.55, 0.12, 0.98, 0.47, 0.66];

    [Theory]
        [InlineData(0, 0.12)]
        [InlineData(0.025, 0.12)]
        [InlineData(0.1, 0.12)]
        [InlineData(0.25, 0.215)]
        [InlineData(0.5, 0.47)]
        [InlineData(0.9, 0.788)]
        [InlineData(0.975, 0.932)]
        [InlineData(1, 0.98)]
    public void R7_matches_R(double probability, double expected) =>
        Approximately.Equal(expected, Quantiles.R7(Values, probability), $"quantile {probability}");

    [Fact]
    public void A_single_value_is_every_quantile() =>
        Assert.Equal(3.5, Quantiles.R7([3.5], 0.3));

    [Fact]
    public void A_probability_outside_zero_to_one_is_refused() =>
        Assert.Contains("[0, 1]", Assert.Throws<ArgumentException>(() => Quantiles.R7(Values, 1.5)).Message);
}
