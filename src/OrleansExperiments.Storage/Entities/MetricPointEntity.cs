using System.Globalization;
using Azure.Data.Tables;
using OrleansExperiments.Storage.Keys;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Entities;

/// <summary>
/// Maps metric points to rows. A row holds up to <see cref="StepsPerRow"/> consecutive steps of one metric of one run:
/// partition = run, row key = <c>{name}|{first step:D19}</c>, one property per step (<c>V000</c>…<c>V199</c>). The row
/// of a step is fixed by the step alone, so rows are written with upsert-merge: a retried write sets the same
/// properties again and never duplicates, and no read is needed. Packing matters for speed: the emulator spends most
/// of its time per entity, not per property, so one entity per point reached only about a tenth of the goal.
/// </summary>
internal static class MetricPointEntity
{
    /// <summary>Steps per row: Azure allows 252 properties per entity, of which the system uses 3 and this map 2.</summary>
    public const int StepsPerRow = 200;

    private const string ValuePropertyPrefix = "V";
    private const string ValuePropertyFormat = "D3";
    private const string NameProperty = nameof(MetricPoint.Name);
    private const string FirstStepProperty = "FirstStep";
    private const string What = "metric point key";

    public static string PartitionKey(string runId) => TableKey.Compose(What, ("run id", runId));

    /// <summary>The rows holding <paramref name="points"/>; of equal (name, step) points the last one wins.</summary>
    public static IReadOnlyCollection<TableEntity> Rows(string partitionKey, IEnumerable<MetricPoint> points)
    {
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            var firstStep = FirstStepOfRow(point);
            var rowKey = TableKey.Compose(What, ("metric name", point.Name), ("first step", TableKey.Step(firstStep)));
            if (!rows.TryGetValue(rowKey, out var row))
            {
                row = new TableEntity(partitionKey, rowKey) { [NameProperty] = point.Name, [FirstStepProperty] = firstStep };
                rows.Add(rowKey, row);
            }

            row[ValueProperty(point.Step - firstStep)] = StoredValue(point.Value);
        }

        return rows.Values;
    }

    /// <summary>The points of a row, by step.</summary>
    public static IEnumerable<MetricPoint> ToPoints(TableEntity row)
    {
        var name = row.RequiredString(NameProperty);
        var firstStep = row.RequiredInt64(FirstStepProperty);
        var points = new List<MetricPoint>(StepsPerRow);
        for (var offset = 0; offset < StepsPerRow; offset++)
        {
            if (row.TryGetValue(ValueProperty(offset), out var value) && value is not null)
            {
                points.Add(new MetricPoint(name, firstStep + offset, ReadValue(value)));
            }
        }

        return points;
    }

    private static long FirstStepOfRow(MetricPoint point) =>
        point.Step >= 0
            ? point.Step - point.Step % StepsPerRow
            : throw new ArgumentOutOfRangeException(
                nameof(point), point.Step, $"Step {point.Step} of metric '{point.Name}' is negative; metric steps must be zero or more.");

    private static string ValueProperty(long offset) =>
        ValuePropertyPrefix + offset.ToString(ValuePropertyFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// NaN and infinities are stored as text: the Tables SDK cannot write non-finite doubles, and a loss that diverges
    /// to NaN is exactly what a curve should show.
    /// </summary>
    private static object StoredValue(double value) =>
        double.IsFinite(value) ? value : value.ToString(CultureInfo.InvariantCulture);

    private static double ReadValue(object stored) => stored switch
    {
        double number => number,
        string text => double.Parse(text, CultureInfo.InvariantCulture),
        _ => Convert.ToDouble(stored, CultureInfo.InvariantCulture),
    };
}
