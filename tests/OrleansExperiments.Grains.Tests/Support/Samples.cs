using System.Collections.Immutable;
using OrleansExperiments.Abstractions;
using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Abstractions.Queue;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Grains.Experiments;

namespace OrleansExperiments.Grains.Tests.Support;

/// <summary>Specs, workers and outcomes for grain tests; every id is unique, so tests never share a grain.</summary>
internal static class Samples
{
    public const string Metric = "val_accuracy";
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";
    public const string ChangeCommit = "fedcba9876543210fedcba9876543210fedcba98";
    public const string FingerprintClass = "class-a";
    public const string OtherFingerprintClass = "class-b";

    /// <summary>A fresh name valid as an experiment id or a queue key.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(GridNames.MaxLength, prefix.Length + 17)];

    public static RunSpec Run(string queue, string experimentId, int seed, string arm = "run", string mode = "mlp") => new()
    {
        RunId = RunIds.For(experimentId, arm, mode, "fast", seed),
        ExperimentId = experimentId,
        Repository = "/nowhere/repo",
        Arm = arm,
        Commit = Commit,
        Mode = mode,
        Profile = "fast",
        Seed = seed,
        DeclaredMetrics = [Metric],
        DevicePool = queue,
    };

    public static WorkerInfo Worker(string fingerprintClass = FingerprintClass) =>
        new(NewId("worker"), "silo-1", "cpu", fingerprintClass, "{}");

    public static ExperimentSpec Compare(string experimentId, int seeds = 2, string pool = DevicePools.Cpu) => new()
    {
        ExperimentId = experimentId,
        Kind = ExperimentKind.Compare,
        Repository = "/nowhere/repo",
        Arms =
        [
            new ArmSpec(CompareAnalysis.BaselineArm, "main", Commit, []),
            new ArmSpec(CompareAnalysis.ChangeArm, "exp/better", ChangeCommit, []),
        ],
        Modes = ["mlp"],
        Profile = "fast",
        Seeds = [.. Enumerable.Range(1, seeds)],
        Metric = new MetricSpec(Metric, MetricGoal.Maximize, "1", "inputs-hash", null),
        DeclaredMetrics = [Metric],
        CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        DevicePool = pool,
    };

    public static RunOutcome Succeeded(double value) => Outcome() with
    {
        Succeeded = true,
        Metrics = ImmutableDictionary<string, double>.Empty.Add(Metric, value),
    };

    public static RunOutcome Failed(string reason) => Outcome() with { Succeeded = false, FailureReason = reason };

    private static RunOutcome Outcome() => new()
    {
        Succeeded = false,
        FingerprintJson = "{}",
        Silo = "silo-1",
        Device = "cpu",
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = DateTimeOffset.UtcNow,
    };
}
