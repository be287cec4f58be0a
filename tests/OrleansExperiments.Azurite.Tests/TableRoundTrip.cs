using Azure.Data.Tables;

namespace OrleansExperiments.Azurite.Tests;

/// <summary>Writes and reads a real table entity through <c>Azure.Data.Tables</c>.</summary>
internal static class TableRoundTrip
{
    private const string TableName = "probe";
    private const string PartitionKey = "p";

    public static async Task WriteAsync(string connectionString, string rowKey, string value)
    {
        var table = new TableClient(connectionString, TableName);
        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity(PartitionKey, rowKey) { ["Value"] = value });
    }

    public static async Task<string?> ReadAsync(string connectionString, string rowKey)
    {
        var table = new TableClient(connectionString, TableName);
        await table.CreateIfNotExistsAsync();
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, rowKey);
        return entity.HasValue ? entity.Value!.GetString("Value") : null;
    }
}
