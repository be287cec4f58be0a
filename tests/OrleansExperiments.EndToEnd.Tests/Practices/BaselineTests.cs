using System.Text.Json.Nodes;
using OrleansExperiments.Fingerprints;
using OrleansExperiments.Scenarios;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>
/// Practice 9: a compare reuses the stored baseline while it is valid, and re-measures it when the silo that would
/// run the experiment has another fingerprint (here another host name, which the default strict policy counts).
/// Each test makes its own repository, so it starts with no stored baseline.
/// </summary>
[Collection(ScenarioGridCollection.Name)]
public sealed class BaselineTests(ScenarioGrid grid)
{
    private const string BaselineArm = "baseline";
    private const string ForcedRerun = "rerun";
    private const string Age = "age";
    private const string MaximumAgeSetting = "ORLX_GRID__BASELINEMAXAGE";
    // Every stored baseline is older than this by the time the next command reads it.
    private const string TinyMaximumAge = "00:00:00.001";
    private static readonly string[] Modes = [TemplateWorkload.CnnMode, TemplateWorkload.MlpMode];

    [Fact]
    public async Task A_second_compare_reuses_the_baseline_and_a_silo_under_another_host_name_re_measures_it_naming_host()
    {
        var repository = grid.NewRepository();
        var compare = OrlxArguments.Compare(repository, ScenarioBranches.BetterCnn, TemplateWorkload.CnnMode);

        var first = await grid.Orlx.RunAsync(compare);
        var second = await grid.Orlx.RunAsync(compare);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.False((bool)first.Json["baselineReused"]!);
        Assert.True((bool)second.Json["baselineReused"]!, second.ToString());
        Assert.Equal(OrlxArguments.Numbers(first.Json["baseline"]!["values"]), OrlxArguments.Numbers(second.Json["baseline"]!["values"]));
        var firstRuns = await grid.Results.ListRunsAsync((string)first.Json["experimentId"]!);
        var secondRuns = await grid.Results.ListRunsAsync((string)second.Json["experimentId"]!);
        Assert.Contains(firstRuns, run => run.Arm == BaselineArm);
        Assert.DoesNotContain(secondRuns, run => run.Arm == BaselineArm);
        Assert.True(secondRuns.Count < firstRuns.Count, $"the second compare trained {secondRuns.Count} runs, the first {firstRuns.Count}");

        var moved = await grid.OnOtherHost.RunAsync(compare);

        Assert.True(moved.ExitCode == 0, moved.ToString());
        Assert.False((bool)moved.Json["baselineReused"]!, moved.ToString());
        var movedId = (string)moved.Json["experimentId"]!;
        var movedRuns = await grid.Results.ListRunsAsync(movedId);
        Assert.Contains(movedRuns, run => run.Arm == BaselineArm
            && EnvironmentFingerprint.FromCanonicalJson(run.FingerprintJson)[FingerprintFields.Host] == grid.OnOtherHost.HostName);
        var show = await grid.Orlx.RunAsync(OrlxArguments.ShowBaselines(repository));
        Assert.True(show.ExitCode == 0, show.ToString());
        var baselines = OrlxArguments.BaselinesByMode(show.Json, TemplateWorkload.FastProfile);
        Assert.Equal(Modes, baselines.Keys.Order(StringComparer.Ordinal));
        Assert.All(baselines.Values, baseline =>
        {
            Assert.True((bool)baseline["valid"]!, baseline.ToJsonString());
            Assert.Empty(baseline["invalidatedBecause"]!.AsArray());
            Assert.Contains(FingerprintFields.Host, OrlxArguments.Strings(baseline["remeasuredBecause"]));
            Assert.Equal(movedId, (string?)baseline["measuredBy"]);
            Assert.Equal(repository.Commits[ScenarioBranches.Main], (string?)baseline["commit"]);
        });
    }

    [Fact]
    public async Task A_baseline_older_than_the_maximum_age_is_re_measured_and_says_age()
    {
        var repository = grid.NewRepository();
        var compare = OrlxArguments.Compare(repository, ScenarioBranches.LargeGain, TemplateWorkload.MlpMode, ["--no-check-other-modes"]);
        var impatient = grid.With(MaximumAgeSetting, TinyMaximumAge);

        var first = await impatient.RunAsync(compare);
        var second = await impatient.RunAsync(compare);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.False((bool)second.Json["baselineReused"]!, second.ToString());
        var show = await grid.Orlx.RunAsync(OrlxArguments.ShowBaselines(repository));
        var mlp = Assert.Single(OrlxArguments.BaselinesByMode(show.Json, TemplateWorkload.FastProfile)).Value;
        Assert.Equal([Age], OrlxArguments.Strings(mlp["remeasuredBecause"]));
        Assert.Equal((string?)second.Json["experimentId"], (string?)mlp["measuredBy"]);
    }

    [Fact]
    public async Task Baseline_rerun_measures_a_valid_baseline_again_and_says_it_was_forced()
    {
        const int seeds = 2;
        var repository = grid.NewRepository();

        var first = await grid.Orlx.RunAsync(OrlxArguments.RerunBaseline(repository, TemplateWorkload.MlpMode, seeds));
        var measured = await MlpBaseline(repository);
        var second = await grid.Orlx.RunAsync(OrlxArguments.RerunBaseline(repository, TemplateWorkload.MlpMode, seeds));
        var remeasured = await MlpBaseline(repository);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal((string?)first.Json["experimentId"], (string?)measured["measuredBy"]);
        Assert.Empty(measured["remeasuredBecause"]!.AsArray());
        Assert.Equal((string?)second.Json["experimentId"], (string?)remeasured["measuredBy"]);
        Assert.Equal([ForcedRerun], OrlxArguments.Strings(remeasured["remeasuredBecause"]));
        Assert.True((bool)remeasured["valid"]!);
        Assert.Equal(seeds, (int)remeasured["seeds"]!);
    }

    private async Task<JsonNode> MlpBaseline(ScenarioRepository repository)
    {
        var show = await grid.Orlx.RunAsync(OrlxArguments.ShowBaselines(repository));
        Assert.True(show.ExitCode == 0, show.ToString());
        return Assert.Single(OrlxArguments.BaselinesByMode(show.Json, TemplateWorkload.FastProfile)).Value;
    }
}
