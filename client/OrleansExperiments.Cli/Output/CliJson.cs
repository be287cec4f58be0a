using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansExperiments.Grains.Storage;

namespace OrleansExperiments.Cli.Output;

/// <summary>Writes the one JSON document a <c>--json</c> command prints on stdout.</summary>
public static class CliJson
{
    public static JsonNode ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, GridJson.Options)!;

    public static void Print(JsonNode document) => Console.Out.WriteLine(document.ToJsonString(GridJson.Indented));

    public static void PrintError(string message, int exitCode) =>
        Print(new JsonObject { ["error"] = message, ["exitCode"] = exitCode });
}
