using System.Text.Json.Nodes;
using OrleansExperiments.EndToEnd.Tests.Support;

namespace OrleansExperiments.EndToEnd.Tests;

/// <summary>Two modes: the change targets mlp, and cnn is checked for being left alone.</summary>
public sealed class CompareGrid : GridEnvironment
{
    protected override IReadOnlyList<string> Modes => ["mlp", "cnn"];
}

/// <summary><c>orlx compare</c> against its own embedded silo: verdicts, exit codes, the JSON contract and the tags.</summary>
public sealed class CompareTests(CompareGrid grid) : IClassFixture<CompareGrid>
{
    private const int Seeds = 3;

    /// <summary>Every field DESIGN.md lists for <c>orlx compare --json</c>.</summary>
    private static readonly string[] CompareFields =
    [
        "experimentId", "metric", "goal", "verdict", "pValue", "alternative", "alpha", "baseline", "change",
        "difference", "hedgesG", "probabilityOfImprovement", "recommendedSeeds", "baselineReused", "nonIntrusive",
    ];

    private static readonly string[] ArmFields = ["ref", "commit", "n", "mean", "sd", "values"];
    private static readonly string[] DifferenceFields = ["estimate", "ciLow", "ciHigh"];

    [Fact]
    public async Task A_clearly_better_branch_is_progress_with_exit_0_and_the_whole_json_contract()
    {
        var result = await Compare("exp/better");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        foreach (var field in CompareFields)
        {
            Assert.True(json[field] is not null, $"compare --json lacks '{field}':{Environment.NewLine}{result.Stdout}");
        }
        Assert.Equal("progress", (string?)json["verdict"]);
        Assert.Equal(TrainerRepository.Metric, (string?)json["metric"]);
        Assert.Equal("maximize", (string?)json["goal"]);
        Assert.Equal("two-sided", (string?)json["alternative"]);
        Assert.Equal(0.05, (double)json["alpha"]!);
        Assert.True((double)json["pValue"]! < 0.05);
        AssertArm(json["baseline"]!, "main", TrainerRepository.MainQuality);
        AssertArm(json["change"]!, "exp/better", TrainerRepository.BetterQuality);
        foreach (var field in DifferenceFields)
        {
            Assert.True(json["difference"]![field] is not null, $"difference lacks '{field}'");
        }
        Assert.Equal(TrainerRepository.BetterQuality - TrainerRepository.MainQuality, (double)json["difference"]!["estimate"]!, precision: 6);
        Assert.True((double)json["hedgesG"]! > 0);
        Assert.True((double)json["probabilityOfImprovement"]! > 0.5);
        Assert.True((int)json["recommendedSeeds"]! >= 2);
        // Another test of this class may have stored main's baseline first; either way it is a boolean.
        _ = json["baselineReused"]!.GetValue<bool>();
        var otherMode = Assert.Single(json["nonIntrusive"]!.AsArray());
        Assert.Equal(("cnn", "unchanged"), ((string?)otherMode!["mode"], (string?)otherMode["status"]));
    }

    [Fact]
    public async Task A_clearly_worse_branch_is_a_regression_with_exit_1()
    {
        var result = await Compare("exp/worse");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("regression", (string?)result.Json["verdict"]);
        Assert.True((double)result.Json["difference"]!["estimate"]! < 0);
    }

    [Fact]
    public async Task The_commits_of_an_experiment_are_tagged_in_the_users_repository()
    {
        var result = await Compare("exp/better");
        var experimentId = (string)result.Json["experimentId"]!;

        var tags = grid.Repository.Tags($"orlx/{experimentId}/*");

        Assert.Equal([$"orlx/{experimentId}/baseline", $"orlx/{experimentId}/change"], tags.Order(StringComparer.Ordinal));
        Assert.Equal(grid.Repository.CommitOf("main"), grid.Repository.CommitOf($"orlx/{experimentId}/baseline"));
        Assert.Equal(grid.Repository.CommitOf("exp/better"), grid.Repository.CommitOf($"orlx/{experimentId}/change"));
        Assert.Equal(grid.Repository.CommitOf("exp/better"), (string?)result.Json["change"]!["commit"]);
    }

    private Task<CliResult> Compare(string change) => grid.Orlx.RunAsync(
        "compare", "--repo", grid.Repository.Path, "--baseline", "main", "--change", change,
        "--mode", "mlp", "--seeds", Seeds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

    private void AssertArm(JsonNode arm, string reference, double quality)
    {
        foreach (var field in ArmFields)
        {
            Assert.True(arm[field] is not null, $"arm lacks '{field}': {arm.ToJsonString()}");
        }
        Assert.Equal(reference, (string?)arm["ref"]);
        Assert.Equal(grid.Repository.CommitOf(reference), (string?)arm["commit"]);
        Assert.Equal(Seeds, (int)arm["n"]!);
        Assert.Equal(Seeds, arm["values"]!.AsArray().Count);
        Assert.InRange((double)arm["mean"]!, quality, quality + 0.01);
        Assert.True((double)arm["sd"]! > 0);
    }
}
