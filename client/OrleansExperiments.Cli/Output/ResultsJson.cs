using System.Text.Json.Nodes;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Grains.Storage;

namespace OrleansExperiments.Cli.Output;

/// <summary>
/// The JSON document of an experiment: its id, kind, status and message, every field of its command's report once
/// completed (at the top level, as the command printed them), and its runs.
/// </summary>
public static class ResultsJson
{
    public static JsonObject For(ExperimentView view)
    {
        JsonObject document = view.Compare is { } compare ? (JsonObject)CliJson.ToNode(compare)
            : view.Run is { } run ? (JsonObject)CliJson.ToNode(run)
            : view.Ablation is { } ablation ? (JsonObject)CliJson.ToNode(ablation)
            : [];
        document["experimentId"] = view.ExperimentId;
        document["kind"] = GridJson.Lower(view.Kind);
        document["status"] = GridJson.Lower(view.Status);
        document["createdAt"] = view.CreatedAt;
        if (view.Message is not null)
        {
            document["message"] = view.Message;
        }
        if (view.FastGate is { } gate)
        {
            document["fastGate"] = CliJson.ToNode(gate);
        }
        if (view.Kind == ExperimentKind.Run && view.Spec is { } spec)
        {
            document["commit"] = spec.Arms[0].Commit;
        }
        document["runs"] = new JsonArray([.. view.Runs
            .OrderBy(r => r.Arm, StringComparer.Ordinal).ThenBy(r => r.Mode, StringComparer.Ordinal).ThenBy(r => r.Seed)
            .Select(r => (JsonNode)new JsonObject
            {
                ["arm"] = r.Arm,
                ["mode"] = r.Mode,
                ["seed"] = r.Seed,
                ["profile"] = r.Profile,
                ["commit"] = r.Commit,
                ["status"] = GridJson.Lower(r.Status),
                ["attempts"] = r.Attempts,
                ["metrics"] = CliJson.ToNode(r.Metrics),
                ["failureReason"] = r.FailureReason,
            })]);
        return document;
    }
}
