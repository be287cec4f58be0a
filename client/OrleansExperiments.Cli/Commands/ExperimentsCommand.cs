using System.CommandLine;
using System.Text.Json.Nodes;
using OrleansExperiments.Cli.Output;
using Spectre.Console;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx experiments</c>: every stored experiment, newest first.</summary>
public static class ExperimentsCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("experiments", "List stored experiments, newest first.") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (connection, client) = await session().ConnectAsync(cancellationToken);
            await using (connection)
            {
                var experiments = await client.ListAsync();
                if (result.GetValue(json))
                {
                    CliJson.Print(new JsonArray([.. experiments.Select(e => (JsonNode)new JsonObject
                    {
                        ["experimentId"] = e.ExperimentId,
                        ["kind"] = e.Kind,
                        ["status"] = e.Status,
                        ["createdAt"] = e.CreatedAt,
                        ["repository"] = e.Repository,
                        ["message"] = e.Message,
                    })]));
                    return ExitCodes.Success;
                }
                var table = new Table().AddColumn("experiment").AddColumn("kind").AddColumn("status").AddColumn("created").AddColumn("repository");
                foreach (var e in experiments)
                {
                    table.AddRow(e.ExperimentId, e.Kind, CompareTable.Colored(e.Status), e.CreatedAt.ToString("u"), Markup.Escape(e.Repository));
                }
                AnsiConsole.Write(table);
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
