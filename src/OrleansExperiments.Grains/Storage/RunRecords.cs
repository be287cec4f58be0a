using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Storage;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Grains.Storage;

/// <summary>Writes a run grain's view into the queryable runs table (idempotent: one row per experiment, arm, mode, seed).</summary>
public sealed class RunRecords(ResultStore store)
{
    public Task Save(RunView view, RunOutcome? outcome = null, string? silo = null) =>
        store.UpsertRunAsync(new RunRecord
        {
            ExperimentId = view.ExperimentId,
            RunId = view.RunId,
            Arm = view.Arm,
            Mode = view.Mode,
            Profile = view.Profile,
            Seed = view.Seed,
            Commit = view.Commit,
            Status = GridJson.Lower(view.Status),
            Attempts = view.Attempts,
            MetricsJson = GridJson.Serialize(view.Metrics),
            FingerprintJson = view.FingerprintJson ?? "{}",
            FailureReason = view.FailureReason,
            StartedAt = outcome?.StartedAt,
            CompletedAt = outcome?.CompletedAt,
            TrainerSeconds = outcome?.TrainerSeconds,
            Silo = silo ?? (outcome is null ? null : $"{outcome.Silo} {outcome.Device}"),
        });
}
