using System.Collections.Concurrent;
using LibGit2Sharp;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>
/// One scenario repository for the whole collection: the SDK packed (into the shared, content-addressed folder),
/// every branch and the small-regression + large-gain merge checked out, each distinct build built once (branches
/// that change only hyperparameters share main's build, as in the grid), and trainer runs memoized, so that tests
/// which need the same run (main's seeds) pay for it once.
/// </summary>
public sealed class BuiltScenarioFixture : IAsyncLifetime
{
    /// <summary>The checkout that merges <see cref="ScenarioBranches.SmallRegression"/> and <see cref="ScenarioBranches.LargeGain"/>.</summary>
    public const string Combination = "small-regression+large-gain";

    /// <summary>The seeds of the ground-truth comparisons.</summary>
    public static readonly IReadOnlyList<int> Seeds = [1, 2, 3, 4, 5];

    // One trainer per core of a CI machine: each trainer uses one thread.
    private const int ParallelRuns = 2;

    private readonly TemporaryFolder folder = new();
    private readonly Dictionary<string, string> checkouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> buildKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> builds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, string, string, int), Lazy<Task<TrainerOutcome>>> runs = new();
    private readonly SemaphoreSlim runSlots = new(ParallelRuns);

    public ScenarioRepository Scenario { get; private set; } = null!;

    public WorkloadManifest Manifest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            await PrepareAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose initialization failed.
            folder.Dispose();
            throw;
        }
    }

    private async Task PrepareAsync()
    {
        var packages = await SdkPackages.EnsurePackedAsync(TestPaths.RepositoryRoot, SdkPackages.SharedFolder);
        Scenario = ScenarioRepository.Create(folder.Combine("repository"), packages);
        using (var repository = new Repository(Scenario.Path))
        {
            var main = repository.Lookup<Commit>(Scenario.Commits[ScenarioBranches.Main]);
            Manifest = WorkloadManifest.Parse(GitTrees.ReadText(main, WorkloadManifest.FileName), "scenario main");
            foreach (var (branch, sha) in Scenario.Commits)
                AddCheckout(branch, repository.Lookup<Commit>(sha).Tree);
            AddCheckout(Combination, GitTrees.Merge(repository,
                repository.Lookup<Commit>(Scenario.Commits[ScenarioBranches.LargeGain]),
                repository.Lookup<Commit>(Scenario.Commits[ScenarioBranches.SmallRegression])));
        }
        var distinct = buildKeys.GroupBy(pair => pair.Value, pair => pair.Key).ToList();
        var outputs = await Task.WhenAll(distinct.Select(group => BuildAsync(Manifest.Build!, checkouts[group.First()], folder.Combine("builds", Guid.NewGuid().ToString("N")))));
        for (var index = 0; index < distinct.Count; index++)
            foreach (var checkout in distinct[index])
                builds[checkout] = outputs[index];
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The number of distinct builds the checkouts needed.</summary>
    public int DistinctBuilds => builds.Values.Distinct(StringComparer.Ordinal).Count();

    /// <summary>The folder of a checkout: a branch name or <see cref="Combination"/>.</summary>
    public string Checkout(string name) => checkouts[name];

    /// <summary>The build output a checkout runs from.</summary>
    public string Build(string name) => builds[name];

    /// <summary>A trainer run of a checkout; the same arguments give the same (memoized) outcome.</summary>
    public Task<TrainerOutcome> RunAsync(string checkout, string mode, string profile, int seed) =>
        runs.GetOrAdd((checkout, mode, profile, seed), _ => new Lazy<Task<TrainerOutcome>>(() => RunFreshAsync(checkout, mode, profile, seed))).Value;

    /// <summary>A new trainer run, never memoized.</summary>
    public async Task<TrainerOutcome> RunFreshAsync(string checkout, string mode, string profile, int seed)
    {
        await runSlots.WaitAsync();
        try
        {
            var output = folder.Combine("runs", Guid.NewGuid().ToString("N"));
            return await TrainerProcess.RunAsync(Manifest.Run.Expand(builds[checkout]), checkouts[checkout], output, seed, mode, profile);
        }
        finally
        {
            runSlots.Release();
        }
    }

    /// <summary>The final <paramref name="metric"/> of <paramref name="mode"/> at the fast profile over <see cref="Seeds"/>.</summary>
    public async Task<SeedSample> OverSeedsAsync(string checkout, string mode, string metric = TemplateWorkload.Accuracy)
    {
        var outcomes = await Task.WhenAll(Seeds.Select(seed => RunAsync(checkout, mode, TemplateWorkload.FastProfile, seed)));
        return new SeedSample([.. outcomes.Select(outcome => outcome.Metric(metric))]);
    }

    private void AddCheckout(string name, Tree tree)
    {
        var path = folder.Combine("checkouts", name.Replace('/', '-'));
        GitTrees.Export(tree, path);
        checkouts[name] = path;
        buildKeys[name] = GitTrees.BuildKey(tree, Manifest.BuildInputs);
    }

    // The manifest's own build command, in the checkout, as the grid runs it.
    private static async Task<string> BuildAsync(ManifestCommand build, string checkout, string output)
    {
        var arguments = build.Expand(output);
        Assert.Equal("dotnet", arguments[0]);
        await DotnetCli.RunAsync([.. arguments.Skip(1), "-nologo", "-v:q"], checkout, CancellationToken.None);
        return output;
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltScenarioCollection : ICollectionFixture<BuiltScenarioFixture>
{
    public const string Name = "Built scenario";
}
