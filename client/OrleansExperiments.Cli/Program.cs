using System.CommandLine;
using OrleansExperiments.Cli;
using OrleansExperiments.Cli.Commands;
using OrleansExperiments.Silo;

var root = new RootCommand("orlx: seeded experiments on an Orleans grid, with verdicts you can trust.");
GridSession Session() => new(GridSilo.LoadConfiguration());
root.Subcommands.Add(DemoCommand.Create(Session));
root.Subcommands.Add(SiloCommand.Create(Session));
root.Subcommands.Add(RunCommand.Create(Session));
root.Subcommands.Add(CompareCommand.Create(Session));
root.Subcommands.Add(AblateCommand.Create(Session));
root.Subcommands.Add(ExperimentsCommand.Create(Session));
root.Subcommands.Add(ResultsCommand.Create(Session));
root.Subcommands.Add(ResultsCommand.CreateReport(Session));
root.Subcommands.Add(BaselineCommand.Create(Session));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"orlx: {error.Message}");
    }
    Console.Error.WriteLine("Run orlx --help for usage.");
    return ExitCodes.BadInput;
}
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Anything else stopped the command before it finished: say what, without a stack trace (ORLX_DEBUG=1 shows it).
    Console.Error.WriteLine($"orlx: {e.Message}");
    if (args.Contains("--json"))
    {
        OrleansExperiments.Cli.Output.CliJson.PrintError(e.Message, ExitCodes.NotFinished);
    }
    if (Environment.GetEnvironmentVariable("ORLX_DEBUG") == "1")
    {
        Console.Error.WriteLine(e);
    }
    return ExitCodes.NotFinished;
}
