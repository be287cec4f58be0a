using OrleansExperiments.Protocol;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>The template trainer as a process: the same seed gives the same bits, another seed other values.</summary>
[Collection(BuiltScenarioCollection.Name)]
public sealed class TrainerDeterminismTests(BuiltScenarioFixture fixture)
{
    private const int Seed = 1;
    private const int OtherSeed = 2;

    [Theory]
    [InlineData(TemplateWorkload.CnnMode)]
    [InlineData(TemplateWorkload.MlpMode)]
    public async Task The_same_seed_gives_bitwise_identical_metrics_and_curves(string mode)
    {
        var first = await fixture.RunAsync(ScenarioBranches.Main, mode, TemplateWorkload.FastProfile, Seed);
        var second = await fixture.RunFreshAsync(ScenarioBranches.Main, mode, TemplateWorkload.FastProfile, Seed);

        first.Metric(TemplateWorkload.Accuracy);
        Assert.NotEmpty(first.Curves);
        Assert.Equal(Bits(first.Curves), Bits(second.Curves));
        Assert.Equal(Bits(first.Result!), Bits(second.Result!));
    }

    [Fact]
    public async Task Another_seed_gives_other_metrics_and_curves()
    {
        var first = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, TemplateWorkload.FastProfile, Seed);
        var other = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, TemplateWorkload.FastProfile, OtherSeed);

        Assert.NotEqual(first.Metric(TemplateWorkload.Loss), other.Metric(TemplateWorkload.Loss));
        Assert.NotEqual(Bits(first.Curves), Bits(other.Curves));
    }

    [Fact]
    public async Task The_curves_hold_the_training_loss_and_each_epochs_validation_metrics()
    {
        var run = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, TemplateWorkload.FastProfile, Seed);

        Assert.Equal(["train_loss", TemplateWorkload.Accuracy, TemplateWorkload.Loss], run.Curves.Select(point => point.Name).Distinct());
        var lastAccuracy = run.Curves.Last(point => point.Name == TemplateWorkload.Accuracy);
        Assert.Equal(run.Metric(TemplateWorkload.Accuracy), lastAccuracy.Value);
    }

    private static List<(long, string, long)> Bits(IEnumerable<MetricEvent> curves) =>
        [.. curves.Select(point => (point.Step, point.Name, BitConverter.DoubleToInt64Bits(point.Value)))];

    private static List<(string, long)> Bits(ResultEvent result) =>
        [.. result.Metrics.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, BitConverter.DoubleToInt64Bits(pair.Value)))];
}
