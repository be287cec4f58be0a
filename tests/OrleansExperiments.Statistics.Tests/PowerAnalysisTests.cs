namespace OrleansExperiments.Statistics.Tests;

/// <summary>Power analysis beyond the R reference values: caps, zero effects, zero variance, Welch's df and input checks.</summary>
public sealed class PowerAnalysisTests
{
    [Fact]
    public void A_zero_difference_is_capped_and_says_why()
    {
        var recommendation = PowerAnalysis.SeedsPerArm(0, 1, 1, 0.05, Alternative.TwoSided);
        Assert.True(recommendation.IsCapped);
        Assert.Equal(PowerAnalysis.MaximumSeedsPerArm, recommendation.SeedsPerArm);
        Assert.Contains("difference to detect is 0", recommendation.Explanation);
    }

    [Fact]
    public void A_difference_too_small_for_the_cap_is_capped_and_says_so()
    {
        var recommendation = PowerAnalysis.SeedsPerArm(0.01, 1, 1, 0.05, Alternative.TwoSided);
        Assert.True(recommendation.IsCapped);
        Assert.Equal(PowerAnalysis.MaximumSeedsPerArm, recommendation.SeedsPerArm);
        Assert.Contains("More than 1000 seeds per arm", recommendation.Explanation);
    }

    [Fact]
    public void Zero_variance_needs_only_the_minimum_seeds()
    {
        var recommendation = PowerAnalysis.SeedsPerArm(0.001, 0, 0, 0.05, Alternative.TwoSided);
        Assert.Equal(2, recommendation.SeedsPerArm);
        Assert.False(recommendation.IsCapped);
    }

    [Fact]
    public void The_sign_of_the_effect_does_not_matter() =>
        Assert.Equal(
            PowerAnalysis.SeedsPerArm(0.5, 1, 2, 0.05, Alternative.TwoSided).SeedsPerArm,
            PowerAnalysis.SeedsPerArm(-0.5, 1, 2, 0.05, Alternative.TwoSided).SeedsPerArm);

    [Fact]
    public void Welch_degrees_of_freedom_ask_for_more_seeds_than_the_normal_shortcut()
    {
        // z shortcut: n = (z₀.₉₇₅ + z₀.₈)² (σ₁² + σ₂²) / δ² = 7.849 · 2 / 1.5² ≈ 6.98 → 7 per arm;
        // R: power.t.test(delta = 1.5, sd = 1, power = 0.8)$n = 8.06 → 9.
        var recommendation = PowerAnalysis.SeedsPerArm(1.5, 1, 1, 0.05, Alternative.TwoSided);
        Assert.Equal(9, recommendation.SeedsPerArm);
        Assert.Contains("9 seeds per arm detect a difference of 1.5 with power 0.8 (Welch t-test, two-sided, α = 0.05)", recommendation.Explanation);
    }

    [Fact]
    public void Unequal_variances_need_more_seeds_than_their_average_suggests()
    {
        // Same total variance, but Welch's df fall when one arm carries it all.
        var balanced = PowerAnalysis.SeedsPerArm(1, Math.Sqrt(0.5), Math.Sqrt(0.5), 0.05, Alternative.TwoSided).SeedsPerArm;
        var lopsided = PowerAnalysis.SeedsPerArm(1, 0, 1, 0.05, Alternative.TwoSided).SeedsPerArm;
        Assert.True(lopsided > balanced, $"lopsided {lopsided} should exceed balanced {balanced}");
    }

    [Theory]
    [InlineData(double.NaN, 1, 0.05, 0.8, "minimum effect")]
    [InlineData(1, -1, 0.05, 0.8, "standard deviation")]
    [InlineData(1, 1, 0.7, 0.8, "alpha")]
    [InlineData(1, 1, 0.05, 1.0, "power")]
    public void Bad_input_is_refused(double effect, double sd, double alpha, double power, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => PowerAnalysis.SeedsPerArm(effect, sd, 1, alpha, Alternative.TwoSided, power));
        Assert.Contains(message, error.Message);
    }
}
