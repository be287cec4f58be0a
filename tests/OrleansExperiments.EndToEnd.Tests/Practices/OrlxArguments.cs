using System.Globalization;
using System.Text.Json.Nodes;
using OrleansExperiments.Scenarios;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>The command lines the practices' tests run, all with <c>--json</c>, and reading their documents.</summary>
public static class OrlxArguments
{
    /// <summary><c>orlx compare</c> of <paramref name="change"/> with main, targeting <paramref name="mode"/>.</summary>
    public static string[] Compare(
        ScenarioRepository repository, string change, string mode, IEnumerable<string>? options = null,
        int seeds = ScenarioGrid.Seeds, string profile = TemplateWorkload.FastProfile) =>
    [
        "compare", "--repo", repository.Path, "--baseline", ScenarioBranches.Main, "--change", change, "--mode", mode,
        "--seeds", Number(seeds), "--profile", profile, .. options ?? [], "--json",
    ];

    /// <summary><c>orlx ablate</c> of <paramref name="changes"/> on main, targeting <paramref name="mode"/>, at the fast profile.</summary>
    public static string[] Ablate(ScenarioRepository repository, IEnumerable<string> changes, string mode) =>
    [
        "ablate", "--repo", repository.Path, "--baseline", ScenarioBranches.Main, .. changes.SelectMany(change => (string[])["--change", change]),
        "--mode", mode, "--seeds", Number(ScenarioGrid.Seeds), "--profile", TemplateWorkload.FastProfile, "--json",
    ];

    /// <summary><c>orlx baseline rerun</c> of main's baseline of <paramref name="mode"/>.</summary>
    public static string[] RerunBaseline(ScenarioRepository repository, string mode, int seeds) =>
    [
        "baseline", "rerun", "--repo", repository.Path, "--branch", ScenarioBranches.Main, "--mode", mode,
        "--seeds", Number(seeds), "--profile", TemplateWorkload.FastProfile, "--json",
    ];

    /// <summary><c>orlx baseline show</c> of one repository's baselines.</summary>
    public static string[] ShowBaselines(ScenarioRepository repository) => ["baseline", "show", "--repo", repository.Path, "--json"];

    /// <summary>The strings of a JSON array.</summary>
    public static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!)];

    /// <summary>The numbers of a JSON array.</summary>
    public static List<double> Numbers(JsonNode? array) => [.. array!.AsArray().Select(item => (double)item!)];

    /// <summary>The baselines of <c>baseline show --json</c> by mode, for one profile.</summary>
    public static Dictionary<string, JsonNode> BaselinesByMode(JsonNode show, string profile) =>
        show.AsArray().Where(b => (string?)b!["profile"] == profile).ToDictionary(b => (string)b!["mode"]!, b => b!);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
