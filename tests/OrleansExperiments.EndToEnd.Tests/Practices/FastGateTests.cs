using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Scenarios;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>
/// Practice 5: with <c>--profile full</c> every arm first trains the fast profile with 2 seeds. exp/crash diverges
/// within a few steps, so the gate stops it before any full run; a sound change passes and the speed ratio is reported.
/// </summary>
[Collection(ScenarioGridCollection.Name)]
public sealed class FastGateTests(ScenarioGrid grid)
{
    private const int NotFinished = 3;
    private const int GateSeeds = 2;
    private const int Arms = 2;

    [Fact]
    public async Task A_change_that_diverges_is_stopped_by_the_fast_gate_before_any_full_run_with_exit_3()
    {
        var compare = await grid.Orlx.RunAsync(OrlxArguments.Compare(
            grid.Repository, ScenarioBranches.Crash, TemplateWorkload.MlpMode, profile: TemplateWorkload.FullProfile));

        Assert.True(compare.ExitCode == NotFinished, compare.ToString());
        Assert.Equal("failed", (string?)compare.Json["status"]);
        Assert.Contains("fast gate", (string?)compare.Json["message"]);
        var experimentId = (string)compare.Json["experimentId"]!;
        var results = await grid.Orlx.RunAsync("results", experimentId, "--json");
        Assert.True(results.ExitCode == NotFinished, results.ToString());
        var runs = results.Json["runs"]!.AsArray();
        Assert.Contains(runs, run => (string?)run!["arm"] == "change" && (string?)run["status"] == "failed");
        Assert.All(runs, run => Assert.Equal(TemplateWorkload.FastProfile, (string?)run!["profile"]));
        Assert.DoesNotContain(await grid.Results.ListRunsAsync(experimentId), run => run.Profile == TemplateWorkload.FullProfile);
    }

    [Fact]
    public async Task A_sound_change_passes_the_fast_gate_and_the_full_comparison_reports_the_speed_ratio()
    {
        // Checking cnn at the full profile too would multiply the cost; the gate is the same for every mode.
        var compare = await grid.Orlx.RunAsync(OrlxArguments.Compare(
            grid.Repository, ScenarioBranches.LargeGain, TemplateWorkload.MlpMode, ["--no-check-other-modes"],
            seeds: GateSeeds, profile: TemplateWorkload.FullProfile));

        Assert.True(compare.ExitCode == 0, compare.ToString());
        var json = compare.Json;
        Assert.Equal(TemplateWorkload.FullProfile, (string?)json["profile"]);
        Assert.Equal(GateSeeds, (int)json["baseline"]!["n"]!);
        var gate = json["fastGate"]!;
        Assert.Equal(TemplateWorkload.FastProfile, (string?)gate["profile"]);
        Assert.Equal(GateSeeds, (int)gate["seedsPerArm"]!);
        Assert.True((bool)gate["passed"]!);
        var ratio = (double)gate["speedRatio"]!;
        Assert.True(ratio > 0, gate.ToJsonString());
        var recommended = ratio is >= FastGateReport.MinimumSpeedRatio and <= FastGateReport.MaximumSpeedRatio;
        Assert.True(recommended == gate["warning"] is null, $"a warning exactly when the ratio is outside the recommended range: {gate.ToJsonString()}");
        foreach (var profile in (string[])[TemplateWorkload.FastProfile, TemplateWorkload.FullProfile])
        {
            Assert.Equal(Arms * GateSeeds, json["runs"]!.AsArray().Count(run => (string?)run!["profile"] == profile));
        }
    }
}
