using Xunit.Abstractions;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>
/// The workload's profiles as ground truth: <c>fast</c> is 2–10× quicker than <c>full</c> (measured on the real
/// processes, start-up included; a property of the workload that the grid's fast gate relies on, not a benchmark
/// of our code), and at <c>full</c> the cnn beats the mlp.
/// </summary>
[Collection(BuiltScenarioCollection.Name)]
public sealed class WorkloadProfileTests(BuiltScenarioFixture fixture, ITestOutputHelper output)
{
    private const int Seed = 1;
    private const double MinimumSpeedRatio = 2;
    private const double MaximumSpeedRatio = 10;

    [Fact]
    public async Task Fast_is_two_to_ten_times_quicker_than_full_and_at_full_cnn_beats_mlp()
    {
        // One run at a time, so that the two profiles are timed under the same load; the quicker of two fast runs
        // discounts a one-off stall.
        var fast1 = await fixture.RunFreshAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, TemplateWorkload.FastProfile, Seed);
        var full = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, TemplateWorkload.FullProfile, Seed);
        var fast2 = await fixture.RunFreshAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, TemplateWorkload.FastProfile, Seed);
        var mlpFull = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.MlpMode, TemplateWorkload.FullProfile, Seed);

        var fast = TimeSpan.FromTicks(Math.Min(fast1.WallClock.Ticks, fast2.WallClock.Ticks));
        var ratio = full.WallClock / fast;
        output.WriteLine($"cnn fast {fast1.WallClock.TotalSeconds:F2} s / {fast2.WallClock.TotalSeconds:F2} s, full {full.WallClock.TotalSeconds:F2} s, ratio {ratio:F2}; " +
                         $"mlp full {mlpFull.WallClock.TotalSeconds:F2} s");
        output.WriteLine($"full val_accuracy: cnn {full.Metric(TemplateWorkload.Accuracy):F4}, mlp {mlpFull.Metric(TemplateWorkload.Accuracy):F4}; " +
                         $"fast cnn {fast1.Metric(TemplateWorkload.Accuracy):F4}");

        Assert.InRange(ratio, MinimumSpeedRatio, MaximumSpeedRatio);
        Assert.True(full.Metric(TemplateWorkload.Accuracy) > mlpFull.Metric(TemplateWorkload.Accuracy));
        Assert.True(full.Metric(TemplateWorkload.Accuracy) > fast1.Metric(TemplateWorkload.Accuracy), "full trains longer and should score higher than fast");
    }
}
