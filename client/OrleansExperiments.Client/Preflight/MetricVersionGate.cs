using OrleansExperiments.Git;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Client.Preflight;

/// <summary>
/// Practice 10: results of different metric versions are never compared, and a metric whose inputs (evaluation code,
/// validation data) changed must declare a new version.
/// </summary>
public static class MetricVersionGate
{
    /// <summary>Returns the inputs hash both arms share, or refuses the comparison saying what to do.</summary>
    public static string Check(RepositoryAtCommits repository, ResolvedRef baseline, MetricDefinition baselineMetric, ResolvedRef change, MetricDefinition changeMetric)
    {
        if (baselineMetric.Version != changeMetric.Version)
        {
            throw new PreflightException(
                $"Metric '{baselineMetric.Name}' is version {baselineMetric.Version} at {baseline.Input} but version {changeMetric.Version} at {change.Input}: "
                + "results of different metric versions are never compared. Merge the metric change into the baseline branch first; its baseline will be re-measured under the new version.");
        }
        var before = repository.HashInputs(baseline, baselineMetric);
        var after = repository.HashInputs(change, changeMetric);
        var changed = before.ChangedFiles(after);
        if (changed.Count > 0)
        {
            throw new PreflightException(
                $"Metric '{baselineMetric.Name}' keeps version {baselineMetric.Version} but its inputs changed between {baseline.Input} and {change.Input}: {string.Join(", ", changed)}. "
                + $"A metric whose evaluation code or data changed is a new metric: bump its \"version\" in {WorkloadManifest.FileName}, merge that to the baseline branch, then compare.");
        }
        return before.Hash;
    }
}
