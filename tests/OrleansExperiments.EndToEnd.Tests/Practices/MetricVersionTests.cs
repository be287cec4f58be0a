using OrleansExperiments.Scenarios;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>
/// Practice 10: exp/metric-v2 redefines val_accuracy and bumps its version, exp/metric-silent redefines it without a
/// bump. Neither may be compared with main; once the bump is merged into main, main's stored baseline (version 1) is
/// measured again under version 2.
/// </summary>
[Collection(ScenarioGridCollection.Name)]
public sealed class MetricVersionTests(ScenarioGrid grid)
{
    private const int BadInput = 2;
    private const string MetricVersionField = "metric.version";

    [Fact]
    public async Task Metric_branches_are_refused_and_after_the_version_bump_is_merged_the_baseline_is_re_measured()
    {
        var repository = grid.NewRepository();
        var compareLargeGain = OrlxArguments.Compare(repository, ScenarioBranches.LargeGain, TemplateWorkload.MlpMode, ["--no-check-other-modes"]);
        var underVersion1 = await grid.Orlx.RunAsync(compareLargeGain);
        Assert.True(underVersion1.ExitCode == 0, underVersion1.ToString());
        Assert.Equal("1", (string?)underVersion1.Json["metricVersion"]);
        var experiments = (await grid.Results.ListExperimentsAsync()).Count;

        var bumped = await grid.Orlx.RunAsync(OrlxArguments.Compare(repository, ScenarioBranches.MetricV2, TemplateWorkload.MlpMode));
        var silent = await grid.Orlx.RunAsync(OrlxArguments.Compare(repository, ScenarioBranches.MetricSilent, TemplateWorkload.MlpMode));

        Assert.True(bumped.ExitCode == BadInput, bumped.ToString());
        var bumpedError = (string)bumped.Json["error"]!;
        Assert.Contains("version 1 at main but version 2 at exp/metric-v2", bumpedError);
        Assert.Contains("Merge the metric change into the baseline branch", bumpedError);
        Assert.True(silent.ExitCode == BadInput, silent.ToString());
        var silentError = (string)silent.Json["error"]!;
        Assert.Contains("keeps version 1 but its inputs changed", silentError);
        Assert.Contains(TemplateWorkload.EvaluationPath, silentError);
        Assert.Contains("bump its \"version\"", silentError);
        Assert.Equal(experiments, (await grid.Results.ListExperimentsAsync()).Count);

        MergeVersionBumpIntoMainAndMainIntoLargeGain(repository);
        var underVersion2 = await grid.Orlx.RunAsync(compareLargeGain);

        Assert.True(underVersion2.ExitCode == 0, underVersion2.ToString());
        Assert.Equal("2", (string?)underVersion2.Json["metricVersion"]);
        Assert.False((bool)underVersion2.Json["baselineReused"]!, underVersion2.ToString());
        var main = GitCli.Run(repository.Path, "rev-parse", ScenarioBranches.Main);
        Assert.Equal(main, (string?)underVersion2.Json["baseline"]!["commit"]);
        var show = await grid.Orlx.RunAsync(OrlxArguments.ShowBaselines(repository));
        Assert.True(show.ExitCode == 0, show.ToString());
        var baseline = Assert.Single(OrlxArguments.BaselinesByMode(show.Json, TemplateWorkload.FastProfile)).Value;
        Assert.Equal(TemplateWorkload.MlpMode, (string?)baseline["mode"]);
        Assert.True((bool)baseline["valid"]!, baseline.ToJsonString());
        Assert.Equal("2", (string?)baseline["metricVersion"]);
        Assert.Equal(main, (string?)baseline["commit"]);
        Assert.Contains(MetricVersionField, OrlxArguments.Strings(baseline["remeasuredBecause"]));
        Assert.Equal((string?)underVersion2.Json["experimentId"], (string?)baseline["measuredBy"]);
    }

    /// <summary>What the refusal tells the user to do, committed so the tree stays clean; large-gain then carries version 2 too.</summary>
    private static void MergeVersionBumpIntoMainAndMainIntoLargeGain(ScenarioRepository repository)
    {
        GitCli.Run(repository.Path, "merge", "--no-ff", "-q", "-m", "Merge the val_accuracy version 2", ScenarioBranches.MetricV2);
        GitCli.Run(repository.Path, "checkout", "-q", ScenarioBranches.LargeGain);
        GitCli.Run(repository.Path, "merge", "--no-ff", "-q", "-m", "Merge main", ScenarioBranches.Main);
        GitCli.Run(repository.Path, "checkout", "-q", ScenarioBranches.Main);
    }
}
