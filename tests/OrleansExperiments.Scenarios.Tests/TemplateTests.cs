using System.Text.Json.Nodes;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>The embedded template is samples/trainer-template, and its manifest is what the scenarios rely on.</summary>
public class TemplateTests
{
    private static readonly string[] BuildOutputFolders = ["bin", "obj"];

    [Fact]
    public void The_embedded_template_equals_samples_trainer_template()
    {
        var onDisk = Directory.EnumerateFiles(TestPaths.TemplateFolder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(TestPaths.TemplateFolder, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(BuildOutputFolders.Contains))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(onDisk, TemplateFiles.All.Select(file => file.Path));
        Assert.All(TemplateFiles.All, file => Assert.True(
            File.ReadAllBytes(Path.Combine(TestPaths.TemplateFolder, file.Path)).AsSpan().SequenceEqual(file.Content),
            $"The embedded {file.Path} differs from samples/trainer-template; rebuild OrleansExperiments.Scenarios."));
        Assert.Contains(".gitignore", onDisk);
    }

    [Fact]
    public void The_manifest_declares_the_modes_profiles_and_metrics_that_the_scenarios_name()
    {
        var manifest = ReadManifest();

        Assert.Equal([TemplateWorkload.MlpMode, TemplateWorkload.CnnMode], manifest.Modes);
        Assert.Equal([TemplateWorkload.FastProfile, TemplateWorkload.FullProfile], manifest.Profiles);
        Assert.Equal(TemplateWorkload.Accuracy, manifest.PrimaryMetric);
        Assert.Equal(MetricGoal.Maximize, manifest.Metrics[TemplateWorkload.Accuracy].Goal);
        Assert.Equal(MetricGoal.Minimize, manifest.Metrics[TemplateWorkload.Loss].Goal);
        Assert.All(manifest.Metrics.Values, metric =>
        {
            Assert.Equal("1", metric.Version);
            Assert.Equal([TemplateWorkload.EvaluationFolder, TemplateWorkload.ValidationSetPath], metric.Inputs);
        });
        Assert.True(File.Exists(Path.Combine(TestPaths.TemplateFolder, TemplateWorkload.EvaluationPath)));
        Assert.True(File.Exists(Path.Combine(TestPaths.TemplateFolder, TemplateWorkload.ValidationSetPath)));
    }

    [Fact]
    public void Build_inputs_leave_out_what_the_trainer_reads_at_run_time()
    {
        var buildInputs = ReadManifest().BuildInputs;

        Assert.NotEmpty(buildInputs);
        Assert.DoesNotContain(buildInputs, input => TemplateWorkload.HyperparametersPath.StartsWith(input, StringComparison.Ordinal));
        Assert.DoesNotContain(buildInputs, input => TemplateWorkload.ValidationSetPath.StartsWith(input, StringComparison.Ordinal));
        Assert.Contains(ScenarioRepository.NuGetConfigPath, buildInputs);
        // Everything but NuGet.config, which the scenario generator writes, is in the template.
        Assert.All(buildInputs.Where(input => input != ScenarioRepository.NuGetConfigPath), input =>
            Assert.True(Path.Exists(Path.Combine(TestPaths.TemplateFolder, input)), $"The build input {input} is not in the template."));
    }

    [Fact]
    public void Hyperparameters_have_shared_profile_and_per_mode_sections()
    {
        var hyperparameters = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.TemplateFolder, TemplateWorkload.HyperparametersPath)))!.AsObject();

        Assert.Equal(["shared", "profiles", TemplateWorkload.MlpMode, TemplateWorkload.CnnMode], hyperparameters.Select(member => member.Key));
        Assert.Equal(ReadManifest().Profiles, hyperparameters["profiles"]!.AsObject().Select(member => member.Key));
    }

    private static WorkloadManifest ReadManifest() =>
        WorkloadManifest.Parse(File.ReadAllText(Path.Combine(TestPaths.TemplateFolder, WorkloadManifest.FileName)), "samples/trainer-template/orlx.json");
}
