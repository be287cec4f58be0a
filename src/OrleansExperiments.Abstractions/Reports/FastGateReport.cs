namespace OrleansExperiments.Abstractions.Reports;

/// <summary>
/// Practice 5: the smoke gate every arm passed on the cheap profile before the expensive one, and how much cheaper it
/// was. A workload whose fast profile is not 2–10× faster than its full one gives a slow loop or an unrepresentative gate.
/// </summary>
[GenerateSerializer, Immutable, Alias("orlx.FastGateReport")]
public sealed record FastGateReport
{
    public const double MinimumSpeedRatio = 2;
    public const double MaximumSpeedRatio = 10;

    [Id(0)] public required string Profile { get; init; }
    [Id(1)] public required int SeedsPerArm { get; init; }
    [Id(2)] public required bool Passed { get; init; }
    /// <summary>Mean trainer seconds of the gated profile's runs over the gate's; null until both have run.</summary>
    [Id(3)] public double? SpeedRatio { get; init; }
    [Id(4)] public string? Warning { get; init; }
}
