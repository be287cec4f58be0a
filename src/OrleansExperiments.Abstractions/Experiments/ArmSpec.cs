using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Experiments;

/// <summary>One arm of an experiment: a ref the user named and the commit it resolved to at submission.</summary>
/// <param name="Name">The arm's name: <c>baseline</c>, <c>change</c>, <c>run</c>, or an ablation cell such as <c>change-1-2</c>.</param>
/// <param name="Ref">The ref as the user gave it (for ablation combinations, the refs joined with <c>+</c>).</param>
/// <param name="Commit">The full commit SHA every run of this arm trains at.</param>
/// <param name="Changes">For ablation cells, the change refs this cell contains; empty otherwise.</param>
[GenerateSerializer, Immutable, Alias("orlx.ArmSpec")]
public sealed record ArmSpec(
    [property: Id(0)] string Name,
    [property: Id(1)] string Ref,
    [property: Id(2)] string Commit,
    [property: Id(3)] ImmutableArray<string> Changes);
