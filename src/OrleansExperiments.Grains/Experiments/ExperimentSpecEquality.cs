using System.Text.Json;
using OrleansExperiments.Abstractions.Experiments;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>Value equality of specs (records with immutable arrays compare arrays by reference, so compare their JSON).</summary>
public static class ExperimentSpecEquality
{
    public static bool AreEqual(ExperimentSpec a, ExperimentSpec b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
