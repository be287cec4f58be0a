namespace OrleansExperiments.Abstractions.Experiments;

/// <summary>The metric an experiment decides on, as declared in the manifest at the arms' commits.</summary>
/// <param name="Name">The metric's name.</param>
/// <param name="Goal">Whether higher or lower is better.</param>
/// <param name="Version">The declared metric version (equal in every arm, or the experiment is refused).</param>
/// <param name="InputsHash">Hash of the files the metric depends on at the baseline commit.</param>
/// <param name="EquivalenceMargin">The manifest's equivalence margin for the non-intrusive check, if declared.</param>
[GenerateSerializer, Immutable, Alias("orlx.MetricSpec")]
public sealed record MetricSpec(
    [property: Id(0)] string Name,
    [property: Id(1)] MetricGoal Goal,
    [property: Id(2)] string Version,
    [property: Id(3)] string InputsHash,
    [property: Id(4)] double? EquivalenceMargin);
