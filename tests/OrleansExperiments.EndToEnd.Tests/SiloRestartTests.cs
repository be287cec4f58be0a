using OrleansExperiments.EndToEnd.Tests.Support;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.EndToEnd.Tests;

/// <summary>A grid whose trainers take a while and whose leases expire soon after their silo dies.</summary>
public sealed class RestartGrid : GridEnvironment
{
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);

    protected override double TrainerSeconds => 1;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ORLX_GRID__LEASEDURATION"] = LeaseDuration.ToString(),
        ["ORLX_GRID__HEARTBEATINTERVAL"] = TimeSpan.FromMilliseconds(500).ToString(),
    };
}

/// <summary>
/// <c>orlx silo</c> runs as its own process and <c>orlx compare</c> joins it as a client. The silo is killed with
/// SIGKILL while runs train; a new silo on the same storage finishes the experiment.
/// </summary>
public sealed class SiloRestartTests(RestartGrid grid) : IClassFixture<RestartGrid>
{
    private const int Seeds = 3;
    private const int Arms = 2;

    /// <summary>Generous bounds for waits that normally take seconds; reaching one fails the test.</summary>
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FinishDeadline = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task After_a_kill_9_of_the_silo_mid_experiment_a_new_silo_completes_it_with_one_result_per_run()
    {
        string experimentId;
        IReadOnlyList<RunRecord> atKill;
        using (var silo = await StartSilo())
        using (var compare = grid.Orlx.Start(
                   "compare", "--repo", grid.Repository.Path, "--baseline", "main", "--change", "exp/better", "--seeds", "3", "--json"))
        {
            await compare.WaitForStderrLineAsync("Connected to the grid (local silo on port", StartDeadline);
            var queued = await compare.WaitForStderrLineAsync("runs queued", StartDeadline);
            experimentId = queued.Split(':')[0].Split(' ')[^1];

            atKill = await WaitForRuns(experimentId, runs => runs.Any(r => r.Status == "succeeded") && runs.Any(r => r.Status == "running"));
            silo.KillHard();
            await silo.WaitForExitAsync();
            compare.KillTree();
        }
        Assert.NotEqual(Arms * Seeds, atKill.Count(r => r.Status == "succeeded"));

        using (var silo = await StartSilo())
        {
            var final = await WaitForRuns(experimentId, runs => runs.Count == Arms * Seeds && runs.All(r => r.Status == "succeeded"));
            var results = await grid.Orlx.RunAsync("results", experimentId, "--json");
            silo.Terminate();
            await silo.WaitForExitAsync();

            Assert.True(results.ExitCode == 0, results.ToString());
            Assert.Equal(("completed", "progress"), ((string?)results.Json["status"], (string?)results.Json["verdict"]));
            Assert.Equal(Arms * Seeds, results.Json["runs"]!.AsArray().Count);

            // Exactly one stored result per (arm, mode, seed), every one succeeded.
            Assert.Equal(Arms * Seeds, final.Select(r => (r.Arm, r.Mode, r.Seed)).Distinct().Count());
            foreach (var before in atKill.Where(r => r.Status == "succeeded"))
            {
                var after = final.Single(r => r.Key == before.Key);
                Assert.Equal((before.MetricsJson, before.Attempts, before.CompletedAt), (after.MetricsJson, after.Attempts, after.CompletedAt));
            }
            foreach (var interrupted in atKill.Where(r => r.Status == "running"))
            {
                Assert.True(final.Single(r => r.Key == interrupted.Key).Attempts >= 2, $"{interrupted.RunId} was not trained again after the kill");
            }
        }
    }

    private async Task<OrlxProcess> StartSilo()
    {
        var silo = grid.Orlx.Start("silo");
        await silo.WaitForStderrLineAsync("Silo running", StartDeadline);
        return silo;
    }

    private async Task<IReadOnlyList<RunRecord>> WaitForRuns(string experimentId, Func<IReadOnlyList<RunRecord>, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + FinishDeadline;
        IReadOnlyList<RunRecord> runs = [];
        while (DateTimeOffset.UtcNow < deadline)
        {
            runs = await grid.Results.ListRunsAsync(experimentId);
            if (condition(runs))
            {
                return runs;
            }
            await Task.Delay(PollInterval);
        }
        throw new TimeoutException($"The runs of {experimentId} never reached the expected state: {string.Join("; ", runs.Select(r => $"{r.RunId} {r.Status} x{r.Attempts}"))}");
    }
}
