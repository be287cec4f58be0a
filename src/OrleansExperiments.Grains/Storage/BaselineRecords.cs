using OrleansExperiments.Abstractions.Baselines;
using OrleansExperiments.Grains.Baselines;
using OrleansExperiments.Storage;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Grains.Storage;

/// <summary>Writes a baseline grain's state into the queryable baselines table.</summary>
public sealed class BaselineRecords(ResultStore store)
{
    public Task Save(string baselineKey, BaselineState state)
    {
        var (repository, branch, mode, profile) = BaselineKeys.Parse(baselineKey);
        return store.UpsertBaselineAsync(new BaselineRecord
        {
            Key = new BaselineKey(repository, branch, mode, profile),
            Commit = state.Commit ?? "",
            Valid = state.Valid,
            InvalidatedBecause = state.InvalidatedBecause.Count == 0 ? null : string.Join(", ", state.InvalidatedBecause),
            MeasuredAt = state.MeasuredAt ?? DateTimeOffset.MinValue,
            FingerprintJson = state.FingerprintJson ?? "{}",
            MetricVersionsJson = state.Metric is { } metric ? GridJson.Serialize(new Dictionary<string, string> { [metric.Name] = metric.Version }) : "{}",
            ValuesJson = GridJson.Serialize(state.Runs.ToDictionary(r => r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), r => r.Metrics)),
        });
    }
}
