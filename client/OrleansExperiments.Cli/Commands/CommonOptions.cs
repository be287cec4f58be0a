using System.CommandLine;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Client.Requests;

namespace OrleansExperiments.Cli.Commands;

/// <summary>The options DESIGN.md names for every experiment command.</summary>
public sealed class CommonOptions
{
    public Option<string> Repo { get; } = new("--repo") { Description = "The trainer repository: a local path or a URL.", DefaultValueFactory = _ => "." };
    public Option<string[]> Mode { get; } = new("--mode") { Description = "A mode to target (repeatable; default: every mode).", AllowMultipleArgumentsPerToken = false };
    public Option<int> Seeds { get; } = new("--seeds") { Description = "Seeds per arm.", DefaultValueFactory = _ => ExperimentRequest.DefaultSeeds };
    public Option<string?> Profile { get; } = new("--profile") { Description = "The profile to train (default: the manifest's first, by convention fast)." };
    public Option<string?> Metric { get; } = new("--metric") { Description = "The metric to decide on (default: the manifest's primary metric)." };
    public Option<double> Alpha { get; } = new("--alpha") { Description = "Significance level.", DefaultValueFactory = _ => ExperimentRequest.DefaultAlpha };
    public Option<string> Alternative { get; } = new("--alternative") { Description = "two-sided (progress or regression), better or worse (one-sided).", DefaultValueFactory = _ => "two-sided" };
    public Option<bool> NoFastGate { get; } = new("--no-fast-gate") { Description = "With a profile other than fast, skip the fast profile's smoke gate (2 seeds per arm first)." };
    public Option<bool> Json { get; } = new("--json") { Description = "Print exactly one JSON document on stdout (progress goes to stderr)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Repo, Mode, Seeds, Profile, Metric, Alpha, Alternative, NoFastGate, Json })
        {
            command.Options.Add(option);
        }
        Alternative.AcceptOnlyFromAmong("two-sided", "better", "worse");
    }

    public T Fill<T>(T request, ParseResult result) where T : ExperimentRequest => request with
    {
        Modes = result.GetValue(Mode) ?? [],
        Seeds = result.GetValue(Seeds),
        Profile = result.GetValue(Profile),
        Metric = result.GetValue(Metric),
        Alpha = result.GetValue(Alpha),
        FastGate = !result.GetValue(NoFastGate),
        Alternative = result.GetValue(Alternative) switch
        {
            "better" => ComparisonAlternative.Better,
            "worse" => ComparisonAlternative.Worse,
            _ => ComparisonAlternative.TwoSided,
        },
    };
}
