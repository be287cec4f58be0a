using System.CommandLine;
using OrleansExperiments.Cli.Output;
using OrleansExperiments.Client.Requests;
using OrleansExperiments.Scenarios;

namespace OrleansExperiments.Cli.Commands;

/// <summary>
/// <c>orlx demo</c>: generates the sample scenario repository (a TorchSharp trainer with branches of known ground
/// truth), then compares its improving branch with main on the cnn mode over 5 seeds of the fast profile, checking
/// that the untargeted mlp mode is untouched. Results stay in the local store.
/// </summary>
public static class DemoCommand
{
    public const int DemoSeeds = 5;
    public const string DemoProfile = "fast";
    public const string TargetMode = "cnn";
    private const string SolutionFile = "OrleansExperiments.sln";

    public static Command Create(Func<GridSession> session)
    {
        var source = new Option<string?>("--source") { Description = "The OrleansExperiments source tree to pack the trainer SDK from (default: found above orlx)." };
        var json = new Option<bool>("--json") { Description = "Print the comparison as one JSON document." };
        var command = new Command("demo", $"Generate a sample trainer repository and compare {ScenarioBranches.BetterCnn} with main ({DemoSeeds} seeds, {DemoProfile} profile).") { source, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var grid = session();
            var root = result.GetValue(source) ?? FindSourceTree();
            if (root is null || !File.Exists(Path.Combine(root, SolutionFile)))
            {
                return ExperimentRunner.Refuse(result.GetValue(json),
                    "orlx demo packs the trainer SDK from the OrleansExperiments sources: run it from a checkout (bash scripts/demo.sh) or pass --source <checkout>.");
            }
            Progress.Line("Packing the trainer SDK (once per source version)...");
            var sdk = await SdkPackages.EnsurePackedAsync(root, Path.Combine(grid.Settings.Home, "packages"), cancellationToken);
            var repository = Path.Combine(grid.Settings.Home, "demo", "repo-" + sdk.Version);
            if (!Directory.Exists(Path.Combine(repository, ".git")))
            {
                if (Directory.Exists(repository))
                {
                    Directory.Delete(repository, recursive: true);
                }
                ScenarioRepository.Create(repository, sdk);
            }
            Progress.Line($"Sample repository: {repository}");
            foreach (var branch in ScenarioBranches.All)
            {
                Progress.Line($"  {branch.Name}: {branch.Description}");
            }
            var request = new CompareRequest
            {
                Repository = repository,
                Baseline = ScenarioBranches.Main,
                Change = ScenarioBranches.BetterCnn,
                Modes = [TargetMode],
                Seeds = DemoSeeds,
                Profile = DemoProfile,
            };
            Progress.Line($"orlx compare --repo {repository} --baseline {request.Baseline} --change {request.Change} --mode {TargetMode} --seeds {DemoSeeds} --profile {DemoProfile}");
            return await ExperimentRunner.RunAsync(
                grid,
                result.GetValue(json),
                (preflight, ct) => preflight.PrepareCompareAsync(request, ct),
                ResultsJson.For,
                view => CompareTable.Print(view.Compare!),
                view => view.Compare!.Verdict == "regression" ? ExitCodes.Regression : ExitCodes.Success,
                cancellationToken);
        });
        return command;
    }

    private static string? FindSourceTree()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }
        return null;
    }
}
