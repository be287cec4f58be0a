using Azure.Data.Tables;
using OrleansExperiments.Storage.Keys;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Maps <see cref="RunRecord"/> to its row: partitioned by experiment, keyed by arm, mode, profile and seed.</summary>
internal static class RunEntity
{
    private const string What = "run key";

    public static string PartitionKey(string experimentId) => TableKey.Compose(What, ("experiment id", experimentId));

    public static string RowKey(RunKey key) => TableKey.Compose(
        What, ("arm", key.Arm), ("mode", key.Mode), ("profile", key.Profile), ("seed", TableKey.Seed(key.Seed)));

    public static TableEntity From(RunRecord record)
    {
        var entity = new TableEntity(PartitionKey(record.ExperimentId), RowKey(record.Key))
        {
            [nameof(RunRecord.ExperimentId)] = record.ExperimentId,
            [nameof(RunRecord.RunId)] = record.RunId,
            [nameof(RunRecord.Arm)] = record.Arm,
            [nameof(RunRecord.Mode)] = record.Mode,
            [nameof(RunRecord.Profile)] = record.Profile,
            [nameof(RunRecord.Seed)] = record.Seed,
            [nameof(RunRecord.Commit)] = record.Commit,
            [nameof(RunRecord.Status)] = record.Status,
            [nameof(RunRecord.Attempts)] = record.Attempts,
            [nameof(RunRecord.MetricsJson)] = record.MetricsJson,
            [nameof(RunRecord.FingerprintJson)] = record.FingerprintJson,
            [nameof(RunRecord.MetricVersionsJson)] = record.MetricVersionsJson,
        };
        entity.SetOptional(nameof(RunRecord.FailureReason), record.FailureReason);
        entity.SetOptional(nameof(RunRecord.StartedAt), record.StartedAt);
        entity.SetOptional(nameof(RunRecord.CompletedAt), record.CompletedAt);
        entity.SetOptional(nameof(RunRecord.TrainerSeconds), record.TrainerSeconds);
        entity.SetOptional(nameof(RunRecord.Silo), record.Silo);
        return PropertyLimits.Checked(entity, $"run {record.RunId}");
    }

    public static RunRecord ToRecord(TableEntity entity) => new()
    {
        ExperimentId = entity.RequiredString(nameof(RunRecord.ExperimentId)),
        RunId = entity.RequiredString(nameof(RunRecord.RunId)),
        Arm = entity.RequiredString(nameof(RunRecord.Arm)),
        Mode = entity.RequiredString(nameof(RunRecord.Mode)),
        Profile = entity.RequiredString(nameof(RunRecord.Profile)),
        Seed = entity.RequiredInt32(nameof(RunRecord.Seed)),
        Commit = entity.RequiredString(nameof(RunRecord.Commit)),
        Status = entity.RequiredString(nameof(RunRecord.Status)),
        Attempts = entity.RequiredInt32(nameof(RunRecord.Attempts)),
        MetricsJson = entity.RequiredString(nameof(RunRecord.MetricsJson)),
        FingerprintJson = entity.RequiredString(nameof(RunRecord.FingerprintJson)),
        MetricVersionsJson = entity.RequiredString(nameof(RunRecord.MetricVersionsJson)),
        FailureReason = entity.GetString(nameof(RunRecord.FailureReason)),
        StartedAt = entity.GetDateTimeOffset(nameof(RunRecord.StartedAt)),
        CompletedAt = entity.GetDateTimeOffset(nameof(RunRecord.CompletedAt)),
        TrainerSeconds = entity.GetDouble(nameof(RunRecord.TrainerSeconds)),
        Silo = entity.GetString(nameof(RunRecord.Silo)),
    };
}
