namespace OrleansExperiments.Protocol.Manifest;

/// <summary>A metric the manifest declares: its goal, its version, and the files its value depends on.</summary>
public sealed class MetricDefinition
{
    internal MetricDefinition(string name, MetricGoal goal, string version, IReadOnlyList<string> inputs)
    {
        Name = name;
        Goal = goal;
        Version = version;
        Inputs = inputs;
    }

    /// <summary>The metric's name, as the trainer reports it.</summary>
    public string Name { get; }

    /// <summary>Whether larger or smaller values are better.</summary>
    public MetricGoal Goal { get; }

    /// <summary>The declared version; results of different versions are never compared.</summary>
    public string Version { get; }

    /// <summary>Repository-relative '/'-separated paths of the files (evaluation code, validation data) the metric depends on.</summary>
    public IReadOnlyList<string> Inputs { get; }
}
