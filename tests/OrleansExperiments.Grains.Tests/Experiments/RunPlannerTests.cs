using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Experiments;
using OrleansExperiments.Grains.Tests.Support;

namespace OrleansExperiments.Grains.Tests.Experiments;

public sealed class RunPlannerTests
{
    private readonly ExperimentSpec _compare = Samples.Compare("exp-1", seeds: 3) with { Modes = ["mlp"], CheckedModes = ["cnn"] };

    [Fact]
    public void A_comparison_runs_every_arm_in_every_mode_including_the_checked_ones_with_the_same_seeds()
    {
        var runs = RunPlanner.Expand(_compare);

        Assert.Equal(2 * 2 * 3, runs.Length);
        foreach (var arm in _compare.Arms)
        {
            foreach (var mode in new[] { "mlp", "cnn" })
            {
                var cell = runs.Where(r => r.Arm == arm.Name && r.Mode == mode).ToList();
                Assert.Equal([1, 2, 3], cell.Select(r => r.Seed));
                Assert.All(cell, r => Assert.Equal(arm.Commit, r.Commit));
            }
        }
    }

    [Fact]
    public void Every_run_carries_what_a_worker_needs_and_a_stable_id()
    {
        var run = RunPlanner.Expand(_compare).First(r => r.Arm == CompareAnalysis.ChangeArm && r.Mode == "cnn" && r.Seed == 2);

        Assert.Equal(RunIds.For("exp-1", "change", "cnn", "fast", 2), run.RunId);
        Assert.Equal("exp-1.change.cnn.fast.2", run.RunId);
        Assert.Equal((_compare.ExperimentId, _compare.Repository, _compare.Profile, _compare.DevicePool),
            (run.ExperimentId, run.Repository, run.Profile, run.DevicePool));
        Assert.Equal(_compare.DeclaredMetrics, run.DeclaredMetrics);
        Assert.Equal(Samples.ChangeCommit, run.Commit);
    }

    [Fact]
    public void Expanding_twice_gives_the_same_runs()
    {
        Assert.Equivalent(RunPlanner.Expand(_compare), RunPlanner.Expand(_compare), strict: true);
    }

    [Fact]
    public void An_ablation_trains_only_the_targeted_modes()
    {
        var ablate = _compare with { Kind = ExperimentKind.Ablate };

        var runs = RunPlanner.Expand(ablate);

        Assert.All(runs, r => Assert.Equal("mlp", r.Mode));
        Assert.Equal(2 * 3, runs.Length);
    }

    [Fact]
    public void Skipped_arm_and_mode_cells_are_left_out()
    {
        var runs = RunPlanner.Expand(_compare, (arm, mode) => arm.Name == CompareAnalysis.BaselineArm && mode == "mlp");

        Assert.Equal(3 * 3, runs.Length);
        Assert.DoesNotContain(runs, r => r.Arm == CompareAnalysis.BaselineArm && r.Mode == "mlp");
    }
}
