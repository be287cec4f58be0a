using System.Text.Json.Nodes;
using OrleansExperiments.Protocol.Manifest;
using static OrleansExperiments.Protocol.Tests.Manifest.ManifestSamples;

namespace OrleansExperiments.Protocol.Tests.Manifest;

public class WorkloadManifestTests
{
    [Fact]
    public void Reads_the_design_example()
    {
        var manifest = WorkloadManifest.Parse(DesignExample, Source);

        Assert.Equal(["dotnet", "build", "trainer/Trainer.csproj", "-c", "Release", "-o", "{out}"], manifest.Build!.Arguments);
        Assert.Equal(["dotnet", "{out}/Trainer.dll"], manifest.Run.Arguments);
        Assert.Equal(["mlp", "cnn"], manifest.Modes);
        Assert.Equal(["fast", "full"], manifest.Profiles);
        Assert.Equal("val_accuracy", manifest.PrimaryMetric);
        Assert.Equal(["val_accuracy", "val_loss"], manifest.Metrics.Keys);
        var accuracy = manifest.PrimaryMetricDefinition;
        Assert.Equal(("val_accuracy", MetricGoal.Maximize, "1"), (accuracy.Name, accuracy.Goal, accuracy.Version));
        Assert.Equal(["trainer/Evaluation.cs", "data/val.bin"], accuracy.Inputs);
        Assert.Equal(MetricGoal.Minimize, manifest.Metrics["val_loss"].Goal);
        Assert.True(manifest.EquivalenceMargins.TryGetMargin("val_accuracy", out var margin));
        Assert.Equal(0.005, margin);
        Assert.False(manifest.EquivalenceMargins.TryGetMargin("val_loss", out _));
    }

    [Fact]
    public void Build_and_equivalence_margins_may_be_omitted()
    {
        var manifest = WorkloadManifest.Parse(Changed(m =>
        {
            m.Remove("build");
            m.Remove("equivalenceMargins");
            m["run"] = "python3 train.py";
        }), Source);

        Assert.Null(manifest.Build);
        Assert.Equal(["python3", "train.py"], manifest.Run.Arguments);
        Assert.Empty(manifest.EquivalenceMargins.Margins);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line_and_position()
    {
        var problem = SingleProblem("{\n  \"schema\": 1,\n  \"run\": \"x\",,\n}");

        Assert.StartsWith("it is not valid JSON (line 3, position 14):", problem);
    }

    [Fact]
    public void The_message_names_the_source_and_every_problem()
    {
        var error = Assert.Throws<ManifestException>(() => WorkloadManifest.Parse(Changed(m =>
        {
            m["modes"] = new JsonArray();
            m.Metric("val_loss")["goal"] = "lower";
        }), Source));

        Assert.Equal(Source, error.SourceDescription);
        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("orlx.json at 3f2a9c1 is not a valid workload manifest:", error.Message);
        Assert.All(error.Problems, problem => Assert.Contains(problem, error.Message));
    }

    [Fact]
    public void A_manifest_that_is_not_an_object_is_refused()
    {
        Assert.Contains("must be a JSON object", SingleProblem("[1, 2]"));
    }

    [Fact]
    public void Schema_is_required()
    {
        Assert.Equal("schema: missing; add \"schema\": 1.", SingleProblem(Changed(m => m.Remove("schema"))));
    }

    [Theory]
    [InlineData("0", "the number 0")]
    [InlineData("\"1\"", "the string \"1\"")]
    [InlineData("1.5", "the number 1.5")]
    public void Schema_must_be_1(string schema, string described)
    {
        var json = DesignExample.Replace("\"schema\": 1", $"\"schema\": {schema}");

        Assert.Equal($"schema: must be 1, not {described}.", SingleProblem(json));
    }

    [Fact]
    public void A_newer_schema_says_to_upgrade_orlx_and_nothing_else()
    {
        var json = Changed(m =>
        {
            m["schema"] = 2;
            m["sweeps"] = "a member schema 2 added";
        });

        Assert.Equal("schema: the manifest uses schema 2, and this orlx reads schema 1; upgrade orlx.", SingleProblem(json));
    }

    [Fact]
    public void Run_is_required()
    {
        var problem = SingleProblem(Changed(m => m.Remove("run")));

        Assert.StartsWith("run: missing; add the command that starts the trainer", problem);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("build")]
    public void A_command_must_be_a_string(string member)
    {
        var problem = SingleProblem(Changed(m => m[member] = new JsonArray("dotnet", "x")));

        Assert.Equal($"{member}: must be a string, not a list.", problem);
    }

    [Fact]
    public void An_empty_build_says_to_omit_it()
    {
        Assert.Equal("build: the command is empty; omit \"build\" for trainers that need no build.",
            SingleProblem(Changed(m => m["build"] = "  ")));
    }

    [Fact]
    public void A_command_with_a_shell_feature_is_refused_naming_the_member()
    {
        var problem = SingleProblem(Changed(m => m["run"] = "dotnet {out}/Trainer.dll | tee log.txt"));

        Assert.StartsWith("run: '|' at position 26 is a shell feature.", problem);
    }

    [Fact]
    public void A_command_with_an_unknown_placeholder_is_refused()
    {
        Assert.StartsWith("build: Unknown placeholder '{output}'",
            SingleProblem(Changed(m => m["build"] = "dotnet build -o {output}")));
    }

    [Fact]
    public void Run_may_not_use_out_without_a_build()
    {
        Assert.StartsWith("run: uses {out}, the build output folder, but there is no \"build\"",
            SingleProblem(Changed(m => m.Remove("build"))));
    }

    [Theory]
    [InlineData("modes")]
    [InlineData("profiles")]
    public void Mode_and_profile_lists_are_required(string member)
    {
        Assert.StartsWith($"{member}: missing; list the trainer's {member}", SingleProblem(Changed(m => m.Remove(member))));
    }

    [Theory]
    [InlineData("modes")]
    [InlineData("profiles")]
    public void Mode_and_profile_lists_may_not_be_empty(string member)
    {
        Assert.StartsWith($"{member}: the list is empty;",
            SingleProblem(Changed(m => m[member] = new JsonArray())));
    }

    [Theory]
    [InlineData("modes", "MLP")]
    [InlineData("modes", "-mlp")]
    [InlineData("modes", "ml p")]
    [InlineData("profiles", "fast/1")]
    [InlineData("profiles", "")]
    public void Mode_and_profile_names_must_follow_the_rule(string member, string name)
    {
        var problem = SingleProblem(Changed(m => m[member]!.AsArray().Add(name)));

        Assert.Equal($"{member}[2]: \"{name}\" is not a valid name: use 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or digit.", problem);
    }

    [Fact]
    public void A_name_of_65_characters_is_refused_and_64_is_accepted()
    {
        WorkloadManifest.Parse(Changed(m => m["modes"]!.AsArray().Add(new string('a', 64))), Source);

        Assert.StartsWith("modes[2]:", SingleProblem(Changed(m => m["modes"]!.AsArray().Add(new string('a', 65)))));
    }

    [Fact]
    public void A_name_listed_twice_is_refused()
    {
        Assert.Equal("profiles[2]: \"fast\" is listed twice; list each profile once.",
            SingleProblem(Changed(m => m["profiles"]!.AsArray().Add("fast"))));
    }

    [Fact]
    public void A_list_item_must_be_a_string()
    {
        Assert.Equal("modes[2]: must be a string, not the number 3.", SingleProblem(Changed(m => m["modes"]!.AsArray().Add(3))));
    }

    [Fact]
    public void Primary_metric_is_required()
    {
        Assert.StartsWith("primaryMetric: missing; name the metric", SingleProblem(Changed(m => m.Remove("primaryMetric"))));
    }

    [Fact]
    public void Primary_metric_must_be_a_declared_metric()
    {
        Assert.Equal("primaryMetric: \"val_acc\" is not a declared metric; use one of val_accuracy, val_loss or declare it under \"metrics\".",
            SingleProblem(Changed(m => m["primaryMetric"] = "val_acc")));
    }

    [Fact]
    public void Metrics_are_required_and_not_empty()
    {
        Assert.StartsWith("metrics: missing; declare each metric",
            SingleProblem(Changed(m => m.Remove("metrics"))));
        Assert.StartsWith("metrics: no metric is declared;",
            SingleProblem(Changed(m => m["metrics"] = new JsonObject())));
    }

    [Theory]
    [InlineData("maximise")]
    [InlineData("Maximize")]
    public void A_goal_must_be_maximize_or_minimize(string goal)
    {
        Assert.Equal($"metrics.val_loss.goal: \"{goal}\" is not a goal; use \"maximize\" or \"minimize\".",
            SingleProblem(Changed(m => m.Metric("val_loss")["goal"] = goal)));
    }

    [Theory]
    [InlineData("goal")]
    [InlineData("version")]
    [InlineData("inputs")]
    public void Each_metric_member_is_required(string member)
    {
        Assert.StartsWith($"metrics.val_loss.{member}: missing;", SingleProblem(Changed(m => m.Metric("val_loss").Remove(member))));
    }

    [Fact]
    public void A_version_must_be_a_non_empty_string()
    {
        Assert.Equal("metrics.val_loss.version: is empty; write a version such as \"1\".",
            SingleProblem(Changed(m => m.Metric("val_loss")["version"] = "")));
        Assert.Equal("metrics.val_loss.version: must be a string, not the number 1.",
            SingleProblem(Changed(m => m.Metric("val_loss")["version"] = 1)));
    }

    [Theory]
    [InlineData("/data/val.bin", "is absolute; write it relative to the repository root")]
    [InlineData("C:/data/val.bin", "is absolute; write it relative to the repository root")]
    [InlineData("../shared/val.bin", "has a '..' segment; inputs must stay inside the repository")]
    [InlineData("data/../../val.bin", "has a '..' segment; inputs must stay inside the repository")]
    [InlineData("data\\\\val.bin", "contains a backslash; separate folders with '/'")]
    [InlineData("./data/val.bin", "has an empty or '.' segment; write it as folder/file relative to the repository root")]
    [InlineData("data//val.bin", "has an empty or '.' segment; write it as folder/file relative to the repository root")]
    [InlineData("", "is empty")]
    public void An_input_must_be_a_relative_path_inside_the_repository(string path, string reason)
    {
        var problem = SingleProblem(Changed(m => m.Metric("val_loss")["inputs"]!.AsArray().Add(path.Replace("\\\\", "\\"))));

        Assert.Equal($"metrics.val_loss.inputs[2]: \"{path.Replace("\\\\", "\\")}\" {reason}", problem);
    }

    [Fact]
    public void Inputs_may_not_be_empty_or_repeat()
    {
        Assert.StartsWith("metrics.val_loss.inputs: the list is empty; list the files the metric depends on",
            SingleProblem(Changed(m => m.Metric("val_loss")["inputs"] = new JsonArray())));
        Assert.Equal("metrics.val_loss.inputs[2]: \"data/val.bin\" is listed twice; list each input once.",
            SingleProblem(Changed(m => m.Metric("val_loss")["inputs"]!.AsArray().Add("data/val.bin"))));
    }

    [Fact]
    public void A_metric_name_must_follow_the_rule()
    {
        var problem = SingleProblem(Changed(m => m["metrics"]!["val loss"] = m.Metric("val_loss").DeepClone()));

        Assert.Equal("metrics.val loss: \"val loss\" is not a valid metric name: use 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit.", problem);
    }

    [Fact]
    public void Metric_names_may_use_capitals_and_dots()
    {
        var manifest = WorkloadManifest.Parse(Changed(m => m["metrics"]!["Top1.acc"] = m.Metric("val_loss").DeepClone()), Source);

        Assert.Contains("Top1.acc", manifest.Metrics.Keys);
    }

    [Fact]
    public void A_metric_definition_must_be_an_object()
    {
        Assert.StartsWith("metrics.val_loss: must be an object with goal, version and inputs",
            SingleProblem(Changed(m => m["metrics"]!["val_loss"] = "minimize")));
    }

    [Fact]
    public void A_margin_must_name_a_declared_metric()
    {
        Assert.Equal("equivalenceMargins.val_acc: \"val_acc\" is not a declared metric; use one of val_accuracy, val_loss.",
            SingleProblem(Changed(m => m["equivalenceMargins"]!["val_acc"] = 0.01)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.01")]
    [InlineData("\"0.01\"")]
    [InlineData("1e400")]
    public void A_margin_must_be_a_finite_number_greater_than_zero(string margin)
    {
        var json = DesignExample.Replace("\"val_accuracy\": 0.005", $"\"val_accuracy\": {margin}");

        Assert.StartsWith("equivalenceMargins.val_accuracy: must be a finite number greater than 0", SingleProblem(json));
    }

    [Fact]
    public void An_unknown_member_is_refused_with_a_suggestion()
    {
        var problem = SingleProblem(Changed(m => m["primarymetric"] = "val_loss"));

        Assert.StartsWith("primarymetric: unknown member. Did you mean \"primaryMetric\"? The members here are schema, build, run,", problem);
    }

    [Fact]
    public void An_unknown_metric_member_is_refused()
    {
        Assert.StartsWith("metrics.val_loss.input: unknown member. Did you mean \"inputs\"?",
            SingleProblem(Changed(m => m.Metric("val_loss")["input"] = "x")));
    }

    [Fact]
    public void A_member_given_twice_is_refused()
    {
        var json = DesignExample.Replace("\"schema\": 1,", "\"schema\": 1, \"schema\": 1,");

        Assert.Equal("schema: appears twice; keep one.", SingleProblem(json));
    }
}
