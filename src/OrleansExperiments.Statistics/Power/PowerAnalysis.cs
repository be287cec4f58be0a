namespace OrleansExperiments.Statistics;

/// <summary>
/// Sample sizes for t-tests from the noncentral t distribution with the test's own degrees of freedom
/// (not the normal shortcut, which is far off at a handful of seeds). Two-sided power counts only the
/// tail in the effect's direction, like R's <c>power.t.test</c> (strict = FALSE).
/// </summary>
public static class PowerAnalysis
{
    /// <summary>The largest recommendation given; beyond it a difference is not worth chasing with seeds.</summary>
    public const int MaximumSeedsPerArm = 1000;

    /// <summary>The conventional power target.</summary>
    public const double DefaultPower = 0.8;

    /// <summary>
    /// Seeds per arm (equal in both arms) for Welch's t-test to detect <paramref name="minimumEffect"/>
    /// with the given power, using Welch–Satterthwaite degrees of freedom at the two standard deviations.
    /// With equal standard deviations this is R's <c>power.t.test(delta, sd, sig.level, power, type = "two.sample")</c> rounded up.
    /// </summary>
    public static SeedRecommendation SeedsPerArm(
        double minimumEffect,
        double baselineStandardDeviation,
        double changeStandardDeviation,
        double alpha,
        Alternative alternative,
        double power = DefaultPower)
    {
        ValidateStandardDeviation(baselineStandardDeviation, nameof(baselineStandardDeviation));
        ValidateStandardDeviation(changeStandardDeviation, nameof(changeStandardDeviation));
        return Recommend(
            minimumEffect,
            alpha,
            alternative,
            power,
            bothExact: baselineStandardDeviation == 0 && changeStandardDeviation == 0,
            seeds => WelchPower(seeds, minimumEffect, baselineStandardDeviation, changeStandardDeviation, alpha, alternative),
            "Welch t-test");
    }

    /// <summary>
    /// Seeds (pairs) for a paired t-test with the given standard deviation of the per-seed differences:
    /// R's <c>power.t.test(..., type = "paired")</c> rounded up.
    /// </summary>
    public static SeedRecommendation PairedSeeds(
        double minimumEffect,
        double differenceStandardDeviation,
        double alpha,
        Alternative alternative,
        double power = DefaultPower)
    {
        ValidateStandardDeviation(differenceStandardDeviation, nameof(differenceStandardDeviation));
        return Recommend(
            minimumEffect,
            alpha,
            alternative,
            power,
            bothExact: differenceStandardDeviation == 0,
            seeds => PairedPower(seeds, minimumEffect, differenceStandardDeviation, alpha, alternative),
            "paired t-test");
    }

    /// <summary>Power of Welch's t-test with <paramref name="seedsPerArm"/> seeds in each arm.</summary>
    public static double WelchPower(int seedsPerArm, double effect, double baselineStandardDeviation, double changeStandardDeviation, double alpha, Alternative alternative)
    {
        var baselineVariance = baselineStandardDeviation * baselineStandardDeviation;
        var changeVariance = changeStandardDeviation * changeStandardDeviation;
        var variance = baselineVariance + changeVariance;
        var degreesOfFreedom = (seedsPerArm - 1) * variance * variance / ((baselineVariance * baselineVariance) + (changeVariance * changeVariance));
        return TTestPower(effect, Math.Sqrt(variance / seedsPerArm), degreesOfFreedom, alpha, alternative);
    }

    /// <summary>Power of the paired t-test with <paramref name="seeds"/> pairs.</summary>
    public static double PairedPower(int seeds, double effect, double differenceStandardDeviation, double alpha, Alternative alternative) =>
        TTestPower(effect, differenceStandardDeviation / Math.Sqrt(seeds), seeds - 1, alpha, alternative);

    private static double TTestPower(double effect, double standardError, double degreesOfFreedom, double alpha, Alternative alternative)
    {
        var tailProbability = alternative == Alternative.TwoSided ? alpha / 2 : alpha;
        var critical = StudentTDistribution.UpperQuantile(tailProbability, degreesOfFreedom);
        return NoncentralStudentT.UpperTail(critical, degreesOfFreedom, Math.Abs(effect) / standardError);
    }

    private static SeedRecommendation Recommend(
        double minimumEffect,
        double alpha,
        Alternative alternative,
        double power,
        bool bothExact,
        Func<int, double> powerAt,
        string testName)
    {
        if (!double.IsFinite(minimumEffect))
        {
            throw new ArgumentException($"The minimum effect must be a finite number; got {Text.Number(minimumEffect)}.", nameof(minimumEffect));
        }

        Require.Alpha(alpha);
        if (!(power > 0 && power < 1))
        {
            throw new ArgumentException($"The power must be in (0, 1); got {Text.Number(power)}. Use for example {DefaultPower}.", nameof(power));
        }

        var effect = Math.Abs(minimumEffect);
        var sidedness = alternative == Alternative.TwoSided ? "two-sided" : "one-sided";
        if (effect == 0)
        {
            return new SeedRecommendation(
                MaximumSeedsPerArm,
                effect,
                power,
                IsCapped: true,
                $"The difference to detect is 0, which no number of seeds can detect; the recommendation is capped at {MaximumSeedsPerArm}. Give a minimum effect worth detecting.");
        }

        if (bothExact)
        {
            return new SeedRecommendation(
                Require.MinimumValuesPerArm,
                effect,
                power,
                IsCapped: false,
                $"The runs have zero variance, so {Require.MinimumValuesPerArm} seeds per arm decide by exact comparison.");
        }

        if (powerAt(MaximumSeedsPerArm) < power)
        {
            return new SeedRecommendation(
                MaximumSeedsPerArm,
                effect,
                power,
                IsCapped: true,
                $"More than {MaximumSeedsPerArm} seeds per arm would be needed to detect a difference of {Text.Number(effect)} with power {Text.Number(power)} ({testName}, {sidedness}, α = {Text.Number(alpha)}); the recommendation is capped at {MaximumSeedsPerArm}.");
        }

        var seeds = SmallestSufficient(powerAt, power);
        return new SeedRecommendation(
            seeds,
            effect,
            power,
            IsCapped: false,
            $"{seeds} seeds per arm detect a difference of {Text.Number(effect)} with power {Text.Number(power)} ({testName}, {sidedness}, α = {Text.Number(alpha)}).");
    }

    /// <summary>Binary search for the smallest n in [2, cap] whose power reaches the target (power grows with n).</summary>
    private static int SmallestSufficient(Func<int, double> powerAt, double power)
    {
        var insufficient = Require.MinimumValuesPerArm - 1;
        var sufficient = MaximumSeedsPerArm;
        while (sufficient - insufficient > 1)
        {
            var middle = insufficient + ((sufficient - insufficient) / 2);
            if (powerAt(middle) >= power)
            {
                sufficient = middle;
            }
            else
            {
                insufficient = middle;
            }
        }

        return sufficient;
    }

    private static void ValidateStandardDeviation(double standardDeviation, string argumentName)
    {
        if (!(double.IsFinite(standardDeviation) && standardDeviation >= 0))
        {
            throw new ArgumentException($"A standard deviation must be finite and non-negative; got {Text.Number(standardDeviation)}.", argumentName);
        }
    }
}
