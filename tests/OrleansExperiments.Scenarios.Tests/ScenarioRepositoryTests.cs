using System.Text.Json.Nodes;
using System.Xml.Linq;
using LibGit2Sharp;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>The git history of a generated scenario: branches, what each commit changes, and what it leaves alone.</summary>
public sealed class ScenarioRepositoryTests(ScenarioRepositoryFixture fixture) : IClassFixture<ScenarioRepositoryFixture>, IDisposable
{
    private static readonly string[] UntouchedByCnnChanges = ["shared", "profiles", TemplateWorkload.MlpMode];
    private static readonly string[] UntouchedByMlpChanges = ["shared", "profiles", TemplateWorkload.CnnMode];

    private readonly Repository repository = new(fixture.Scenario.Path);

    public void Dispose() => repository.Dispose();

    private Commit Main => At(ScenarioBranches.Main);

    [Fact]
    public void Main_and_every_branch_exist_each_branch_one_commit_on_main_and_the_working_tree_is_clean()
    {
        Assert.Equal(
            ScenarioBranches.All.Select(branch => branch.Name).Append(ScenarioBranches.Main).Order(StringComparer.Ordinal),
            repository.Branches.Select(branch => branch.FriendlyName).Order(StringComparer.Ordinal));
        Assert.Equal(ScenarioBranches.Main, repository.Head.FriendlyName);
        Assert.Empty(Main.Parents);
        Assert.All(ScenarioBranches.All, branch =>
        {
            var commit = At(branch.Name);
            Assert.Equal(Main.Sha, Assert.Single(commit.Parents).Sha);
            Assert.Equal(branch.Description, commit.MessageShort);
        });
        Assert.False(repository.RetrieveStatus(new StatusOptions { IncludeUntracked = true }).IsDirty);
    }

    [Fact]
    public void The_same_template_and_packages_give_the_same_commits()
    {
        using var another = new Repository(fixture.CreateAnother());

        Assert.All(fixture.Scenario.Commits, pair => Assert.Equal(pair.Value, another.Branches[pair.Key].Tip.Sha));
    }

    [Fact]
    public void Main_restores_the_sdk_of_the_pinned_version_only_from_the_package_folder()
    {
        var config = XDocument.Parse(GitTrees.ReadText(Main, ScenarioRepository.NuGetConfigPath));
        var sources = config.Descendants("packageSources").Single().Elements("add")
            .ToDictionary(source => source.Attribute("key")!.Value, source => source.Attribute("value")!.Value);
        var mapping = config.Descendants("packageSource")
            .ToDictionary(source => source.Attribute("key")!.Value, source => source.Elements("package").Single().Attribute("pattern")!.Value);

        Assert.Equal(ScenarioRepositoryFixture.Packages.Folder, sources[ScenarioRepository.SdkSourceKey]);
        Assert.Equal("https://api.nuget.org/v3/index.json", sources["nuget.org"]);
        Assert.Equal("OrleansExperiments.*", mapping[ScenarioRepository.SdkSourceKey]);
        Assert.Contains($"<PackageVersion Include=\"OrleansExperiments.Training\" Version=\"{ScenarioRepositoryFixture.Packages.Version}\" />",
            GitTrees.ReadText(Main, "Directory.Packages.props"));
    }

    [Fact]
    public void Each_branch_changes_exactly_the_files_it_declares()
    {
        Assert.All(ScenarioBranches.All, branch =>
            Assert.Equal(branch.ChangedPaths.Order(StringComparer.Ordinal), GitTrees.ChangedPaths(repository, Main, At(branch.Name))));
    }

    [Fact]
    public void Only_code_changes_touch_the_build_inputs_so_hyperparameter_branches_share_mains_build()
    {
        var manifest = WorkloadManifest.Parse(GitTrees.ReadText(Main, WorkloadManifest.FileName), "main");
        Assert.All(manifest.BuildInputs, input => Assert.NotNull(Main[input]));

        var rebuilt = ScenarioBranches.All
            .Where(branch => GitTrees.BuildKey(At(branch.Name).Tree, manifest.BuildInputs) != GitTrees.BuildKey(Main.Tree, manifest.BuildInputs))
            .Select(branch => branch.Name);

        Assert.Equal([ScenarioBranches.BetterCnn, ScenarioBranches.MetricV2, ScenarioBranches.MetricSilent], rebuilt);
    }

    [Theory]
    [InlineData(ScenarioBranches.BetterCnn)]
    [InlineData(ScenarioBranches.Worse)]
    public void Cnn_changes_leave_mlp_and_shared_hyperparameters_and_mlp_code_alone(string branch)
    {
        AssertSectionsEqual(Main, At(branch), UntouchedByCnnChanges);
        Assert.DoesNotContain(GitTrees.ChangedPaths(repository, Main, At(branch)),
            path => path.StartsWith("trainer/src/", StringComparison.Ordinal) && path != "trainer/src/Models/Cnn.cs");
        Assert.Equal(TemplateWorkload.CnnMode, ScenarioBranches.Get(branch).TargetMode);
    }

    [Theory]
    [InlineData(ScenarioBranches.SmallRegression)]
    [InlineData(ScenarioBranches.LargeGain)]
    public void The_ablation_pair_changes_only_mlp_hyperparameters(string branch)
    {
        AssertSectionsEqual(Main, At(branch), UntouchedByMlpChanges);
        Assert.Equal([TemplateWorkload.HyperparametersPath], GitTrees.ChangedPaths(repository, Main, At(branch)));
    }

    [Fact]
    public void The_ablation_pair_merges_without_conflict_and_keeps_both_changes()
    {
        var merged = GitTrees.Merge(repository, At(ScenarioBranches.LargeGain), At(ScenarioBranches.SmallRegression));
        var mlp = Hyperparameters(merged)[TemplateWorkload.MlpMode]!;

        Assert.Equal(256, (int)mlp["hiddenUnits"]!);
        Assert.Equal(0.3, (double)mlp["dropout"]!);
    }

    [Fact]
    public void The_shared_change_changes_only_the_shared_section()
    {
        var main = Hyperparameters(Main.Tree);
        var changed = Hyperparameters(At(ScenarioBranches.SharedChange).Tree);

        Assert.False(JsonNode.DeepEquals(main["shared"], changed["shared"]));
        AssertSectionsEqual(Main, At(ScenarioBranches.SharedChange), ["profiles", TemplateWorkload.MlpMode, TemplateWorkload.CnnMode]);
    }

    [Fact]
    public void Metric_v2_changes_the_evaluation_and_declares_version_2()
    {
        var v2 = At(ScenarioBranches.MetricV2);

        Assert.NotEqual(GitTrees.ReadText(Main, TemplateWorkload.EvaluationPath), GitTrees.ReadText(v2, TemplateWorkload.EvaluationPath));
        Assert.All(Manifest(v2).Metrics.Values, metric => Assert.Equal("2", metric.Version));
    }

    [Fact]
    public void Metric_silent_makes_the_same_evaluation_change_under_version_1()
    {
        var silent = At(ScenarioBranches.MetricSilent);

        Assert.Equal(GitTrees.ReadText(At(ScenarioBranches.MetricV2), TemplateWorkload.EvaluationPath), GitTrees.ReadText(silent, TemplateWorkload.EvaluationPath));
        Assert.NotEqual(GitTrees.ReadText(Main, TemplateWorkload.EvaluationPath), GitTrees.ReadText(silent, TemplateWorkload.EvaluationPath));
        Assert.All(Manifest(silent).Metrics.Values, metric => Assert.Equal("1", metric.Version));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused()
    {
        var folder = fixture.TemporaryPath("occupied");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var error = Assert.Throws<IOException>(() => ScenarioRepository.Create(folder, ScenarioRepositoryFixture.Packages));

        Assert.Equal($"{folder} is not empty; choose a new or empty folder for the scenario repository.", error.Message);
    }

    [Fact]
    public void An_unknown_branch_name_lists_the_branches()
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioBranches.Get("exp/better"));

        Assert.StartsWith("'exp/better' is not a scenario branch; the branches are exp/better-cnn, exp/worse,", error.Message);
    }

    private Commit At(string branch) => repository.Lookup<Commit>(fixture.Scenario.Commits[branch]);

    private static WorkloadManifest Manifest(Commit commit) => WorkloadManifest.Parse(GitTrees.ReadText(commit, WorkloadManifest.FileName), commit.Sha);

    private static JsonObject Hyperparameters(Tree tree) =>
        JsonNode.Parse(((Blob)tree[TemplateWorkload.HyperparametersPath].Target).GetContentText())!.AsObject();

    private static void AssertSectionsEqual(Commit expected, Commit actual, IEnumerable<string> sections)
    {
        var before = Hyperparameters(expected.Tree);
        var after = Hyperparameters(actual.Tree);
        Assert.All(sections, section => Assert.True(JsonNode.DeepEquals(before[section], after[section]), $"The {section} section changed."));
    }
}
