using Azure.Data.Tables;
using OrleansExperiments.EndToEnd.Tests.Support;

namespace OrleansExperiments.EndToEnd.Tests;

public sealed class BadInputGrid : GridEnvironment;

/// <summary>
/// Bad input exits 2 with a message that says what is wrong, before anything is stored, queued or tagged. After each
/// refusal the storage account is checked: no table holds an entity, except the host fingerprint a silo records when it
/// starts (the one test that lists experiments starts one).
/// </summary>
public sealed class BadInputTests(BadInputGrid grid) : IClassFixture<BadInputGrid>
{
    [Fact]
    public async Task A_dirty_tree_is_refused()
    {
        var clone = grid.Repository.Clone(grid.Folder.Sub("dirty-" + Guid.NewGuid().ToString("N")));
        clone.Write("eval.txt", "edited but not committed\n");

        await AssertRefused(await Compare(clone, "main", "exp/better"), "uncommitted file(s): eval.txt (modified)");
    }

    [Fact]
    public async Task An_untracked_file_counts_as_dirty()
    {
        var clone = grid.Repository.Clone(grid.Folder.Sub("untracked-" + Guid.NewGuid().ToString("N")));
        clone.Write("notes.txt", "scratch\n");

        await AssertRefused(await Compare(clone, "main", "exp/better"), "notes.txt (untracked)");
    }

    [Fact]
    public async Task An_unknown_ref_is_refused_with_similar_names()
    {
        await AssertRefused(await Compare(grid.Repository, "main", "exp/betterr"), "Unknown ref 'exp/betterr'", "exp/better");
    }

    [Fact]
    public async Task The_baseline_branch_is_not_a_change()
    {
        await AssertRefused(await Compare(grid.Repository, "main", "main"), "is the baseline branch itself");
    }

    [Fact]
    public async Task A_malformed_manifest_is_refused_naming_the_ref()
    {
        await AssertRefused(await Compare(grid.Repository, "main", "exp/broken-manifest"),
            "orlx.json at exp/broken-manifest", "is not a valid workload manifest");
    }

    [Fact]
    public async Task One_seed_cannot_be_compared()
    {
        await AssertRefused(await Compare(grid.Repository, "main", "exp/better", seeds: 1), "--seeds 1", "at least 2 seeds");
    }

    [Fact]
    public async Task After_a_refusal_orlx_experiments_lists_nothing()
    {
        await AssertRefused(await Compare(grid.Repository, "main", "exp/betterr"), "Unknown ref");

        var experiments = await grid.Orlx.RunAsync("experiments", "--json");

        Assert.True(experiments.ExitCode == 0, experiments.ToString());
        Assert.Empty(experiments.Json.AsArray());
    }

    private Task<CliResult> Compare(TrainerRepository repository, string baseline, string change, int seeds = 2) => grid.Orlx.RunAsync(
        "compare", "--repo", repository.Path, "--baseline", baseline, "--change", change,
        "--seeds", seeds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");

    private async Task AssertRefused(CliResult result, params string[] messageParts)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        var error = (string?)result.Json["error"];
        Assert.Equal(2, (int)result.Json["exitCode"]!);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, error);
        }
        Assert.Contains(messageParts[0], result.Stderr);
        Assert.Empty(grid.Repository.Tags());
        Assert.Empty(await StoredEntities());
    }

    /// <summary>Every entity in the account's tables: experiments, runs, curves, baselines, grain state (the queue), reminders.</summary>
    private async Task<List<string>> StoredEntities()
    {
        var service = new TableServiceClient(grid.StorageConnectionString);
        var entities = new List<string>();
        await foreach (var table in service.QueryAsync(t => t.Name != grid.Results.TableNames.Fingerprints))
        {
            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                entities.Add($"{table.Name}: {entity.PartitionKey}/{entity.RowKey}");
            }
        }
        return entities;
    }
}
