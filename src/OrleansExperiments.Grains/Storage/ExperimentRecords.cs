using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Storage;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Grains.Storage;

/// <summary>Writes an experiment's spec, status and report into the queryable experiments table.</summary>
public sealed class ExperimentRecords(ResultStore store)
{
    public Task Save(ExperimentSpec spec, ExperimentView view) =>
        store.UpsertExperimentAsync(new ExperimentRecord
        {
            ExperimentId = spec.ExperimentId,
            Kind = GridJson.Lower(spec.Kind),
            Status = GridJson.Lower(view.Status),
            CreatedAt = spec.CreatedAt,
            CompletedAt = view.IsFinal ? DateTimeOffset.UtcNow : null,
            Repository = spec.Repository,
            SpecJson = GridJson.Serialize(spec),
            ResultJson = view.Compare is { } compare ? GridJson.Serialize(compare)
                : view.Run is { } run ? GridJson.Serialize(run)
                : view.Ablation is { } ablation ? GridJson.Serialize(ablation)
                : null,
            Message = view.Message,
        });
}
