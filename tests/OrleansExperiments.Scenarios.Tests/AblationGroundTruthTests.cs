using Xunit.Abstractions;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>
/// The ablation pair as a 2×2 factorial on mlp (main, small-regression, large-gain, and their merge): the
/// combination is progress, the small change's main effect is a regression, so an ablation calls it masked.
/// </summary>
[Collection(BuiltScenarioCollection.Name)]
public sealed class AblationGroundTruthTests(BuiltScenarioFixture fixture, ITestOutputHelper output)
{
    private const double ClearEffect = 3;
    private const string Mode = TemplateWorkload.MlpMode;

    [Fact]
    public async Task The_combination_is_progress_and_the_small_regression_is_a_masked_regression()
    {
        var baseline = await fixture.OverSeedsAsync(ScenarioBranches.Main, Mode);
        var small = await fixture.OverSeedsAsync(ScenarioBranches.SmallRegression, Mode);
        var large = await fixture.OverSeedsAsync(ScenarioBranches.LargeGain, Mode);
        var both = await fixture.OverSeedsAsync(BuiltScenarioFixture.Combination, Mode);

        // The main effect of a factor in a 2×2 design: the mean of its effect without and with the other change.
        var smallEffect = (small.Mean - baseline.Mean + both.Mean - large.Mean) / 2;
        var smallEffectError = Math.Sqrt((baseline.Variance + small.Variance + large.Variance + both.Variance) / BuiltScenarioFixture.Seeds.Count) / 2;
        output.WriteLine($"mlp val_accuracy: main {baseline}; small-regression {small}; large-gain {large}; both {both}");
        output.WriteLine($"small-regression main effect {smallEffect:F4} = {smallEffect / smallEffectError:F1} standard errors; " +
                         $"both vs main {both.Mean - baseline.Mean:F4} = {both.StandardErrorsAbove(baseline):F1} standard errors; " +
                         $"large-gain vs main {large.StandardErrorsAbove(baseline):F1}; small-regression vs main {small.StandardErrorsAbove(baseline):F1}");

        Assert.True(both.StandardErrorsAbove(baseline) >= ClearEffect, "the combination is progress");
        Assert.True(large.StandardErrorsAbove(baseline) >= ClearEffect, "the large gain is progress on its own");
        Assert.True(baseline.StandardErrorsAbove(small) >= ClearEffect, "the small regression regresses on its own");
        Assert.True(smallEffect / smallEffectError <= -ClearEffect, "the small regression's main effect is a regression");
        Assert.True(both.Mean < large.Mean, "the small regression also costs accuracy next to the large gain");
    }
}
