namespace OrleansExperiments.Statistics;

/// <summary>
/// A group-sequential plan: seeds are added in stages (for example 5, 10, 15, 20 per arm) and the
/// experiment stops at the first look whose t-test is significant at that look's nominal level. The
/// nominal levels come from Lan–DeMets O'Brien–Fleming-type α-spending on the z scale, so that the
/// overall false-positive rate stays α; applying them to t-tests is the usual small-sample practice
/// (checked by simulation in the tests).
/// </summary>
public sealed class SequentialPlan
{
    /// <summary>More looks than this buy almost nothing with O'Brien–Fleming spending.</summary>
    public const int MaximumStages = 10;

    private SequentialPlan(double alpha, Alternative alternative, IReadOnlyList<SequentialStage> stages)
    {
        Alpha = alpha;
        Alternative = alternative;
        Stages = stages;
    }

    /// <summary>The overall false-positive rate the plan keeps.</summary>
    public double Alpha { get; }

    /// <summary>The alternative of every look's test.</summary>
    public Alternative Alternative { get; }

    /// <summary>The looks, in order.</summary>
    public IReadOnlyList<SequentialStage> Stages { get; }

    /// <summary>Seeds per arm of the last look: what a fixed design of the same maximum size runs.</summary>
    public int MaximumSeedsPerArm => Stages[^1].SeedsPerArm;

    /// <summary>Builds a plan with looks at the given numbers of seeds per arm (strictly increasing, each at least 2).</summary>
    public static SequentialPlan Create(IReadOnlyList<int> seedsPerArmAtEachLook, double alpha = ComparisonOptions.DefaultAlpha, Alternative alternative = Alternative.TwoSided)
    {
        ArgumentNullException.ThrowIfNull(seedsPerArmAtEachLook);
        Require.Alpha(alpha);
        ValidateLooks(seedsPerArmAtEachLook);
        var final = (double)seedsPerArmAtEachLook[^1];
        var fractions = seedsPerArmAtEachLook.Select(seeds => seeds / final).ToArray();
        var tails = alternative == Alternative.TwoSided ? 2 : 1;
        var tailAlpha = alpha / tails;
        var boundaries = GroupSequentialBoundaries.Compute(fractions, tailAlpha, tails == 2);
        var stages = seedsPerArmAtEachLook
            .Select((seeds, k) => new SequentialStage(
                k + 1,
                seeds,
                fractions[k],
                tails * ObrienFlemingSpending.Cumulative(fractions[k], tailAlpha),
                boundaries[k],
                tails * StandardNormal.UpperTail(boundaries[k])))
            .ToArray();
        return new SequentialPlan(alpha, alternative, stages);
    }

    /// <summary>
    /// Decides at the look whose seeds per arm equal the number of values in each arm. For the full report
    /// at a stopping look, call <see cref="TwoSampleComparison.Compare"/> with
    /// <c>Alpha = decision.Stage.NominalAlpha</c>: the same test and verdict, with effect sizes and bootstrap.
    /// </summary>
    public SequentialDecision Evaluate(IReadOnlyList<double> baseline, IReadOnlyList<double> change, MetricGoal goal, TestKind test = TestKind.Welch)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(change);
        var stage = Stages.FirstOrDefault(s => s.SeedsPerArm == baseline.Count && s.SeedsPerArm == change.Count)
            ?? throw new ArgumentException(
                $"The plan looks at {string.Join(", ", Stages.Select(s => s.SeedsPerArm))} seeds per arm; got {baseline.Count} baseline and {change.Count} change values. Evaluate when both arms reach a look.");
        var options = new ComparisonOptions { Goal = goal, Alpha = stage.NominalAlpha, Alternative = Alternative, Test = test, BootstrapResamples = 0 };
        var decision = TwoSampleComparison.Decide(baseline, change, options);
        var look = $"Look {stage.Number} of {Stages.Count} ({stage.SeedsPerArm} seeds per arm, nominal α {Text.Number(stage.NominalAlpha)} from O'Brien–Fleming spending of α = {Text.Number(Alpha)})";
        if (decision.Verdict != Verdict.Inconclusive)
        {
            return new SequentialDecision(stage, true, decision.Verdict, null, decision.Test, $"{look}: stop. {decision.Reason}");
        }

        if (stage.Number == Stages.Count)
        {
            return new SequentialDecision(stage, true, Verdict.Inconclusive, null, decision.Test, $"{look}: the last look, stop. {decision.Reason}");
        }

        var next = Stages[stage.Number].SeedsPerArm;
        return new SequentialDecision(stage, false, Verdict.Inconclusive, next, decision.Test, $"{look}: not decided, continue to {next} seeds per arm. {decision.Reason}");
    }

    private static void ValidateLooks(IReadOnlyList<int> seeds)
    {
        if (seeds.Count is < 1 or > MaximumStages)
        {
            throw new ArgumentException($"A plan has 1 to {MaximumStages} looks; got {seeds.Count}.", "seedsPerArmAtEachLook");
        }

        for (var k = 0; k < seeds.Count; k++)
        {
            if (seeds[k] < Require.MinimumValuesPerArm || (k > 0 && seeds[k] <= seeds[k - 1]))
            {
                throw new ArgumentException(
                    $"Seeds per arm at the looks must increase strictly and start at {Require.MinimumValuesPerArm} or more; got [{string.Join(", ", seeds)}].",
                    "seedsPerArmAtEachLook");
            }
        }
    }
}
