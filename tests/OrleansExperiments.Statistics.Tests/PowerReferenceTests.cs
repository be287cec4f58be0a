namespace OrleansExperiments.Statistics.Tests;

/// <summary>
/// Power analysis against R 4 (Reference/power.R):
///   power.t.test(delta, sd, sig.level, power = 0.8, alternative, type)$n, rounded up, for equal variances;
///   Welch power with unequal sds: pt(qt(alpha / sides, df, lower.tail = FALSE), df, ncp = delta / sqrt((sd1² + sd2²)/n), lower.tail = FALSE)
///   with df = (n − 1)(sd1² + sd2²)² / (sd1⁴ + sd2⁴).
/// </summary>
public sealed class PowerReferenceTests
{
    public static TheoryData<SizeCase> SampleSizes => new()
    {
        // delta, sd, sig.level, alternative, type, R's n, ceiling(n)
        new(1, 1, 0.05, "two.sided", "two.sample", 16.7147681423283, 17),
        new(0.5, 1, 0.05, "two.sided", "two.sample", 63.7657637142739, 64),
        new(0.01, 0.01, 0.05, "two.sided", "two.sample", 16.7147681423283, 17),
        new(2, 1, 0.05, "two.sided", "two.sample", 5.09000814871002, 6),
        new(1, 1, 0.05, "one.sided", "two.sample", 13.0977730406219, 14),
        new(0.3, 1, 0.01, "two.sided", "two.sample", 261.196109695308, 262),
        new(0.004, 0.006, 0.1, "one.sided", "two.sample", 20.7184630277133, 21),
        new(3, 1, 0.05, "two.sided", "two.sample", 3.07001019072005, 4),
        new(1, 1, 0.05, "two.sided", "paired", 9.93786390032421, 10),
        new(0.5, 1.3, 0.05, "one.sided", "paired", 43.1795687648663, 44),
        new(2.5, 1, 0.01, "two.sided", "paired", 5.19626683734505, 6),
    };

    public static TheoryData<WelchCase> WelchPowers => new()
    {
        // n per arm, delta, sd baseline, sd change, alpha, sides, power
        new(5, 1, 1, 1, 0.05, 2, 0.285927597694381),
        new(10, 0.5, 0.3, 0.9, 0.05, 2, 0.330698828654219),
        new(3, 2, 0.1, 1.5, 0.05, 1, 0.458547998079637),
        new(20, 0.01, 0.02, 0.015, 0.01, 2, 0.19209719517647),
        new(2, 1, 0.5, 0.5, 0.2, 1, 0.829623684063512),
    };

    [Theory]
    [MemberData(nameof(SampleSizes))]
    public void Seeds_per_arm_match_power_t_test(SizeCase reference)
    {
        var alternative = reference.Alternative == "two.sided" ? Alternative.TwoSided : Alternative.Better;
        var recommendation = reference.Type == "paired"
            ? PowerAnalysis.PairedSeeds(reference.Delta, reference.Sd, reference.Alpha, alternative)
            : PowerAnalysis.SeedsPerArm(reference.Delta, reference.Sd, reference.Sd, reference.Alpha, alternative);

        // The acceptance allows one seed; the search is exact, so it is R's n rounded up.
        Assert.Equal(reference.Ceiling, recommendation.SeedsPerArm);
        Assert.False(recommendation.IsCapped);
    }

    [Theory]
    [MemberData(nameof(SampleSizes))]
    public void Power_at_R_sample_size_is_the_target(SizeCase reference)
    {
        // R's n solves power(n) = 0.8 for a real n, so power(⌈n⌉) ≥ 0.8 > power(⌈n⌉ − 1).
        var alternative = reference.Alternative == "two.sided" ? Alternative.TwoSided : Alternative.Better;
        double PowerAt(int n) => reference.Type == "paired"
            ? PowerAnalysis.PairedPower(n, reference.Delta, reference.Sd, reference.Alpha, alternative)
            : PowerAnalysis.WelchPower(n, reference.Delta, reference.Sd, reference.Sd, reference.Alpha, alternative);
        Assert.True(PowerAt(reference.Ceiling) >= PowerAnalysis.DefaultPower);
        if (reference.Ceiling > 2)
        {
            Assert.True(PowerAt(reference.Ceiling - 1) < PowerAnalysis.DefaultPower);
        }
    }

    [Theory]
    [MemberData(nameof(WelchPowers))]
    public void Welch_power_matches_R(WelchCase reference)
    {
        var alternative = reference.Sides == 2 ? Alternative.TwoSided : Alternative.Better;
        Approximately.Equal(
            reference.Power,
            PowerAnalysis.WelchPower(reference.SeedsPerArm, reference.Delta, reference.BaselineSd, reference.ChangeSd, reference.Alpha, alternative),
            "power");
    }

    public sealed record SizeCase(double Delta, double Sd, double Alpha, string Alternative, string Type, double RSampleSize, int Ceiling);

    public sealed record WelchCase(int SeedsPerArm, double Delta, double BaselineSd, double ChangeSd, double Alpha, int Sides, double Power);
}
