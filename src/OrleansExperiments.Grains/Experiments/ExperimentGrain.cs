using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Grains.Storage;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>
/// One experiment. It expands its spec into runs, queues them, collects their final results and decides. It calls run
/// grains only while submitting (before any run can finish), so a run reporting back never meets a call of ours to it.
/// </summary>
public sealed class ExperimentGrain(
    [PersistentState("experiment", GridStorage.Name)] IPersistentState<ExperimentState> state,
    ExperimentRecords records,
    ILogger<ExperimentGrain> logger) : Grain, IExperimentGrain
{
    private ExperimentState Experiment => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Experiment.Spec is not null && !Experiment.RunsQueued && !IsFinal)
        {
            await QueueRuns(Experiment.Spec);
        }
    }

    public async Task<ExperimentView> Submit(ExperimentSpec spec)
    {
        if (spec.ExperimentId != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"The spec's id {spec.ExperimentId} does not match the grain {this.GetPrimaryKeyString()}.");
        }
        if (Experiment.Spec is not null)
        {
            return ExperimentSpecEquality.AreEqual(Experiment.Spec, spec)
                ? View(includeRuns: false)
                : throw new InvalidOperationException($"Experiment {spec.ExperimentId} already exists with a different spec.");
        }
        ExperimentSpecValidator.Validate(spec);

        Experiment.Spec = spec;
        Experiment.Status = ExperimentStatus.Queued;
        await state.WriteStateAsync();
        await records.Save(spec, View(includeRuns: false));
        await QueueRuns(spec);
        return View(includeRuns: false);
    }

    public async Task OnRunFinished(RunView run)
    {
        if (Experiment.Spec is not { } spec || IsFinal || !Experiment.RunIds.Contains(run.RunId))
        {
            return;
        }
        Experiment.FinishedRuns[run.RunId] = run;
        if (run.Status == RunStatus.Failed)
        {
            await Fail(spec, $"run {run.Arm}/{run.Mode}/seed {run.Seed} at {ShortCommit(run.Commit)} failed: {run.FailureReason}");
            return;
        }
        if (Experiment.FinishedRuns.Count < Experiment.RunIds.Count)
        {
            await state.WriteStateAsync();
            return;
        }
        await Conclude(spec);
    }

    public async Task<ExperimentView> GetView(bool includeRuns)
    {
        if (!includeRuns || Experiment.Spec is null)
        {
            return View(includeRuns: false);
        }
        var runs = await Task.WhenAll(Experiment.RunIds.Select(id =>
            Experiment.FinishedRuns.TryGetValue(id, out var finished)
                ? Task.FromResult(finished)
                : GrainFactory.GetGrain<IRunGrain>(id).GetView()));
        return View(includeRuns: false) with { Runs = [.. runs, .. ReusedRuns()] };
    }

    private bool IsFinal => Experiment.Status is ExperimentStatus.Completed or ExperimentStatus.Failed or ExperimentStatus.Refused;

    private async Task QueueRuns(ExperimentSpec spec)
    {
        var runs = RunPlanner.Expand(spec);
        Experiment.RunIds = runs.Select(r => r.RunId).ToList();
        await Task.WhenAll(runs.Select(r => GrainFactory.GetGrain<IRunGrain>(r.RunId).Initialize(r)));
        await GrainFactory.GetGrain<IRunQueueGrain>(spec.DevicePool).Enqueue(runs);
        Experiment.RunsQueued = true;
        Experiment.Status = ExperimentStatus.Running;
        await state.WriteStateAsync();
        await records.Save(spec, View(includeRuns: false));
        logger.LogInformation("Experiment {ExperimentId}: queued {Runs} runs", spec.ExperimentId, runs.Length);
    }

    private async Task Conclude(ExperimentSpec spec)
    {
        try
        {
            var runs = Experiment.FinishedRuns.Values.Concat(ReusedRuns()).ToList();
            switch (spec.Kind)
            {
                case ExperimentKind.Compare:
                    Experiment.Compare = CompareAnalysis.Analyze(spec, runs, baselineReused: Experiment.ReusedBaselineRuns.Count > 0);
                    break;
                case ExperimentKind.Run:
                    Experiment.Run = RunAnalysis.Analyze(spec, runs);
                    break;
                default:
                    throw new NotSupportedException($"Experiments of kind {spec.Kind} cannot be analyzed yet.");
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            await Fail(spec, $"the results could not be analyzed: {e.Message}");
            return;
        }
        Experiment.Status = ExperimentStatus.Completed;
        Experiment.CompletedAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        await records.Save(spec, View(includeRuns: false));
        logger.LogInformation("Experiment {ExperimentId} completed", spec.ExperimentId);
    }

    private async Task Fail(ExperimentSpec spec, string message)
    {
        Experiment.Status = ExperimentStatus.Failed;
        Experiment.Message = message;
        Experiment.CompletedAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IRunQueueGrain>(spec.DevicePool).Cancel(spec.ExperimentId);
        await records.Save(spec, View(includeRuns: false));
        logger.LogWarning("Experiment {ExperimentId} failed: {Message}", spec.ExperimentId, message);
    }

    private IEnumerable<RunView> ReusedRuns() => Experiment.ReusedBaselineRuns.Values.SelectMany(r => r);

    private ExperimentView View(bool includeRuns)
    {
        var spec = Experiment.Spec;
        var finished = Experiment.FinishedRuns.Values;
        return new ExperimentView
        {
            ExperimentId = this.GetPrimaryKeyString(),
            Kind = spec?.Kind ?? ExperimentKind.Run,
            Status = Experiment.Status,
            CreatedAt = spec?.CreatedAt ?? DateTimeOffset.MinValue,
            TotalRuns = Experiment.RunIds.Count,
            SucceededRuns = finished.Count(r => r.Status == RunStatus.Succeeded),
            FailedRuns = finished.Count(r => r.Status == RunStatus.Failed),
            Message = Experiment.Message,
            Compare = Experiment.Compare,
            Run = Experiment.Run,
            Spec = spec,
            Runs = includeRuns ? [.. finished] : [],
        };
    }

    private static string ShortCommit(string commit) => commit[..Math.Min(ShortCommitLength, commit.Length)];

    private const int ShortCommitLength = 10;
}
