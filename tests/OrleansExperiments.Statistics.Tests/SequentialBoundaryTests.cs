namespace OrleansExperiments.Statistics.Tests;

/// <summary>
/// Lan–DeMets O'Brien–Fleming-type boundaries of <see cref="SequentialPlan"/>, checked three ways:
/// against R 4's nested adaptive quadrature (Reference/boundaries.R: integrate() of the recursive density,
/// uniroot for each boundary; an independent method, precise to about 1e-10) at 1e-6 relative; against
/// SciPy 1.10's multivariate normal CDF (Reference/boundaries.py: Genz's quasi-Monte Carlo, whose
/// probability error of about 1e-8 moves a boundary by up to about 7e-6, so 1e-5 relative there); and
/// against the published values for equally spaced looks at two-sided α = 0.05 (Jennison &amp; Turnbull
/// 2000; the ldbounds and gsDesign packages): K = 2: 2.963, 1.969; K = 4: 4.333, 2.963, 2.359, 2.014;
/// K = 5: 4.877, 3.357, 2.680, 2.290, 2.031.
/// </summary>
public sealed class SequentialBoundaryTests
{
    private const double SciPyRelativeTolerance = 1e-5;

    public static TheoryData<Case> RCases => new()
    {
        // seeds per arm at each look, α, two-sided, z boundaries (Reference/boundaries.R)
        new([5, 10, 15, 20], 0.05, true, [4.3326336460, 2.9631315977, 2.3590442853, 2.0140901439]),
        new([3, 8, 20], 0.05, true, [5.6696696020, 3.3568713271, 1.9622682053]),
        new([5, 10, 15, 20], 0.05, false, [3.7495518372, 2.5399425731, 2.0160698513, 1.7201770649]),
    };

    public static TheoryData<Case> SciPyCases => new()
    {
        // seeds per arm at each look, α, two-sided, z boundaries (Reference/boundaries.py)
        new([5, 10, 15, 20], 0.05, true, [4.3326336460, 2.9631315977, 2.3590467559, 2.0140883226]),
        new([10, 20], 0.05, true, [2.9625880427, 1.9685956406]),
        new([3, 8, 20], 0.05, true, [5.6696696020, 3.3568713271, 1.9622664298]),
        new([5, 10, 15, 20], 0.05, false, [3.7495518372, 2.5399425731, 2.0160698253, 1.7201770693]),
        new([4, 6, 9, 12, 16], 0.1, true, [3.7495518372, 3.0019453095, 2.3857603065, 2.0368495585, 1.7225463001]),
    };

    public static TheoryData<int[], double[]> PublishedCases => new()
    {
        { [10, 20], [2.963, 1.969] },
        { [5, 10, 15, 20], [4.333, 2.963, 2.359, 2.014] },
        { [2, 4, 6, 8, 10], [4.877, 3.357, 2.680, 2.290, 2.031] },
    };

    [Theory]
    [MemberData(nameof(RCases))]
    public void Boundaries_match_R_nested_quadrature(Case reference)
    {
        var plan = SequentialPlan.Create(reference.Seeds, reference.Alpha, reference.TwoSided ? Alternative.TwoSided : Alternative.Better);
        for (var k = 0; k < reference.Boundaries.Length; k++)
        {
            Approximately.Equal(reference.Boundaries[k], plan.Stages[k].Boundary, $"boundary {k + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(SciPyCases))]
    public void Boundaries_match_SciPy_multivariate_normal(Case reference)
    {
        var plan = SequentialPlan.Create(reference.Seeds, reference.Alpha, reference.TwoSided ? Alternative.TwoSided : Alternative.Better);
        for (var k = 0; k < reference.Boundaries.Length; k++)
        {
            var expected = reference.Boundaries[k];
            Assert.Equal(expected, plan.Stages[k].Boundary, SciPyRelativeTolerance * expected);
        }
    }

    [Theory]
    [MemberData(nameof(PublishedCases))]
    public void Boundaries_match_published_values(int[] seeds, double[] published)
    {
        var plan = SequentialPlan.Create(seeds, 0.05, Alternative.TwoSided);
        for (var k = 0; k < published.Length; k++)
        {
            // Published to three decimals.
            Assert.Equal(published[k], plan.Stages[k].Boundary, 0.0005);
        }
    }

    [Fact]
    public void The_whole_alpha_is_spent_by_the_last_look_and_nominal_levels_grow()
    {
        var plan = SequentialPlan.Create([5, 10, 15, 20], 0.05, Alternative.TwoSided);
        Assert.Equal(0.05, plan.Stages[^1].CumulativeAlphaSpent, 12);
        Assert.Equal([0.25, 0.5, 0.75, 1.0], plan.Stages.Select(s => s.InformationFraction));
        for (var k = 1; k < plan.Stages.Count; k++)
        {
            Assert.True(plan.Stages[k].NominalAlpha > plan.Stages[k - 1].NominalAlpha);
        }

        // The price of three interim looks: the last look tests at less than α.
        Assert.InRange(plan.Stages[^1].NominalAlpha, 0.04, 0.05);
    }

    [Fact]
    public void A_single_look_is_the_fixed_design()
    {
        var stage = Assert.Single(SequentialPlan.Create([20], 0.05, Alternative.TwoSided).Stages);
        Assert.Equal(1.959963984540054, stage.Boundary, 9);
        Assert.Equal(0.05, stage.NominalAlpha, 12);
    }

    [Theory]
    [InlineData(new[] { 5, 5, 10 })]
    [InlineData(new[] { 1, 10 })]
    [InlineData(new int[0])]
    public void Bad_looks_are_refused(int[] seeds) =>
        Assert.Throws<ArgumentException>(() => SequentialPlan.Create(seeds));

    [Fact]
    public void Evaluating_between_looks_is_refused_with_the_looks_named()
    {
        var plan = SequentialPlan.Create([5, 10]);
        var error = Assert.Throws<ArgumentException>(() => plan.Evaluate([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7], MetricGoal.Maximize));
        Assert.Contains("5, 10 seeds per arm", error.Message);
    }

    [Fact]
    public void An_early_clear_difference_stops_at_the_first_look()
    {
        var plan = SequentialPlan.Create([5, 10, 15, 20]);
        var decision = plan.Evaluate([0.80, 0.81, 0.79, 0.80, 0.805], [0.90, 0.91, 0.89, 0.90, 0.905], MetricGoal.Maximize);
        Assert.True(decision.Stop);
        Assert.Equal(Verdict.Progress, decision.Verdict);
        Assert.Equal(1, decision.Stage.Number);
        Assert.Null(decision.NextSeedsPerArm);
    }

    [Fact]
    public void An_undecided_look_says_how_many_seeds_come_next()
    {
        var plan = SequentialPlan.Create([5, 10, 15, 20]);
        var decision = plan.Evaluate([0.80, 0.82, 0.79, 0.81, 0.80], [0.81, 0.80, 0.82, 0.79, 0.83], MetricGoal.Maximize);
        Assert.False(decision.Stop);
        Assert.Equal(Verdict.Inconclusive, decision.Verdict);
        Assert.Equal(10, decision.NextSeedsPerArm);
        Assert.Contains("continue to 10 seeds per arm", decision.Reason);
    }

    public sealed record Case(int[] Seeds, double Alpha, bool TwoSided, double[] Boundaries);
}
