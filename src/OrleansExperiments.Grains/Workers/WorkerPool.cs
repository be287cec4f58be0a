using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Grains.Configuration;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Runs one <see cref="RunWorker"/> per device slot of this silo. Registered after Orleans, so it starts after the
/// silo and stops before it: on shutdown the workers stop leasing and hand their runs back while the grid still answers.
/// </summary>
public sealed class WorkerPool(
    IGrainFactory grains,
    RunExecutor executor,
    SiloFingerprint fingerprint,
    TrainerPidFiles pidFiles,
    WorkerOptions workerOptions,
    IOptions<GridOptions> gridOptions,
    ILoggerFactory loggers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var logger = loggers.CreateLogger<WorkerPool>();
        var reaped = pidFiles.ReapOrphans();
        if (reaped > 0)
        {
            logger.LogWarning("Stopped {Count} trainer(s) left running by a silo that died", reaped);
        }
        logger.LogInformation("Silo {Silo} fingerprint {Fingerprint} (class {Class}); device slots: {Slots}",
            workerOptions.SiloName, fingerprint.Host.ToCanonicalJson(), fingerprint.ClassKey, string.Join(", ", workerOptions.Slots));

        var workers = workerOptions.Slots.Select((device, slot) => new RunWorker(
            new WorkerInfo(
                $"{workerOptions.SiloName}/{System.Environment.ProcessId}/{slot}",
                workerOptions.SiloName,
                device,
                fingerprint.ClassKey,
                fingerprint.Host.ToCanonicalJson()),
            device.StartsWith(DevicePools.Cuda, StringComparison.Ordinal) ? DevicePools.Cuda : DevicePools.Cpu,
            grains,
            executor,
            gridOptions.Value,
            loggers.CreateLogger<RunWorker>()));
        await Task.WhenAll(workers.Select(w => w.RunAsync(stoppingToken)));
    }
}
