using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Abstractions.Runs;

namespace OrleansExperiments.Abstractions.Experiments;

/// <summary>One experiment: its spec, its expansion into runs, its progress and its verdict. Keyed by experiment id.</summary>
[Alias("orlx.IExperimentGrain")]
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Stores the spec and queues its runs. Submitting the same spec again is harmless; a different spec under the same id is refused.</summary>
    [Alias("Submit")] Task<ExperimentView> Submit(ExperimentSpec spec);

    /// <summary>A run reached a final status (called by the run grain; never calls back into it).</summary>
    [Alias("OnRunFinished")] Task OnRunFinished(RunView run);

    /// <summary>Progress and, when completed, the report. With <paramref name="includeRuns"/>, every run's view.</summary>
    [Alias("GetView")] Task<ExperimentView> GetView(bool includeRuns);
}
