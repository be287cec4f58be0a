using System.Text.Json.Nodes;
using OrleansExperiments.Scenarios;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>
/// Practice 3 on the scenario pair whose ground truth is known: on mlp, exp/small-regression costs accuracy and
/// exp/large-gain gains more, so their combination improves while the small change is a regression it masks.
/// </summary>
[Collection(ScenarioGridCollection.Name)]
public sealed class AblationTests(ScenarioGrid grid)
{
    private const double Alpha = 0.05;
    private const int Cells = 4;
    private static readonly string[] Changes = [ScenarioBranches.SmallRegression, ScenarioBranches.LargeGain];

    [Fact]
    public async Task The_combination_improves_but_the_small_regression_is_reported_as_masked_and_ablate_exits_1()
    {
        var repository = grid.Repository;

        var result = await grid.Orlx.RunAsync(OrlxArguments.Ablate(repository, Changes, TemplateWorkload.MlpMode));

        Assert.True(result.ExitCode == 1, result.ToString());
        var json = result.Json;
        Assert.Equal("regression", (string?)json["verdict"]);
        var mode = Assert.Single(json["modes"]!.AsArray())!;
        Assert.Equal(TemplateWorkload.MlpMode, (string?)mode["mode"]);
        var combination = mode["combination"]!;
        Assert.Equal(Changes, OrlxArguments.Strings(combination["components"]));
        Assert.True((double)combination["estimate"]! > 0 && (double)combination["pValue"]! <= Alpha,
            $"the full combination is progress: {combination.ToJsonString()}");

        var masked = Assert.Single(json["maskedRegressions"]!.AsArray())!;
        Assert.Equal(ScenarioBranches.SmallRegression, (string?)masked["change"]);
        Assert.True((double)masked["estimate"]! < 0 && (double)masked["pValue"]! <= Alpha, masked.ToJsonString());
        Assert.Contains(ScenarioBranches.LargeGain, (string?)masked["maskedBy"]);

        var effects = json["effects"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => (double)e!["estimate"]!);
        Assert.True(effects[ScenarioBranches.SmallRegression] < 0, "small-regression's main effect is negative");
        Assert.True(effects[ScenarioBranches.LargeGain] > 0, "large-gain's main effect is positive");

        AssertCells(json);
    }

    /// <summary>Every cell has every seed; the combination is a commit the grid made on main with both changes, tagged in the user's repository.</summary>
    private void AssertCells(JsonNode json)
    {
        var cells = json["cells"]!.AsArray();
        Assert.Equal(Cells, cells.Count);
        Assert.All(cells, cell => Assert.Equal(ScenarioGrid.Seeds, (int)cell!["n"]!));
        var both = Assert.Single(cells, cell => cell!["changes"]!.AsArray().Count == Changes.Length)!;
        var commit = (string)both["commit"]!;
        foreach (var ancestor in (string[])[ScenarioBranches.Main, .. Changes])
        {
            Assert.Equal(grid.Repository.Commits[ancestor], Git("merge-base", ancestor, commit));
        }
        var tag = $"orlx/{(string)json["experimentId"]!}/{(string)both["arm"]!}";
        Assert.Equal(commit, Git("rev-parse", tag + "^{commit}"));
    }

    private string Git(params string[] arguments) => GitCli.Run(grid.Repository.Path, arguments);
}
