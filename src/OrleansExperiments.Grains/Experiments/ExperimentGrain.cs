using OrleansExperiments.Git;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using OrleansExperiments.Abstractions.Baselines;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Fingerprints;
using OrleansExperiments.Grains.Storage;
using OrleansExperiments.Grains.Workers;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>
/// One experiment. It expands its spec into runs, queues them, collects their final results and decides. It calls run
/// grains only while submitting (before any run can finish), so a run reporting back never meets a call of ours to it.
/// </summary>
public sealed class ExperimentGrain(
    [PersistentState("experiment", GridStorage.Name)] IPersistentState<ExperimentState> state,
    ExperimentRecords records,
    SiloFingerprint silo,
    ILogger<ExperimentGrain> logger) : Grain, IExperimentGrain
{
    private ExperimentState Experiment => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Experiment.Spec is not { } spec || IsFinal)
        {
            return;
        }
        if (Experiment.GatePending)
        {
            await StartRuns(spec, RunPlanner.ExpandGate(spec));
        }
        else if (!Experiment.RunsQueued)
        {
            await QueueRuns(spec);
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
        await OfferStoredBaselines(spec);
        if (spec.GateProfile is not null)
        {
            await StartGate(spec);
        }
        else
        {
            await QueueRuns(spec);
        }
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
            var gate = Experiment.GatePending ? $"the fast gate ({run.Profile} profile) stopped the experiment before the {spec.Profile} runs: " : "";
            await Fail(spec, $"{gate}run {run.Arm}/{run.Mode}/seed {run.Seed} at {CommitIds.Short(run.Commit)} failed: {run.FailureReason}");
            return;
        }
        if (Experiment.FinishedRuns.Count < Experiment.RunIds.Count)
        {
            await state.WriteStateAsync();
            return;
        }
        if (Experiment.GatePending)
        {
            await PassGate(spec);
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

    /// <summary>Practice 5: every arm and mode trains on the cheap profile first; a crash there costs seconds, not hours.</summary>
    private async Task StartGate(ExperimentSpec spec)
    {
        Experiment.GatePending = true;
        Experiment.Status = ExperimentStatus.Running;
        await StartRuns(spec, RunPlanner.ExpandGate(spec));
        await state.WriteStateAsync();
        await records.Save(spec, View(includeRuns: false));
    }

    private async Task PassGate(ExperimentSpec spec)
    {
        Experiment.GatePending = false;
        Experiment.FastGate = new FastGateReport { Profile = spec.GateProfile!, SeedsPerArm = spec.GateSeeds, Passed = true };
        logger.LogInformation("Experiment {ExperimentId}: fast gate passed; queuing the {Profile} runs", spec.ExperimentId, spec.Profile);
        await QueueRuns(spec);
    }

    /// <summary>The gated profile's mean trainer time over the gate's, with a warning outside the recommended range.</summary>
    private FastGateReport? MeasureGate(ExperimentSpec spec)
    {
        if (Experiment.FastGate is not { } gate)
        {
            return null;
        }
        var seconds = Experiment.FinishedRuns.Values.Where(r => r.Status == RunStatus.Succeeded).GroupBy(r => r.Profile)
            .ToDictionary(g => g.Key, g => g.Average(r => r.TrainerSeconds));
        if (!seconds.TryGetValue(spec.Profile, out var full) || !seconds.TryGetValue(gate.Profile, out var fast) || fast <= 0)
        {
            return gate;
        }
        var ratio = full / fast;
        var warning = ratio is < FastGateReport.MinimumSpeedRatio or > FastGateReport.MaximumSpeedRatio
            ? $"a {spec.Profile} run takes {ratio:G3}× the time of a {gate.Profile} run; keep {gate.Profile} {FastGateReport.MinimumSpeedRatio}–{FastGateReport.MaximumSpeedRatio}× faster so the loop stays fast and the gate stays representative"
            : null;
        return gate with { SpeedRatio = ratio, Warning = warning };
    }

    /// <summary>Practice 9: a compare reuses stored baseline runs that are still valid for its commit, metric and silos.</summary>
    private async Task OfferStoredBaselines(ExperimentSpec spec)
    {
        if (spec.Kind != ExperimentKind.Compare || spec.BaselineBranch is null)
        {
            return;
        }
        var baseline = spec.Arms.Single(a => a.Name == CompareAnalysis.BaselineArm);
        var snapshot = await GrainFactory.GetGrain<IRunQueueGrain>(spec.DevicePool).GetSnapshot();
        var query = new BaselineQuery
        {
            Commit = baseline.Commit,
            Metric = spec.Metric,
            Seeds = spec.Seeds,
            SiloFingerprints = [.. snapshot.ActiveWorkers.Select(w => w.FingerprintJson).Distinct()],
        };
        foreach (var mode in spec.AllModes)
        {
            var offer = await Baseline(spec, mode).Offer(query);
            if (offer.Reusable)
            {
                Experiment.ReusedBaselineRuns[mode] = [.. offer.Runs];
            }
            logger.LogInformation("Experiment {ExperimentId}, mode {Mode}: {Decision} stored baseline ({Reason})",
                spec.ExperimentId, mode, offer.Reusable ? "reusing the" : "not reusing a", offer.Reason);
        }
    }

    private IBaselineGrain Baseline(ExperimentSpec spec, string mode) =>
        GrainFactory.GetGrain<IBaselineGrain>(BaselineKeys.For(spec.Repository, spec.BaselineBranch!, mode, spec.Profile));

    private bool IsReused(ArmSpec arm, string mode) =>
        arm.Name == CompareAnalysis.BaselineArm && Experiment.ReusedBaselineRuns.ContainsKey(mode);

    private async Task QueueRuns(ExperimentSpec spec)
    {
        var runs = RunPlanner.Expand(spec, IsReused);
        await StartRuns(spec, runs);
        Experiment.RunsQueued = true;
        Experiment.Status = ExperimentStatus.Running;
        await state.WriteStateAsync();
        await records.Save(spec, View(includeRuns: false));
        logger.LogInformation("Experiment {ExperimentId}: queued {Runs} runs", spec.ExperimentId, runs.Length);
    }

    private async Task StartRuns(ExperimentSpec spec, ImmutableArray<RunSpec> runs)
    {
        Experiment.RunIds = [.. Experiment.RunIds.Union(runs.Select(r => r.RunId))];
        await Task.WhenAll(runs.Select(r => GrainFactory.GetGrain<IRunGrain>(r.RunId).Initialize(r)));
        await GrainFactory.GetGrain<IRunQueueGrain>(spec.DevicePool).Enqueue(runs);
    }

    /// <summary>
    /// The silos' host fingerprints were checked before reuse; now that the change ran, its full fingerprint (with the
    /// trainer's libtorch, threads, determinism) is checked too. A mismatch invalidates the baseline and measures it here.
    /// </summary>
    private async Task<bool> ReusedBaselinesStillHold(ExperimentSpec spec)
    {
        var remeasure = new List<string>();
        foreach (var (mode, reused) in Experiment.ReusedBaselineRuns)
        {
            var stored = EnvironmentFingerprint.FromCanonicalJson(reused.Select(r => r.FingerprintJson).FirstOrDefault(f => f is not null) ?? "{}");
            var changed = Experiment.FinishedRuns.Values
                .Where(r => r.Mode == mode && r.Arm == CompareAnalysis.ChangeArm && r.Profile == spec.Profile && r.FingerprintJson is not null)
                .SelectMany(r => silo.Policy.Differences(stored, EnvironmentFingerprint.FromCanonicalJson(r.FingerprintJson!)))
                .Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            if (changed.Length > 0)
            {
                await Baseline(spec, mode).Invalidate(changed, "the change's runs were measured in a different environment");
                remeasure.Add(mode);
            }
        }
        if (remeasure.Count == 0)
        {
            return true;
        }
        foreach (var mode in remeasure)
        {
            Experiment.ReusedBaselineRuns.Remove(mode);
        }
        await StartRuns(spec, RunPlanner.Expand(spec, (arm, mode) => arm.Name != CompareAnalysis.BaselineArm || !remeasure.Contains(mode)));
        await state.WriteStateAsync();
        logger.LogInformation("Experiment {ExperimentId}: re-measuring the baseline of {Modes}", spec.ExperimentId, string.Join(", ", remeasure));
        return false;
    }

    /// <summary>Stores freshly measured baseline runs in the baseline grains (compare baselines, and run experiments that measure a baseline).</summary>
    private async Task RecordBaselines(ExperimentSpec spec)
    {
        if (spec.BaselineBranch is null)
        {
            return;
        }
        var arm = spec.Kind == ExperimentKind.Run ? spec.Arms[0] : spec.Arms.Single(a => a.Name == CompareAnalysis.BaselineArm);
        foreach (var mode in spec.AllModes.Where(m => !Experiment.ReusedBaselineRuns.ContainsKey(m)))
        {
            var runs = Experiment.FinishedRuns.Values.Where(r => r.Arm == arm.Name && r.Mode == mode && r.Profile == spec.Profile).ToImmutableArray();
            await Baseline(spec, mode).Record(new BaselineMeasurement(spec.ExperimentId, arm.Commit, spec.Metric, runs));
        }
    }

    private async Task Conclude(ExperimentSpec spec)
    {
        if (!await ReusedBaselinesStillHold(spec))
        {
            return;
        }
        Experiment.FastGate = MeasureGate(spec);
        if (Experiment.FastGate?.Warning is { } warning)
        {
            logger.LogWarning("Experiment {ExperimentId}: {Warning}", spec.ExperimentId, warning);
        }
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
                case ExperimentKind.Ablate:
                    Experiment.Ablation = AblationAnalysis.Analyze(spec, runs);
                    break;
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
        await RecordBaselines(spec);
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
            Ablation = Experiment.Ablation,
            FastGate = Experiment.FastGate,
            Spec = spec,
            Runs = includeRuns ? [.. finished] : [],
        };
    }

}
