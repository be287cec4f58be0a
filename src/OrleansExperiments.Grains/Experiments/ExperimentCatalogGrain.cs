using System.Collections.Immutable;
using Orleans.Concurrency;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Storage;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>Lists experiments from the results table; holds no state.</summary>
[StatelessWorker]
public sealed class ExperimentCatalogGrain(ResultStore store) : Grain, IExperimentCatalogGrain
{
    public async Task<ImmutableArray<ExperimentSummary>> List()
    {
        var records = await store.ListExperimentsAsync();
        return [.. records.Select(r => new ExperimentSummary(r.ExperimentId, r.Kind, r.Status, r.CreatedAt, r.Repository, r.Message))];
    }
}
