using OrleansExperiments.Abstractions.Reports;
using Spectre.Console;

namespace OrleansExperiments.Cli.Output;

/// <summary>
/// Progress goes to stderr, so stdout carries only the result: a live bar on a terminal, plain lines when stderr is
/// redirected (logs, CI).
/// </summary>
public static class Progress
{
    private static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    public static bool IsInteractive => !Console.IsErrorRedirected;

    public static void Line(string message) => Console.Error.WriteLine(message);

    /// <summary>Follows an experiment to its end and returns its final view.</summary>
    public static async Task<ExperimentView> FollowAsync(IAsyncEnumerable<ExperimentView> views)
    {
        ExperimentView? last = null;
        if (!IsInteractive)
        {
            await foreach (var view in views)
            {
                Line($"{view.ExperimentId}: {Describe(view)}");
                last = view;
            }
            return last!;
        }
        await Error.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("training");
            await foreach (var view in views)
            {
                task.MaxValue = Math.Max(1, view.TotalRuns);
                task.Value = view.SucceededRuns + view.FailedRuns;
                task.Description = Describe(view);
                last = view;
            }
        });
        return last!;
    }

    private static string Describe(ExperimentView view) =>
        $"{view.Status.ToString().ToLowerInvariant()} {view.SucceededRuns + view.FailedRuns}/{view.TotalRuns} runs" + (view.FailedRuns > 0 ? $" ({view.FailedRuns} failed)" : "");
}
