using OrleansExperiments.Protocol;
using Xunit.Abstractions;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>
/// Each scenario branch, run directly, shows the effect it promises: means over <see cref="BuiltScenarioFixture.Seeds"/>
/// at the fast profile separated by several standard errors, and bitwise equality where a mode is untouched.
/// </summary>
[Collection(BuiltScenarioCollection.Name)]
public sealed class BranchGroundTruthTests(BuiltScenarioFixture fixture, ITestOutputHelper output)
{
    // A clear effect: the difference of means is at least this many standard errors (Welch's t). The effects seen
    // are about twice as wide, so seed noise cannot flip these checks.
    private const double ClearEffect = 3;
    private const int Seed = 1;

    [Fact]
    public async Task Better_cnn_clearly_improves_cnn()
    {
        var main = await fixture.OverSeedsAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode);
        var better = await fixture.OverSeedsAsync(ScenarioBranches.BetterCnn, TemplateWorkload.CnnMode);

        Report("better-cnn vs main (cnn)", better, main);
        Assert.True(better.StandardErrorsAbove(main) >= ClearEffect);
    }

    [Fact]
    public async Task Worse_clearly_regresses_cnn()
    {
        var main = await fixture.OverSeedsAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode);
        var worse = await fixture.OverSeedsAsync(ScenarioBranches.Worse, TemplateWorkload.CnnMode);

        Report("worse vs main (cnn)", worse, main);
        Assert.True(main.StandardErrorsAbove(worse) >= ClearEffect);
    }

    [Theory]
    [InlineData(ScenarioBranches.BetterCnn)]
    [InlineData(ScenarioBranches.Worse)]
    public async Task Cnn_changes_leave_mlp_bitwise_equal(string branch)
    {
        var main = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.MlpMode, TemplateWorkload.FastProfile, Seed);
        var changed = await fixture.RunAsync(branch, TemplateWorkload.MlpMode, TemplateWorkload.FastProfile, Seed);

        main.Metric(TemplateWorkload.Accuracy);
        Assert.Equal(Points(main), Points(changed));
    }

    [Fact]
    public async Task The_shared_change_changes_mlp_too()
    {
        var main = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.MlpMode, TemplateWorkload.FastProfile, Seed);
        var changed = await fixture.RunAsync(ScenarioBranches.SharedChange, TemplateWorkload.MlpMode, TemplateWorkload.FastProfile, Seed);

        output.WriteLine($"mlp val_loss: main {main.Metric(TemplateWorkload.Loss)}, shared-change {changed.Metric(TemplateWorkload.Loss)}");
        Assert.NotEqual(main.Metric(TemplateWorkload.Loss), changed.Metric(TemplateWorkload.Loss));
    }

    [Theory]
    [InlineData(TemplateWorkload.CnnMode)]
    [InlineData(TemplateWorkload.MlpMode)]
    public async Task The_crash_branch_fails_with_a_non_finite_loss_and_no_result(string mode)
    {
        var crash = await fixture.RunAsync(ScenarioBranches.Crash, mode, TemplateWorkload.FastProfile, Seed);

        output.WriteLine(crash.Failure?.Reason);
        Assert.Equal(TrainerExitCodes.NonFiniteValue, crash.ExitCode);
        Assert.Null(crash.Result);
        Assert.Matches(@"^The loss became (NaN|-?∞|-?Infinity) at step \d+; training diverged", crash.Failure!.Reason);
    }

    [Fact]
    public async Task Metric_v2_changes_accuracy_only_top_2_is_higher_and_the_loss_is_bitwise_equal()
    {
        var main = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, TemplateWorkload.FastProfile, Seed);
        var v2 = await fixture.RunAsync(ScenarioBranches.MetricV2, TemplateWorkload.CnnMode, TemplateWorkload.FastProfile, Seed);

        output.WriteLine($"cnn val_accuracy: version 1 {main.Metric(TemplateWorkload.Accuracy)}, version 2 {v2.Metric(TemplateWorkload.Accuracy)}");
        Assert.True(v2.Metric(TemplateWorkload.Accuracy) > main.Metric(TemplateWorkload.Accuracy));
        Assert.Equal(BitConverter.DoubleToInt64Bits(main.Metric(TemplateWorkload.Loss)), BitConverter.DoubleToInt64Bits(v2.Metric(TemplateWorkload.Loss)));
        Assert.Equal(fixture.Build(ScenarioBranches.MetricV2), fixture.Build(ScenarioBranches.MetricSilent));
    }

    [Fact]
    public void Hyperparameter_branches_run_from_mains_build()
    {
        Assert.Equal(3, fixture.DistinctBuilds);
        Assert.All([ScenarioBranches.Worse, ScenarioBranches.SharedChange, ScenarioBranches.Crash, BuiltScenarioFixture.Combination],
            checkout => Assert.Equal(fixture.Build(ScenarioBranches.Main), fixture.Build(checkout)));
        Assert.NotEqual(fixture.Build(ScenarioBranches.Main), fixture.Build(ScenarioBranches.BetterCnn));
    }

    private void Report(string what, SeedSample change, SeedSample baseline) =>
        output.WriteLine($"{what}: change {change}; baseline {baseline}; difference {change.Mean - baseline.Mean:F4} = {change.StandardErrorsAbove(baseline):F1} standard errors");

    private static List<(long, string, long)> Points(TrainerOutcome outcome) =>
        [.. outcome.Curves.Select(point => (point.Step, point.Name, BitConverter.DoubleToInt64Bits(point.Value)))];
}
