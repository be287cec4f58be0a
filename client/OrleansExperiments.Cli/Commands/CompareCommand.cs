using System.CommandLine;
using OrleansExperiments.Cli.Output;
using OrleansExperiments.Client.Requests;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx compare</c>: does the change branch beat the baseline? Exit 1 on a regression, so it can gate a merge.</summary>
public static class CompareCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var common = new CommonOptions();
        var baseline = new Option<string>("--baseline") { Description = "The baseline ref (usually the main branch).", Required = true };
        var change = new Option<string>("--change") { Description = "The change: a branch other than the baseline.", Required = true };
        var noCheck = new Option<bool>("--no-check-other-modes") { Description = "Skip the non-intrusive check of untargeted modes." };
        var command = new Command("compare", "Compare a change branch with its baseline over seeded runs and give a verdict.");
        command.Options.Add(baseline);
        command.Options.Add(change);
        command.Options.Add(noCheck);
        common.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var request = common.Fill(new CompareRequest
            {
                Repository = result.GetValue(common.Repo)!,
                Baseline = result.GetValue(baseline)!,
                Change = result.GetValue(change)!,
                CheckOtherModes = !result.GetValue(noCheck),
            }, result);
            return ExperimentRunner.RunAsync(
                session(),
                result.GetValue(common.Json),
                (preflight, ct) => preflight.PrepareCompareAsync(request, ct),
                ResultsJson.For,
                view => CompareTable.Print(view.Compare!),
                view => view.Compare!.Verdict == "regression" ? ExitCodes.Regression : ExitCodes.Success,
                cancellationToken);
        });
        return command;
    }
}
