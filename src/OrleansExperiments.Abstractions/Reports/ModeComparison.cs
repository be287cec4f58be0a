using System.Collections.Immutable;

namespace OrleansExperiments.Abstractions.Reports;

/// <summary>The statistical comparison of baseline and change for one mode.</summary>
[GenerateSerializer, Immutable, Alias("orlx.ModeComparison")]
public sealed record ModeComparison
{
    [Id(0)] public required string Mode { get; init; }
    /// <summary><c>progress</c>, <c>regression</c> or <c>inconclusive</c>.</summary>
    [Id(1)] public required string Verdict { get; init; }
    /// <summary>Why, in words.</summary>
    [Id(2)] public required string Reason { get; init; }
    [Id(3)] public required double PValue { get; init; }
    /// <summary>The p-value after Holm's adjustment over the compared modes (equal to <see cref="PValue"/> for one mode).</summary>
    [Id(4)] public required double PValueAdjusted { get; init; }
    /// <summary>The t statistic; null when both arms have no variance and the difference was decided exactly.</summary>
    [Id(5)] public required double? Statistic { get; init; }
    [Id(6)] public required double? DegreesOfFreedom { get; init; }
    [Id(7)] public required ArmSummary Baseline { get; init; }
    [Id(8)] public required ArmSummary Change { get; init; }
    [Id(9)] public required DifferenceSummary Difference { get; init; }
    /// <summary>Null when the pooled standard deviation is 0 (deterministic arms).</summary>
    [Id(10)] public required double? HedgesG { get; init; }
    [Id(11)] public required double ProbabilityOfImprovement { get; init; }
    [Id(12)] public required double ProbabilityOfImprovementCiLow { get; init; }
    [Id(13)] public required double ProbabilityOfImprovementCiHigh { get; init; }
    /// <summary>Seeds per arm that a power analysis recommends for the difference and variance seen.</summary>
    [Id(14)] public required int RecommendedSeeds { get; init; }
    [Id(15)] public required string RecommendedSeedsReason { get; init; }
}

/// <summary>Change minus baseline, with the confidence interval at 1 − α.</summary>
[GenerateSerializer, Immutable, Alias("orlx.DifferenceSummary")]
public sealed record DifferenceSummary(
    [property: Id(0)] double Estimate,
    [property: Id(1)] double CiLow,
    [property: Id(2)] double CiHigh);

/// <summary>The non-intrusive check of one mode the change did not target.</summary>
[GenerateSerializer, Immutable, Alias("orlx.NonIntrusiveCheck")]
public sealed record NonIntrusiveCheck
{
    [Id(0)] public required string Mode { get; init; }
    /// <summary><c>unchanged</c>, <c>changed</c> or <c>inconclusive</c>.</summary>
    [Id(1)] public required string Status { get; init; }
    /// <summary><c>exact</c> (deterministic, paired seeds) or <c>tost</c>.</summary>
    [Id(2)] public required string Method { get; init; }
    [Id(3)] public required string Reason { get; init; }
    [Id(4)] public double? Margin { get; init; }
    [Id(5)] public ImmutableArray<double> BaselineValues { get; init; } = [];
    [Id(6)] public ImmutableArray<double> ChangeValues { get; init; } = [];
}
