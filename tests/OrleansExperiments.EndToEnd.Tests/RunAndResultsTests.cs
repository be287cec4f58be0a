using OrleansExperiments.EndToEnd.Tests.Support;

namespace OrleansExperiments.EndToEnd.Tests;

public sealed class RunGrid : GridEnvironment;

/// <summary><c>orlx run</c>, then <c>orlx results</c> and <c>orlx experiments</c> in later processes read what it stored.</summary>
public sealed class RunAndResultsTests(RunGrid grid) : IClassFixture<RunGrid>
{
    private const int Seeds = 2;

    [Fact]
    public async Task Run_prints_its_runs_and_later_commands_read_them_back_from_storage()
    {
        var run = await grid.Orlx.RunAsync("run", "--repo", grid.Repository.Path, "--ref", "exp/better", "--seeds", "2", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json;
        var experimentId = (string)json["experimentId"]!;
        var commit = grid.Repository.CommitOf("exp/better");
        Assert.Equal(commit, (string?)json["commit"]);
        var runs = json["runs"]!.AsArray();
        Assert.Equal(Seeds, runs.Count);
        Assert.Equal([1, 2], runs.Select(r => (int)r!["seed"]!).Order());
        foreach (var r in runs)
        {
            Assert.Equal(("mlp", "succeeded"), ((string?)r!["mode"], (string?)r["status"]));
            Assert.InRange((double)r["metrics"]![TrainerRepository.Metric]!, TrainerRepository.BetterQuality, TrainerRepository.BetterQuality + 0.01);
        }

        var results = await grid.Orlx.RunAsync("results", experimentId, "--json");

        Assert.True(results.ExitCode == 0, results.ToString());
        Assert.Equal((experimentId, "completed"), ((string?)results.Json["experimentId"], (string?)results.Json["status"]));
        var stored = results.Json["runs"]!.AsArray();
        Assert.Equal(Seeds, stored.Count);
        foreach (var r in stored)
        {
            Assert.Equal(("run", "mlp", commit, "succeeded", 1),
                ((string?)r!["arm"], (string?)r["mode"], (string?)r["commit"], (string?)r["status"], (int)r["attempts"]!));
            Assert.NotNull(r["seed"]);
            Assert.Equal(
                runs.Single(x => (int)x!["seed"]! == (int)r["seed"]!)!["metrics"]![TrainerRepository.Metric]!.GetValue<double>(),
                r["metrics"]![TrainerRepository.Metric]!.GetValue<double>());
        }

        var report = await grid.Orlx.RunAsync("report", experimentId);

        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.StartsWith($"# Experiment {experimentId}", report.Stdout);
        Assert.Contains($"`{commit}` (tag `orlx/{experimentId}/run`)", report.Stdout);
        Assert.Equal(Seeds, report.Stdout.Split('\n').Count(line => line.StartsWith("| run | mlp | ", StringComparison.Ordinal)));

        var experiments = await grid.Orlx.RunAsync("experiments", "--json");

        Assert.True(experiments.ExitCode == 0, experiments.ToString());
        var listed = Assert.Single(experiments.Json.AsArray(), e => (string?)e!["experimentId"] == experimentId);
        Assert.Equal(("run", "completed"), ((string?)listed!["kind"], (string?)listed["status"]));
        Assert.True(DateTimeOffset.TryParse((string?)listed["createdAt"], out _));
    }

    [Fact]
    public async Task Results_of_an_unknown_experiment_is_bad_input()
    {
        var results = await grid.Orlx.RunAsync("results", "20260101-000000-abcdef", "--json");

        Assert.True(results.ExitCode == 2, results.ToString());
        Assert.Contains("No experiment has the id 20260101-000000-abcdef", (string?)results.Json["error"]);
    }
}
