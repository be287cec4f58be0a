using OrleansExperiments.Git;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Baselines;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Fingerprints;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Grains.Storage;
using OrleansExperiments.Grains.Workers;

namespace OrleansExperiments.Grains.Baselines;

/// <summary>
/// One baseline (repository, branch, mode, profile). Reuse needs the same commit, metric version and inputs, an age
/// under the maximum, and silos whose fingerprint the comparability policy accepts; a failed condition invalidates the
/// baseline and says which. A reminder re-measures a stale baseline. It calls the experiment grain only from its
/// reminder (to submit a re-measurement), never while an experiment is calling it.
/// </summary>
public sealed class BaselineGrain(
    [PersistentState("baseline", GridStorage.Name)] IPersistentState<BaselineState> state,
    IOptions<GridOptions> options,
    SiloFingerprint silo,
    BaselineRecords records,
    TimeProvider clock,
    ILogger<BaselineGrain> logger) : Grain, IBaselineGrain, IRemindable
{
    public const string StaleCheckReminder = "stale-check";

    private readonly GridOptions _options = options.Value;

    /// <summary>Why the next measurement replaces a still-valid baseline (it lacked seeds an experiment needed); null: on request.</summary>
    private string? _pendingRemeasureReason;

    private BaselineState Baseline => state.State;

    public async Task<BaselineOffer> Offer(BaselineQuery query)
    {
        if (Baseline.Commit is null || Baseline.Metric is null)
        {
            return No("no baseline has been measured yet");
        }
        if (!Baseline.Valid)
        {
            return No($"the stored baseline is invalid ({string.Join(", ", Baseline.InvalidatedBecause)}: {Baseline.InvalidationDetail})");
        }
        if (Baseline.Metric.Name != query.Metric.Name)
        {
            return No($"the stored baseline was decided on {Baseline.Metric.Name}, not {query.Metric.Name}");
        }
        var (changed, detail) = WhatChanged(query);
        if (changed.Count > 0)
        {
            await Invalidate([.. changed], detail);
            return No($"the stored baseline is no longer valid ({string.Join(", ", changed)}: {detail})");
        }
        var missing = query.Seeds.Except(Baseline.Runs.Select(r => r.Seed)).ToList();
        if (missing.Count > 0)
        {
            _pendingRemeasureReason = MoreSeeds;
            return No($"the stored baseline lacks seed(s) {string.Join(", ", missing)}");
        }
        var runs = Baseline.Runs.Where(r => query.Seeds.Contains(r.Seed)).ToImmutableArray();
        return new BaselineOffer(true, runs, Baseline.FingerprintJson, $"measured {Baseline.MeasuredAt:u} by {Baseline.MeasuredBy}");
    }

    public async Task Record(BaselineMeasurement measurement)
    {
        var (repository, _, _, _) = BaselineKeys.Parse(this.GetPrimaryKeyString());
        if (Baseline.Commit is not null)
        {
            Baseline.RemeasuredBecause = Baseline.Valid ? [_pendingRemeasureReason ?? ForcedRerun] : [.. Baseline.InvalidatedBecause];
            Baseline.RemeasurementDetail = !Baseline.Valid ? Baseline.InvalidationDetail
                : _pendingRemeasureReason is null ? "re-measured on request" : "an experiment needed seeds the stored baseline lacked";
        }
        _pendingRemeasureReason = null;
        Baseline.Commit = measurement.Commit;
        Baseline.Metric = measurement.Metric;
        Baseline.Runs = [.. measurement.Runs.OrderBy(r => r.Seed)];
        Baseline.FingerprintJson = measurement.Runs.Select(r => r.FingerprintJson).FirstOrDefault(f => f is not null);
        Baseline.MeasuredAt = clock.GetUtcNow();
        Baseline.MeasuredBy = measurement.ExperimentId;
        Baseline.Valid = true;
        Baseline.InvalidatedBecause = [];
        Baseline.InvalidationDetail = null;
        Baseline.DeclaredMetrics = [.. measurement.Runs.SelectMany(r => r.Metrics.Keys).Distinct().Order(StringComparer.Ordinal)];
        Baseline.DevicePool ??= DevicePools.Cpu;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IBaselineRegistryGrain>(0).Register(this.GetPrimaryKeyString());
        await this.RegisterOrUpdateReminder(StaleCheckReminder, _options.BaselineCheckPeriod, _options.BaselineCheckPeriod);
        await records.Save(this.GetPrimaryKeyString(), Baseline);
        logger.LogInformation("Baseline {Key} recorded at {Commit} from {Repository}", this.GetPrimaryKeyString(), measurement.Commit, repository);
    }

    public async Task Invalidate(ImmutableArray<string> changedFields, string detail)
    {
        if (!Baseline.Valid)
        {
            return;
        }
        Baseline.Valid = false;
        Baseline.InvalidatedBecause = [.. changedFields];
        Baseline.InvalidationDetail = detail;
        await state.WriteStateAsync();
        await records.Save(this.GetPrimaryKeyString(), Baseline);
        logger.LogInformation("Baseline {Key} invalidated: {Fields} ({Detail})", this.GetPrimaryKeyString(), string.Join(", ", changedFields), detail);
    }

    public async Task OnSiloFingerprint(string hostFingerprintJson)
    {
        var host = EnvironmentFingerprint.FromCanonicalJson(hostFingerprintJson);
        if (!Baseline.Valid || Baseline.FingerprintJson is null
            || EnvironmentFingerprint.FromCanonicalJson(Baseline.FingerprintJson)[FingerprintFields.Host] != host[FingerprintFields.Host])
        {
            return;
        }
        var changed = HostDifferences(host);
        if (changed.Count > 0)
        {
            await Invalidate([.. changed], $"a silo on {host[FingerprintFields.Host]} started with a different environment");
        }
    }

    public Task<BaselineInfo> GetInfo()
    {
        var (repository, branch, mode, profile) = BaselineKeys.Parse(this.GetPrimaryKeyString());
        return Task.FromResult(new BaselineInfo
        {
            Repository = repository,
            Branch = branch,
            Mode = mode,
            Profile = profile,
            Commit = Baseline.Commit,
            Valid = Baseline.Valid,
            InvalidatedBecause = [.. Baseline.InvalidatedBecause],
            InvalidationDetail = Baseline.InvalidationDetail,
            MeasuredAt = Baseline.MeasuredAt,
            MetricVersion = Baseline.Metric?.Version,
            MeasuredBy = Baseline.MeasuredBy,
            Seeds = Baseline.Runs.Count,
            RemeasuredBecause = [.. Baseline.RemeasuredBecause],
            RemeasurementDetail = Baseline.RemeasurementDetail,
        });
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != StaleCheckReminder || Baseline.Commit is null || Baseline.Metric is null || Baseline.MeasuredAt is not { } measuredAt)
        {
            return;
        }
        if (clock.GetUtcNow() - measuredAt < _options.BaselineMaxAge)
        {
            return;
        }
        await Invalidate(["age"], $"measured {measuredAt:u}, more than {_options.BaselineMaxAge.TotalDays:G3} days ago");
        await RemeasureAsync();
    }

    /// <summary>Submits a run experiment at the stored commit whose results record this baseline again.</summary>
    private async Task RemeasureAsync()
    {
        var (repository, branch, mode, profile) = BaselineKeys.Parse(this.GetPrimaryKeyString());
        var now = clock.GetUtcNow();
        var spec = new ExperimentSpec
        {
            ExperimentId = ExperimentIds.New(now, RemeasurePrefix),
            Kind = ExperimentKind.Run,
            Repository = repository,
            Arms = [new ArmSpec(Experiments.CompareAnalysis.BaselineArm, branch, Baseline.Commit!, [])],
            Modes = [mode],
            Profile = profile,
            Seeds = [.. Baseline.Runs.Select(r => r.Seed)],
            Metric = Baseline.Metric!,
            DeclaredMetrics = [.. Baseline.DeclaredMetrics],
            BaselineBranch = branch,
            CreatedAt = now,
            DevicePool = Baseline.DevicePool ?? DevicePools.Cpu,
        };
        await GrainFactory.GetGrain<IExperimentGrain>(spec.ExperimentId).Submit(spec);
        logger.LogInformation("Baseline {Key} is stale: re-measuring in experiment {ExperimentId}", this.GetPrimaryKeyString(), spec.ExperimentId);
    }

    public const string RemeasurePrefix = "rebase-";

    /// <summary>The reason recorded when a still-valid baseline is measured again on request.</summary>
    public const string ForcedRerun = "rerun";

    /// <summary>The reason recorded when a still-valid baseline is measured again with more seeds.</summary>
    public const string MoreSeeds = "seeds";

    private (List<string> Changed, string Detail) WhatChanged(BaselineQuery query)
    {
        var changed = new List<string>();
        var details = new List<string>();
        if (Baseline.Commit != query.Commit)
        {
            changed.Add("commit");
            details.Add($"the branch moved from {CommitIds.Short(Baseline.Commit!)} to {CommitIds.Short(query.Commit)}");
        }
        if (Baseline.Metric!.Version != query.Metric.Version)
        {
            changed.Add("metric.version");
            details.Add($"{query.Metric.Name} version {Baseline.Metric.Version} → {query.Metric.Version}");
        }
        else if (Baseline.Metric.InputsHash != query.Metric.InputsHash)
        {
            changed.Add("metric.inputs");
            details.Add($"the inputs of {query.Metric.Name} changed");
        }
        if (clock.GetUtcNow() - Baseline.MeasuredAt > _options.BaselineMaxAge)
        {
            changed.Add("age");
            details.Add($"measured {Baseline.MeasuredAt:u}, more than {_options.BaselineMaxAge.TotalDays:G3} days ago");
        }
        var fields = query.SiloFingerprints
            .SelectMany(json => HostDifferences(EnvironmentFingerprint.FromCanonicalJson(json)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (fields.Count > 0)
        {
            changed.AddRange(fields);
            details.Add($"the silos' environment differs in {string.Join(", ", fields)}");
        }
        return (changed, string.Join("; ", details));
    }

    /// <summary>The fields, among those a silo's host fingerprint has, that differ from the baseline's under the policy.</summary>
    private List<string> HostDifferences(EnvironmentFingerprint host)
    {
        var stored = EnvironmentFingerprint.FromCanonicalJson(Baseline.FingerprintJson ?? "{}");
        var comparable = EnvironmentFingerprint.From(stored.Fields.Where(f => host.Fields.ContainsKey(f.Key)));
        return [.. silo.Policy.Differences(comparable, host)];
    }


    private static BaselineOffer No(string reason) => new(false, [], null, reason);
}
