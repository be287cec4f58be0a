using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Reports;

namespace OrleansExperiments.Abstractions.Experiments;

/// <summary>Reads the experiments table for listings; stateless, so any silo answers. Use key 0.</summary>
[Alias("orlx.IExperimentCatalogGrain")]
public interface IExperimentCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>Every stored experiment, newest first.</summary>
    [Alias("List")] Task<ImmutableArray<ExperimentSummary>> List();
}

/// <summary>One line of <c>orlx experiments</c>.</summary>
[GenerateSerializer, Immutable, Alias("orlx.ExperimentSummary")]
public sealed record ExperimentSummary(
    [property: Id(0)] string ExperimentId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Status,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] string Repository,
    [property: Id(5)] string? Message);
