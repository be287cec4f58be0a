using Azure.Data.Tables;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Reads the properties of a stored entity, failing clearly when a required one is missing.</summary>
internal static class EntityReader
{
    public static string RequiredString(this TableEntity entity, string property) =>
        entity.GetString(property) ?? throw Missing(entity, property);

    public static int RequiredInt32(this TableEntity entity, string property) =>
        entity.GetInt32(property) ?? throw Missing(entity, property);

    public static long RequiredInt64(this TableEntity entity, string property) =>
        entity.GetInt64(property) ?? throw Missing(entity, property);

    public static bool RequiredBoolean(this TableEntity entity, string property) =>
        entity.GetBoolean(property) ?? throw Missing(entity, property);

    public static DateTimeOffset RequiredDateTimeOffset(this TableEntity entity, string property) =>
        entity.GetDateTimeOffset(property) ?? throw Missing(entity, property);

    private static InvalidDataException Missing(TableEntity entity, string property) =>
        new($"The stored entity ({entity.PartitionKey}, {entity.RowKey}) lacks its required property {property}; " +
            "it was not written by this version of the result store.");
}
