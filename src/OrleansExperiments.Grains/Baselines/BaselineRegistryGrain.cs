using System.Collections.Immutable;
using OrleansExperiments.Abstractions.Baselines;
using OrleansExperiments.Grains.Configuration;

namespace OrleansExperiments.Grains.Baselines;

/// <summary>The set of baseline keys. The alias is frozen: stored state refers to it.</summary>
[GenerateSerializer, Alias("orlx.state.BaselineRegistryState.v1")]
public sealed class BaselineRegistryState
{
    [Id(0)] public SortedSet<string> Keys { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>Every baseline that was ever measured, so they can be listed and told of silo fingerprint changes.</summary>
public sealed class BaselineRegistryGrain(
    [PersistentState("baselines", GridStorage.Name)] IPersistentState<BaselineRegistryState> state) : Grain, IBaselineRegistryGrain
{
    public async Task Register(string baselineKey)
    {
        if (state.State.Keys.Add(baselineKey))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<string>> List() => Task.FromResult(state.State.Keys.ToImmutableArray());
}
