using BenchmarkDotNet.Attributes;
using OrleansExperiments.Statistics;

namespace OrleansExperiments.Benchmarks.Statistics;

/// <summary>
/// The cost of a verdict for 20 seeds per arm: the full comparison with a 10,000-resample bootstrap of
/// the probability of improvement (what `orlx compare` computes once per metric), the verdict alone
/// (what the simulations and the sequential plan evaluate), and building a four-look sequential plan.
/// </summary>
[MemoryDiagnoser]
public class VerdictBenchmarks
{
    private const int SeedsPerArm = 20;
    private const int DataSeed = 42;

    private static readonly ComparisonOptions WithBootstrap = new() { Goal = MetricGoal.Maximize, BootstrapResamples = 10_000 };
    private static readonly ComparisonOptions VerdictOnly = WithBootstrap with { BootstrapResamples = 0 };

    private double[] baseline = [];
    private double[] change = [];

    [GlobalSetup]
    public void CreateSeeds()
    {
        var random = new Random(DataSeed);
        baseline = Enumerable.Range(0, SeedsPerArm).Select(_ => 0.90 + (0.01 * random.NextDouble())).ToArray();
        change = Enumerable.Range(0, SeedsPerArm).Select(_ => 0.903 + (0.01 * random.NextDouble())).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Compare, 10,000 bootstrap resamples")]
    public ComparisonResult CompareWithBootstrap() => TwoSampleComparison.Compare(baseline, change, WithBootstrap);

    [Benchmark(Description = "Decide (t-test and verdict only)")]
    public VerdictDecision Decide() => TwoSampleComparison.Decide(baseline, change, VerdictOnly);

    [Benchmark(Description = "Compare without bootstrap (power analysis included)")]
    public ComparisonResult CompareWithoutBootstrap() => TwoSampleComparison.Compare(baseline, change, VerdictOnly);

    [Benchmark(Description = "SequentialPlan.Create(5, 10, 15, 20)")]
    public SequentialPlan CreateSequentialPlan() => SequentialPlan.Create([5, 10, 15, 20]);
}
