using Azure.Data.Tables;
using OrleansExperiments.Storage.Keys;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Maps <see cref="BaselineRecord"/> to its row: partitioned by repository, keyed by branch, mode and profile.</summary>
internal static class BaselineEntity
{
    private const string What = "baseline key";

    public static string PartitionKey(string repository) => TableKey.Compose(What, ("repository", repository));

    public static string RowKey(BaselineKey key) =>
        TableKey.Compose(What, ("branch", key.Branch), ("mode", key.Mode), ("profile", key.Profile));

    public static TableEntity From(BaselineRecord record)
    {
        var entity = new TableEntity(PartitionKey(record.Key.Repository), RowKey(record.Key))
        {
            [nameof(BaselineKey.Repository)] = record.Key.Repository,
            [nameof(BaselineKey.Branch)] = record.Key.Branch,
            [nameof(BaselineKey.Mode)] = record.Key.Mode,
            [nameof(BaselineKey.Profile)] = record.Key.Profile,
            [nameof(BaselineRecord.Commit)] = record.Commit,
            [nameof(BaselineRecord.Valid)] = record.Valid,
            [nameof(BaselineRecord.MeasuredAt)] = record.MeasuredAt,
            [nameof(BaselineRecord.FingerprintJson)] = record.FingerprintJson,
            [nameof(BaselineRecord.MetricVersionsJson)] = record.MetricVersionsJson,
            [nameof(BaselineRecord.ValuesJson)] = record.ValuesJson,
        };
        entity.SetOptional(nameof(BaselineRecord.InvalidatedBecause), record.InvalidatedBecause);
        return PropertyLimits.Checked(entity, $"baseline {record.Key}");
    }

    public static BaselineRecord ToRecord(TableEntity entity) => new()
    {
        Key = new BaselineKey(
            entity.RequiredString(nameof(BaselineKey.Repository)),
            entity.RequiredString(nameof(BaselineKey.Branch)),
            entity.RequiredString(nameof(BaselineKey.Mode)),
            entity.RequiredString(nameof(BaselineKey.Profile))),
        Commit = entity.RequiredString(nameof(BaselineRecord.Commit)),
        Valid = entity.RequiredBoolean(nameof(BaselineRecord.Valid)),
        InvalidatedBecause = entity.GetString(nameof(BaselineRecord.InvalidatedBecause)),
        MeasuredAt = entity.RequiredDateTimeOffset(nameof(BaselineRecord.MeasuredAt)),
        FingerprintJson = entity.RequiredString(nameof(BaselineRecord.FingerprintJson)),
        MetricVersionsJson = entity.RequiredString(nameof(BaselineRecord.MetricVersionsJson)),
        ValuesJson = entity.RequiredString(nameof(BaselineRecord.ValuesJson)),
    };
}
