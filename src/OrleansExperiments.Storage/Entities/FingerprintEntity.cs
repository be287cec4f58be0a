using Azure.Data.Tables;
using OrleansExperiments.Storage.Keys;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Maps <see cref="FingerprintRecord"/> to its row: one partition for all fingerprints, keyed by id.</summary>
internal static class FingerprintEntity
{
    /// <summary>Fingerprints are few (one per environment), so one partition keeps listing them a single scan.</summary>
    public const string Partition = "fingerprint";

    public static string RowKey(string fingerprintId) =>
        TableKey.Compose("fingerprint row key", ("fingerprint id", fingerprintId));

    public static TableEntity From(FingerprintRecord record)
    {
        var entity = new TableEntity(Partition, RowKey(record.FingerprintId))
        {
            [nameof(FingerprintRecord.FingerprintId)] = record.FingerprintId,
            [nameof(FingerprintRecord.CapturedAt)] = record.CapturedAt,
            [nameof(FingerprintRecord.FingerprintJson)] = record.FingerprintJson,
        };
        entity.SetOptional(nameof(FingerprintRecord.CapturedBy), record.CapturedBy);
        return PropertyLimits.Checked(entity, $"fingerprint {record.FingerprintId}");
    }

    public static FingerprintRecord ToRecord(TableEntity entity) => new()
    {
        FingerprintId = entity.RequiredString(nameof(FingerprintRecord.FingerprintId)),
        CapturedBy = entity.GetString(nameof(FingerprintRecord.CapturedBy)),
        CapturedAt = entity.RequiredDateTimeOffset(nameof(FingerprintRecord.CapturedAt)),
        FingerprintJson = entity.RequiredString(nameof(FingerprintRecord.FingerprintJson)),
    };
}
