using Microsoft.Extensions.Configuration;
using System.CommandLine;
using System.Runtime.InteropServices;
using OrleansExperiments.Silo;

namespace OrleansExperiments.Cli.Commands;

/// <summary><c>orlx silo</c>: host a silo until Ctrl+C or SIGTERM; running work is handed back on the way out.</summary>
public static class SiloCommand
{
    public static Command Create(Func<GridSession> session)
    {
        var command = new Command("silo", "Run a silo of the grid on this machine (one per machine; configure with ORLX_* variables or appsettings.json).");
        command.SetAction(async (result, cancellationToken) =>
        {
            var grid = session();
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection([new(nameof(SiloSettings.Verbose), "true")])
                .AddConfiguration(grid.Configuration)
                .Build();
            await using var silo = await GridSilo.StartAsync(configuration, cancellationToken: cancellationToken);
            Console.Error.WriteLine($"Silo running: gateway port {grid.Settings.GatewayPort}, silo port {grid.Settings.SiloPort}, home {grid.Settings.Home}. Stop with Ctrl+C.");
            var stopped = new TaskCompletionSource();
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stopped.TrySetResult(); });
            using var registration = cancellationToken.Register(() => stopped.TrySetResult());
            await stopped.Task;
            Console.Error.WriteLine("Stopping: handing running work back to the queue.");
            return ExitCodes.Success;
        });
        return command;
    }
}
