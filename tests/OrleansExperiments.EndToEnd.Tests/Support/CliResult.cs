using System.Text.Json.Nodes;

namespace OrleansExperiments.EndToEnd.Tests.Support;

/// <summary>How an <c>orlx</c> command ended: its exit code and what it printed.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The one JSON document a <c>--json</c> command printed on stdout.</summary>
    public JsonNode Json => JsonNode.Parse(Stdout) ?? throw new InvalidOperationException($"stdout is not JSON: {this}");

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Stdout}{Environment.NewLine}stderr:{Environment.NewLine}{Stderr}";
}
