using Microsoft.Extensions.Logging;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Configuration;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// One device slot's loop: lease a run, ask the run grain to start it, train it outside any grain call while
/// heartbeating the lease, record the outcome, drop the lease. On shutdown the run in hand is handed back.
/// </summary>
public sealed class RunWorker(
    WorkerInfo worker,
    string pool,
    IGrainFactory grains,
    RunExecutor executor,
    GridOptions options,
    ILogger logger)
{
    private IRunQueueGrain Queue => grains.GetGrain<IRunQueueGrain>(pool);

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var lease = await Queue.Lease(worker);
                if (lease is null)
                {
                    await Task.Delay(options.PollInterval, stopping);
                    continue;
                }
                await ServeAsync(lease, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The grid may be briefly unreachable (storage, a silo restarting): wait and ask again.
                logger.LogWarning(e, "Worker {Worker} could not talk to the grid; retrying", worker.WorkerId);
                await Task.Delay(options.PollInterval * ErrorBackoffPolls, stopping);
            }
        }
    }

    private const int ErrorBackoffPolls = 8;

    private async Task ServeAsync(RunLease lease, CancellationToken stopping)
    {
        var run = grains.GetGrain<IRunGrain>(lease.Run.RunId);
        if (!await run.TryStart(lease.LeaseId, worker.Silo, worker.Device))
        {
            await Queue.Complete(lease.LeaseId);
            return;
        }
        logger.LogInformation("Training {Run} on {Device}", lease.Run.RunId, worker.Device);
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(lease.LeaseId, leaseLost, heartbeatStop.Token);
        RunOutcome outcome;
        try
        {
            outcome = await executor.ExecuteAsync(lease.Run, worker.Device, lease.LeaseId, leaseLost.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await run.Release(lease.LeaseId);
            await Queue.Release(lease.LeaseId);
            logger.LogInformation("Handed {Run} back: the silo is stopping", lease.Run.RunId);
            throw;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopped {Run}: its lease expired and the run went to another worker", lease.Run.RunId);
            return;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
        await run.RecordOutcome(lease.LeaseId, outcome);
        await Queue.Complete(lease.LeaseId);
    }

    private async Task HeartbeatAsync(string leaseId, CancellationTokenSource leaseLost, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                bool held;
                try
                {
                    held = await Queue.Heartbeat(leaseId);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Heartbeat of lease {Lease} failed; retrying", leaseId);
                    continue;
                }
                if (!held)
                {
                    await leaseLost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Training finished.
        }
    }
}
