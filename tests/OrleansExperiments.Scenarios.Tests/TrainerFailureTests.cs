using OrleansExperiments.Protocol;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>The template's own checks: an unknown profile is a bad argument naming the profiles it has.</summary>
[Collection(BuiltScenarioCollection.Name)]
public sealed class TrainerFailureTests(BuiltScenarioFixture fixture)
{
    [Fact]
    public async Task An_unknown_profile_is_an_invalid_argument_that_names_the_profiles()
    {
        var run = await fixture.RunAsync(ScenarioBranches.Main, TemplateWorkload.CnnMode, "huge", 1);

        Assert.Equal(TrainerExitCodes.InvalidArguments, run.ExitCode);
        Assert.Null(run.Result);
        Assert.Equal("Unknown profile 'huge': trainer/hyperparameters.json has 'fast', 'full'.", run.Failure!.Reason);
    }

    [Fact]
    public async Task An_unknown_mode_is_an_invalid_argument()
    {
        var run = await fixture.RunAsync(ScenarioBranches.Main, "transformer", TemplateWorkload.FastProfile, 1);

        Assert.Equal(TrainerExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("'transformer'", run.Failure!.Reason);
    }
}
