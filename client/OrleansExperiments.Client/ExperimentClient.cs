using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using OrleansExperiments.Abstractions.Baselines;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Reports;
using OrleansExperiments.Client.Preflight;
using OrleansExperiments.Client.Requests;

namespace OrleansExperiments.Client;

/// <summary>
/// The .NET client SDK: submit runs and comparisons (checked locally first, so bad input never reaches the grid),
/// watch their progress, read their results.
/// </summary>
public sealed class ExperimentClient(IClusterClient cluster, ExperimentPreflight preflight)
{
    /// <summary>How often <see cref="WatchAsync"/> asks for progress.</summary>
    public static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(500);

    /// <exception cref="PreflightException">Bad input; nothing was stored or queued.</exception>
    public async Task<ExperimentView> SubmitAsync(RunRequest request, CancellationToken cancellationToken = default) =>
        await SubmitAsync(await preflight.PrepareRunAsync(request, cancellationToken), cancellationToken);

    /// <exception cref="PreflightException">Bad input; nothing was stored or queued.</exception>
    public async Task<ExperimentView> SubmitAsync(CompareRequest request, CancellationToken cancellationToken = default) =>
        await SubmitAsync(await preflight.PrepareCompareAsync(request, cancellationToken), cancellationToken);

    /// <exception cref="PreflightException">Bad input (a merge conflict included); nothing was stored or queued.</exception>
    public async Task<ExperimentView> SubmitAsync(AblateRequest request, CancellationToken cancellationToken = default) =>
        await SubmitAsync(await preflight.PrepareAblateAsync(request, cancellationToken), cancellationToken);

    /// <summary>Submits a resolved spec and tags its commits.</summary>
    public async Task<ExperimentView> SubmitAsync(ExperimentSpec spec, CancellationToken cancellationToken = default)
    {
        await preflight.TagAsync(spec, cancellationToken);
        return await Experiment(spec.ExperimentId).Submit(spec);
    }

    /// <summary>Yields the experiment's view whenever its progress changes, ending with its final view.</summary>
    public async IAsyncEnumerable<ExperimentView> WatchAsync(string experimentId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ExperimentView? previous = null;
        while (true)
        {
            var view = await Experiment(experimentId).GetView(includeRuns: false);
            if (previous is null || view.Status != previous.Status || view.SucceededRuns != previous.SucceededRuns || view.FailedRuns != previous.FailedRuns)
            {
                yield return view;
            }
            if (view.IsFinal)
            {
                yield break;
            }
            previous = view;
            await Task.Delay(WatchInterval, cancellationToken);
        }
    }

    /// <summary>The experiment with every run, or null when no experiment has this id.</summary>
    public async Task<ExperimentView?> GetAsync(string experimentId)
    {
        var view = await Experiment(experimentId).GetView(includeRuns: true);
        return view.Spec is null ? null : view;
    }

    /// <exception cref="PreflightException">Bad input; nothing was stored or queued.</exception>
    public async Task<ExperimentView> SubmitAsync(BaselineRerunRequest request, CancellationToken cancellationToken = default) =>
        await SubmitAsync(await preflight.PrepareBaselineRerunAsync(request, cancellationToken), cancellationToken);

    /// <summary>Every stored baseline, optionally of one repository (as given to compare: a path or URL).</summary>
    public async Task<ImmutableArray<BaselineInfo>> ListBaselinesAsync(string? repository = null)
    {
        var keys = await cluster.GetGrain<IBaselineRegistryGrain>(0).List();
        var location = repository is null ? null : Git.RepositorySource.Parse(repository).Location;
        var infos = await Task.WhenAll(keys.Select(k => cluster.GetGrain<IBaselineGrain>(k).GetInfo()));
        return [.. infos.Where(i => location is null || i.Repository == location)
            .OrderBy(i => i.Repository, StringComparer.Ordinal).ThenBy(i => i.Branch, StringComparer.Ordinal)
            .ThenBy(i => i.Mode, StringComparer.Ordinal).ThenBy(i => i.Profile, StringComparer.Ordinal)];
    }

    public Task<ImmutableArray<ExperimentSummary>> ListAsync() =>
        cluster.GetGrain<IExperimentCatalogGrain>(0).List();

    private IExperimentGrain Experiment(string experimentId) => cluster.GetGrain<IExperimentGrain>(experimentId);
}
