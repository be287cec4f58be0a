using Microsoft.Extensions.Options;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Grains.Storage;

namespace OrleansExperiments.Grains.Runs;

/// <summary>
/// One seeded run. It is the authority on attempts: a worker must <see cref="TryStart"/> before training, and only the
/// outcome of the current lease counts. Calls go out to the queue (retry) and to the experiment (final status); neither
/// calls back into a run grain, so there is no cycle.
/// </summary>
public sealed class RunGrain(
    [PersistentState("run", GridStorage.Name)] IPersistentState<RunState> state,
    IOptions<GridOptions> options,
    RunRecords records) : Grain, IRunGrain
{
    private readonly GridOptions _options = options.Value;

    private RunState Run => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (IsFinal && !Run.ExperimentNotified)
        {
            await NotifyExperiment();
        }
    }

    public async Task Initialize(RunSpec spec)
    {
        if (Run.Spec is not null)
        {
            if (!SameSpec(Run.Spec, spec))
            {
                throw new InvalidOperationException($"Run {spec.RunId} already exists with a different spec.");
            }
            return;
        }
        Run.Spec = spec;
        Run.Status = RunStatus.Queued;
        await state.WriteStateAsync();
        await records.Save(View());
    }

    public async Task<bool> TryStart(string leaseId, string silo, string device)
    {
        if (IsFinal)
        {
            return false;
        }
        if (Run.Attempts >= _options.MaxAttempts)
        {
            await Finish(RunStatus.Failed,
                $"{Run.Attempts} attempts started but none reported back (the silos training it stopped responding); last: {Run.FailureReason ?? "no reason recorded"}");
            return false;
        }
        Run.Attempts++;
        Run.CurrentLeaseId = leaseId;
        Run.Status = RunStatus.Running;
        await state.WriteStateAsync();
        await records.Save(View(), silo: $"{silo} {device}");
        return true;
    }

    public async Task RecordOutcome(string leaseId, RunOutcome outcome)
    {
        if (IsFinal || leaseId != Run.CurrentLeaseId)
        {
            return;
        }
        Run.LastOutcome = outcome;
        Run.CurrentLeaseId = null;
        if (outcome.Succeeded)
        {
            await Finish(RunStatus.Succeeded, failureReason: null);
            return;
        }

        Run.FailureReason = outcome.FailureReason;
        if (Run.Attempts < _options.MaxAttempts)
        {
            Run.Status = RunStatus.Queued;
            await state.WriteStateAsync();
            await records.Save(View());
            await GrainFactory.GetGrain<IRunQueueGrain>(RequireSpec().DevicePool).Retry(leaseId);
            return;
        }
        await Finish(RunStatus.Failed, $"failed {Run.Attempts} of {Run.Attempts} attempts; last: {outcome.FailureReason}");
    }

    public async Task Release(string leaseId)
    {
        if (IsFinal || leaseId != Run.CurrentLeaseId)
        {
            return;
        }
        Run.CurrentLeaseId = null;
        Run.Attempts--;
        Run.Status = RunStatus.Queued;
        await state.WriteStateAsync();
        await records.Save(View());
    }

    public Task<RunView> GetView() => Task.FromResult(View());

    /// <summary>Records compare immutable arrays by reference, and every call brings its own copy: compare the metric lists by content.</summary>
    private static bool SameSpec(RunSpec stored, RunSpec given) =>
        stored with { DeclaredMetrics = given.DeclaredMetrics } == given && stored.DeclaredMetrics.SequenceEqual(given.DeclaredMetrics);

    private bool IsFinal => Run.Status is RunStatus.Succeeded or RunStatus.Failed;

    private RunSpec RequireSpec() =>
        Run.Spec ?? throw new InvalidOperationException($"Run {this.GetPrimaryKeyString()} was never initialized.");

    private async Task Finish(RunStatus status, string? failureReason)
    {
        Run.Status = status;
        Run.FailureReason = failureReason;
        Run.ExperimentNotified = false;
        await state.WriteStateAsync();
        await records.Save(View(), Run.LastOutcome);
        await NotifyExperiment();
    }

    private async Task NotifyExperiment()
    {
        await GrainFactory.GetGrain<IExperimentGrain>(RequireSpec().ExperimentId).OnRunFinished(View());
        Run.ExperimentNotified = true;
        await state.WriteStateAsync();
    }

    private RunView View()
    {
        var spec = RequireSpec();
        return new RunView
        {
            RunId = spec.RunId,
            ExperimentId = spec.ExperimentId,
            Arm = spec.Arm,
            Mode = spec.Mode,
            Seed = spec.Seed,
            Profile = spec.Profile,
            Commit = spec.Commit,
            Status = Run.Status,
            Attempts = Run.Attempts,
            Metrics = Run.Status == RunStatus.Succeeded && Run.LastOutcome is { } outcome ? outcome.Metrics : [],
            FailureReason = Run.FailureReason,
            FingerprintJson = Run.LastOutcome?.FingerprintJson,
            Deterministic = Run.LastOutcome?.Deterministic ?? false,
            TrainerSeconds = Run.LastOutcome?.TrainerSeconds ?? 0,
        };
    }
}
