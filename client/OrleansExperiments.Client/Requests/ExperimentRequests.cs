using OrleansExperiments.Abstractions.Experiments;

namespace OrleansExperiments.Client.Requests;

/// <summary>Options shared by every experiment command (DESIGN.md's common options).</summary>
public abstract record ExperimentRequest
{
    public const int DefaultSeeds = 5;
    public const double DefaultAlpha = 0.05;

    /// <summary>A local path or a URL.</summary>
    public required string Repository { get; init; }
    /// <summary>Modes to target; empty means every mode in the manifest.</summary>
    public IReadOnlyList<string> Modes { get; init; } = [];
    public int Seeds { get; init; } = DefaultSeeds;
    /// <summary>Null: the manifest's first profile (by convention <c>fast</c>).</summary>
    public string? Profile { get; init; }
    /// <summary>Null: the manifest's primary metric.</summary>
    public string? Metric { get; init; }
    public double Alpha { get; init; } = DefaultAlpha;
    public ComparisonAlternative Alternative { get; init; } = ComparisonAlternative.TwoSided;
    /// <summary>Practice 5: when training a profile other than <c>fast</c>, run <c>fast</c> first (2 seeds) as a smoke gate.</summary>
    public bool FastGate { get; init; } = true;
}

/// <summary><c>orlx run</c>: seeded runs of one commit.</summary>
public sealed record RunRequest : ExperimentRequest
{
    public required string Ref { get; init; }
}

/// <summary><c>orlx compare</c>: a change branch against its baseline.</summary>
public sealed record CompareRequest : ExperimentRequest
{
    public required string Baseline { get; init; }
    public required string Change { get; init; }
    /// <summary>Whether untargeted modes are checked for unintended changes (on by default when there are any).</summary>
    public bool CheckOtherModes { get; init; } = true;
}

/// <summary><c>orlx baseline rerun</c>: measure the baseline branch's tip again and store it as the baseline.</summary>
public sealed record BaselineRerunRequest : ExperimentRequest
{
    public required string Branch { get; init; }
}

/// <summary><c>orlx ablate</c>: every combination of the change branches on top of the baseline (2^k cells).</summary>
public sealed record AblateRequest : ExperimentRequest
{
    public required string Baseline { get; init; }
    public required IReadOnlyList<string> Changes { get; init; }
}
