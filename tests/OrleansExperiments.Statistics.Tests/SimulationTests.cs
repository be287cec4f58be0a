using MathNet.Numerics.Distributions;

namespace OrleansExperiments.Statistics.Tests;

/// <summary>
/// Seeded simulations of the verdict rule: the false-positive rate of A/A experiments stays at α, with a
/// fixed number of seeds and with the group-sequential plan, and the plan needs fewer seeds on average
/// when there is a real effect.
/// </summary>
public sealed class SimulationTests
{
    private const int Experiments = 20_000;
    private const double Alpha = 0.05;

    /// <summary>With 20,000 experiments the rate's standard error is 0.0015: the window is about ±6.5 of them.</summary>
    private const double LowestRate = 0.04;

    private const double HighestRate = 0.06;

    /// <summary>The mean number of seeds needs far fewer experiments to be pinned down than a 5% rate.</summary>
    private const int EffectExperiments = 5_000;

    private static readonly int[] Looks = [5, 10, 15, 20];

    /// <summary>
    /// Welch's test is slightly conservative with very few seeds (two-sided rate 0.034 at 3 seeds per arm,
    /// 0.044 at 5, by SciPy's ttest_ind on 200,000 experiments); from about 8 seeds it is at α.
    /// </summary>
    [Theory]
    [InlineData(TestKind.Welch, Alternative.TwoSided, 10)]
    [InlineData(TestKind.Welch, Alternative.Better, 8)]
    [InlineData(TestKind.Student, Alternative.TwoSided, 5)]
    [InlineData(TestKind.Paired, Alternative.Worse, 4)]
    public void AA_experiments_with_fixed_seeds_are_decided_at_rate_alpha(TestKind kind, Alternative alternative, int seeds)
    {
        var random = new Random(20_240_601);
        var options = new ComparisonOptions { Goal = MetricGoal.Maximize, Alpha = Alpha, Alternative = alternative, Test = kind, BootstrapResamples = 0 };
        var decided = 0;
        for (var experiment = 0; experiment < Experiments; experiment++)
        {
            var verdict = TwoSampleComparison.Decide(Normals(random, seeds, 0), Normals(random, seeds, 0), options).Verdict;
            decided += verdict == Verdict.Inconclusive ? 0 : 1;
        }

        AssertRateNearAlpha(decided);
    }

    [Fact]
    public void AA_experiments_with_the_sequential_plan_are_decided_at_rate_alpha()
    {
        var plan = SequentialPlan.Create(Looks, Alpha, Alternative.TwoSided);
        var random = new Random(7);
        var decided = 0;
        for (var experiment = 0; experiment < Experiments; experiment++)
        {
            decided += RunSequentially(plan, random, effect: 0).Verdict == Verdict.Inconclusive ? 0 : 1;
        }

        AssertRateNearAlpha(decided);
    }

    [Fact]
    public void With_a_one_standard_deviation_effect_the_plan_needs_fewer_seeds_than_the_fixed_design()
    {
        var plan = SequentialPlan.Create(Looks, Alpha, Alternative.TwoSided);
        var random = new Random(11);
        var seeds = 0L;
        var progress = 0;
        for (var experiment = 0; experiment < EffectExperiments; experiment++)
        {
            var decision = RunSequentially(plan, random, effect: 1);
            seeds += decision.Stage.SeedsPerArm;
            progress += decision.Verdict == Verdict.Progress ? 1 : 0;
        }

        var meanSeeds = (double)seeds / EffectExperiments;
        Assert.True(meanSeeds < plan.MaximumSeedsPerArm, $"mean seeds per arm {meanSeeds} should be below the fixed design's {plan.MaximumSeedsPerArm}");

        // The fixed design with 20 seeds has power 0.87 at d = 1; O'Brien–Fleming spending keeps nearly all of it.
        var power = (double)progress / EffectExperiments;
        Assert.True(power is > 0.8 and < 0.9, $"power {power}");
    }

    /// <summary>Runs one experiment seed by seed: each look sees the seeds of the earlier looks plus new ones.</summary>
    private static SequentialDecision RunSequentially(SequentialPlan plan, Random random, double effect)
    {
        var baseline = Normals(random, plan.MaximumSeedsPerArm, 0);
        var change = Normals(random, plan.MaximumSeedsPerArm, effect);
        foreach (var stage in plan.Stages)
        {
            var decision = plan.Evaluate(
                new ArraySegment<double>(baseline, 0, stage.SeedsPerArm),
                new ArraySegment<double>(change, 0, stage.SeedsPerArm),
                MetricGoal.Maximize);
            if (decision.Stop)
            {
                return decision;
            }
        }

        throw new InvalidOperationException("The last look always stops.");
    }

    private static void AssertRateNearAlpha(int decided)
    {
        var rate = (double)decided / Experiments;
        Assert.True(rate is >= LowestRate and <= HighestRate, $"false-positive rate {rate} outside [{LowestRate}, {HighestRate}]");
    }

    private static double[] Normals(Random random, int count, double mean)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = Normal.Sample(random, mean, 1);
        }

        return values;
    }
}
