using OrleansExperiments.EndToEnd.Tests.Support;

namespace OrleansExperiments.EndToEnd.Tests;

public sealed class CrashGrid : GridEnvironment;

/// <summary>A trainer that crashes on every attempt: retried up to the limit, then the experiment cannot finish (exit 3).</summary>
public sealed class CrashTests(CrashGrid grid) : IClassFixture<CrashGrid>
{
    [Fact]
    public async Task Runs_of_a_crashing_trainer_are_retried_up_to_the_limit_then_compare_exits_3_with_the_trainers_reason()
    {
        var compare = await grid.Orlx.RunAsync(
            "compare", "--repo", grid.Repository.Path, "--baseline", "main", "--change", "exp/crash", "--seeds", "2", "--json");

        Assert.True(compare.ExitCode == 3, compare.ToString());
        var experimentId = (string)compare.Json["experimentId"]!;
        Assert.Equal("failed", (string?)compare.Json["status"]);
        var message = (string?)compare.Json["message"];
        Assert.Contains(TrainerRepository.CrashMessage, message);
        Assert.Contains($"failed {GridEnvironment.MaxAttempts} of {GridEnvironment.MaxAttempts} attempts", message);
        Assert.Contains("exited with code 1", message);
        Assert.Contains(TrainerRepository.CrashMessage, compare.Stderr);

        var results = await grid.Orlx.RunAsync("results", experimentId, "--json");

        Assert.True(results.ExitCode == 3, results.ToString());
        Assert.Equal("failed", (string?)results.Json["status"]);
        var failed = results.Json["runs"]!.AsArray().Where(r => (string?)r!["status"] == "failed").ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, r =>
        {
            Assert.Equal("change", (string?)r!["arm"]);
            Assert.Equal(GridEnvironment.MaxAttempts, (int)r["attempts"]!);
            Assert.Contains(TrainerRepository.CrashMessage, (string?)r["failureReason"]);
        });
        Assert.DoesNotContain(results.Json["runs"]!.AsArray(), r => (string?)r!["arm"] == "baseline" && (string?)r["status"] == "failed");
        var stored = await grid.Results.ListRunsAsync(experimentId);
        Assert.Contains(stored, r => r.Status == "failed" && r.Attempts == GridEnvironment.MaxAttempts);
    }
}
