using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Storage.Tests;

/// <summary>Records with every property set, for round trips.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    public static ExperimentRecord Experiment(string id = "exp-1", DateTimeOffset? createdAt = null) => new()
    {
        ExperimentId = id,
        Kind = "compare",
        Status = "completed",
        CreatedAt = createdAt ?? Monday,
        CompletedAt = Monday.AddMinutes(12),
        Repository = "/home/researcher/mnist",
        SpecJson = """{"baseline":"main","change":"exp/wider","seeds":5}""",
        ResultJson = """{"verdict":"progress","pValue":0.003}""",
        Message = "all runs succeeded",
    };

    public static RunRecord Run(string arm = "change", int seed = 3, string status = "succeeded") => new()
    {
        ExperimentId = "exp-1",
        RunId = $"exp-1.{arm}.mlp.fast.{seed}",
        Arm = arm,
        Mode = "mlp",
        Profile = "fast",
        Seed = seed,
        Commit = "0123456789abcdef0123456789abcdef01234567",
        Status = status,
        Attempts = 2,
        MetricsJson = """{"val_accuracy":0.9712}""",
        FingerprintJson = """{"host":"lab-1","libtorch":"2.10.0"}""",
        MetricVersionsJson = """{"val_accuracy":{"version":"1","inputsHash":"ab12"}}""",
        FailureReason = "first attempt: exit code 137",
        StartedAt = Monday,
        CompletedAt = Monday.AddSeconds(42.5),
        TrainerSeconds = 41.25,
        Silo = "silo-lab-1",
    };

    public static BaselineRecord Baseline(string branch = "main", bool valid = true) => new()
    {
        Key = new BaselineKey("https://git.example/team/mnist.git", branch, "mlp", "fast"),
        Commit = "89abcdef0123456789abcdef0123456789abcdef",
        Valid = valid,
        InvalidatedBecause = valid ? null : "fingerprint changed: libtorch",
        MeasuredAt = Monday,
        FingerprintJson = """{"host":"lab-1"}""",
        MetricVersionsJson = """{"val_accuracy":"1"}""",
        ValuesJson = """{"val_accuracy":[0.97,0.971,0.969]}""",
    };

    public static FingerprintRecord Fingerprint(string id = "sha256-00ff") => new()
    {
        FingerprintId = id,
        CapturedBy = "silo-lab-1",
        CapturedAt = Monday,
        FingerprintJson = """{"host":"lab-1","cpu":"x86-64"}""",
    };
}
