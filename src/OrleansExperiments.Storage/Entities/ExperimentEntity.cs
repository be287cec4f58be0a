using Azure.Data.Tables;
using OrleansExperiments.Storage.Keys;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Maps <see cref="ExperimentRecord"/> to its row: one partition for all experiments, keyed by id.</summary>
internal static class ExperimentEntity
{
    /// <summary>All experiments share one partition, so listing them is a single partition scan.</summary>
    public const string Partition = "experiment";

    public static string RowKey(string experimentId) =>
        TableKey.Compose("experiment row key", ("experiment id", experimentId));

    public static TableEntity From(ExperimentRecord record)
    {
        var entity = new TableEntity(Partition, RowKey(record.ExperimentId))
        {
            [nameof(ExperimentRecord.ExperimentId)] = record.ExperimentId,
            [nameof(ExperimentRecord.Kind)] = record.Kind,
            [nameof(ExperimentRecord.Status)] = record.Status,
            [nameof(ExperimentRecord.CreatedAt)] = record.CreatedAt,
            [nameof(ExperimentRecord.Repository)] = record.Repository,
            [nameof(ExperimentRecord.SpecJson)] = record.SpecJson,
        };
        entity.SetOptional(nameof(ExperimentRecord.CompletedAt), record.CompletedAt);
        entity.SetOptional(nameof(ExperimentRecord.ResultJson), record.ResultJson);
        entity.SetOptional(nameof(ExperimentRecord.Message), record.Message);
        return PropertyLimits.Checked(entity, $"experiment {record.ExperimentId}");
    }

    public static ExperimentRecord ToRecord(TableEntity entity) => new()
    {
        ExperimentId = entity.RequiredString(nameof(ExperimentRecord.ExperimentId)),
        Kind = entity.RequiredString(nameof(ExperimentRecord.Kind)),
        Status = entity.RequiredString(nameof(ExperimentRecord.Status)),
        CreatedAt = entity.RequiredDateTimeOffset(nameof(ExperimentRecord.CreatedAt)),
        CompletedAt = entity.GetDateTimeOffset(nameof(ExperimentRecord.CompletedAt)),
        Repository = entity.RequiredString(nameof(ExperimentRecord.Repository)),
        SpecJson = entity.RequiredString(nameof(ExperimentRecord.SpecJson)),
        ResultJson = entity.GetString(nameof(ExperimentRecord.ResultJson)),
        Message = entity.GetString(nameof(ExperimentRecord.Message)),
    };
}
