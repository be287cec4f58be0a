using System.Globalization;
using Azure.Data.Tables;
using OrleansExperiments.Storage.Keys;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Entities;

/// <summary>Maps <see cref="MetricPoint"/> to its row: partitioned by run, keyed by metric name and step.</summary>
internal static class MetricPointEntity
{
    /// <summary>
    /// Holds NaN and infinities as text, in place of <see cref="MetricPoint.Value"/>: the Tables SDK cannot write
    /// non-finite doubles, and a loss that diverges to NaN is exactly what a curve should show.
    /// </summary>
    public const string NonFiniteValueProperty = "NonFiniteValue";

    private const string What = "metric point key";

    public static string PartitionKey(string runId) => TableKey.Compose(What, ("run id", runId));

    public static string RowKey(MetricPoint point) =>
        TableKey.Compose(What, ("metric name", point.Name), ("step", TableKey.Step(point.Step)));

    /// <summary>The row of a point; the partition key is computed once per run by the caller.</summary>
    public static TableEntity From(string partitionKey, MetricPoint point)
    {
        var entity = new TableEntity(partitionKey, RowKey(point))
        {
            [nameof(MetricPoint.Name)] = point.Name,
            [nameof(MetricPoint.Step)] = point.Step,
        };
        if (double.IsFinite(point.Value))
        {
            entity[nameof(MetricPoint.Value)] = point.Value;
        }
        else
        {
            entity[NonFiniteValueProperty] = point.Value.ToString(CultureInfo.InvariantCulture);
        }

        return entity;
    }

    public static MetricPoint ToRecord(TableEntity entity) => new(
        entity.RequiredString(nameof(MetricPoint.Name)),
        entity.RequiredInt64(nameof(MetricPoint.Step)),
        entity.GetDouble(nameof(MetricPoint.Value))
            ?? double.Parse(entity.RequiredString(NonFiniteValueProperty), CultureInfo.InvariantCulture));
}
