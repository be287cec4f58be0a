using System.Text.Json.Nodes;
using OrleansExperiments.Scenarios;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>
/// Practice 8: a change aimed at cnn is compared on cnn, and mlp, which it did not target, is run at both arms with the
/// same seeds. The trainer is deterministic, so mlp must be bitwise equal; a shared hyperparameter breaks that.
/// </summary>
[Collection(ScenarioGridCollection.Name)]
public sealed class NonIntrusiveTests(ScenarioGrid grid)
{
    private const string ExactMethod = "exact";

    [Fact]
    public async Task A_shared_hyperparameter_tuned_for_cnn_changes_mlp_which_fails_the_compare_with_exit_1()
    {
        var result = await grid.Orlx.RunAsync(OrlxArguments.Compare(grid.Repository, ScenarioBranches.SharedChange, TemplateWorkload.CnnMode));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("regression", (string?)result.Json["verdict"]);
        Assert.Contains(TemplateWorkload.MlpMode, (string?)result.Json["reason"]);
        var mlp = CheckedMlp(result.Json);
        Assert.Equal(("changed", ExactMethod), ((string?)mlp["status"], (string?)mlp["method"]));
        Assert.NotEqual(Values(mlp, "baselineValues"), Values(mlp, "changeValues"));
    }

    [Fact]
    public async Task A_cnn_change_that_leaves_mlps_code_path_alone_leaves_mlp_unchanged()
    {
        var result = await grid.Orlx.RunAsync(OrlxArguments.Compare(grid.Repository, ScenarioBranches.BetterCnn, TemplateWorkload.CnnMode));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("progress", (string?)result.Json["verdict"]);
        Assert.Equal(TemplateWorkload.CnnMode, (string?)result.Json["mode"]);
        var mlp = CheckedMlp(result.Json);
        Assert.Equal(("unchanged", ExactMethod), ((string?)mlp["status"], (string?)mlp["method"]));
        Assert.Equal(Values(mlp, "baselineValues"), Values(mlp, "changeValues"));
    }

    /// <summary>The one non-intrusive check, of mlp, after checking mlp ran at both arms with the compare's seeds.</summary>
    private static JsonNode CheckedMlp(JsonNode json)
    {
        var mlp = Assert.Single(json["nonIntrusive"]!.AsArray())!;
        Assert.Equal(TemplateWorkload.MlpMode, (string?)mlp["mode"]);
        var seeds = Enumerable.Range(1, ScenarioGrid.Seeds).ToList();
        foreach (var arm in (string[])["baseline", "change"])
        {
            var runs = json["runs"]!.AsArray().Where(r => (string?)r!["arm"] == arm && (string?)r["mode"] == TemplateWorkload.MlpMode);
            Assert.Equal(seeds, runs.Select(r => (int)r!["seed"]!).Order());
        }
        Assert.Equal(ScenarioGrid.Seeds, Values(mlp, "baselineValues").Count);
        return mlp;
    }

    private static List<double> Values(JsonNode check, string name) => OrlxArguments.Numbers(check[name]);
}
