using System.Text.Json.Nodes;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Protocol.Tests.Manifest;

/// <summary>The DESIGN.md example manifest and variations of it, each breaking one rule.</summary>
internal static class ManifestSamples
{
    public const string Source = "orlx.json at 3f2a9c1";

    /// <summary>The example from DESIGN.md, verbatim.</summary>
    public const string DesignExample = """
        {
          "schema": 1,
          "build": "dotnet build trainer/Trainer.csproj -c Release -o {out}",
          "run": "dotnet {out}/Trainer.dll",
          "modes": ["mlp", "cnn"],
          "profiles": ["fast", "full"],
          "primaryMetric": "val_accuracy",
          "metrics": {
            "val_accuracy": { "goal": "maximize", "version": "1", "inputs": ["trainer/Evaluation.cs", "data/val.bin"] },
            "val_loss":     { "goal": "minimize", "version": "1", "inputs": ["trainer/Evaluation.cs", "data/val.bin"] }
          },
          "equivalenceMargins": { "val_accuracy": 0.005 }
        }
        """;

    /// <summary>The example after <paramref name="change"/> edits its JSON tree.</summary>
    public static string Changed(Action<JsonObject> change)
    {
        var manifest = JsonNode.Parse(DesignExample)!.AsObject();
        change(manifest);
        return manifest.ToJsonString();
    }

    public static JsonObject Metric(this JsonObject manifest, string name) => manifest["metrics"]![name]!.AsObject();

    /// <summary>The problems Parse reports for <paramref name="json"/>; fails the test if it parses.</summary>
    public static IReadOnlyList<string> Problems(string json) =>
        Assert.Throws<ManifestException>(() => WorkloadManifest.Parse(json, Source)).Problems;

    /// <summary>The single problem Parse reports for <paramref name="json"/>.</summary>
    public static string SingleProblem(string json) => Assert.Single(Problems(json));
}
