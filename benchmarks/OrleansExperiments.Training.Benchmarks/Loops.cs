using System.Diagnostics;
using OrleansExperiments.Protocol;
using OrleansExperiments.Training.Native;
using TorchSharp;

namespace OrleansExperiments.Training.Benchmarks;

/// <summary>The training loops compared: the same model and steps with and without the SDK.</summary>
internal static class Loops
{
    private const int Seed = 1;
    private const string LossMetric = "train_loss";
    private const long SparseReportInterval = 50;

    /// <summary>
    /// The plain TorchSharp loop a careful user writes without the SDK: seeded, one thread, deterministic
    /// algorithms on (the SDK's defaults), a dispose scope per step unless <paramref name="disposeScopes"/>
    /// is false, the loss read back each step. libtorch is loaded by the SDK's loader, since TorchSharp
    /// does not load on this system without it.
    /// </summary>
    public static int Plain(long steps, bool disposeScopes)
    {
        var natives = TorchNatives.Load();
        torch.set_num_threads(TrainerOptions.DefaultThreads);
        LibTorchContext.Of(natives).ApplyDeterminism(true);
        torch.manual_seed(Seed);
        var model = new BenchmarkModel();
        var clock = new StepClock(steps);
        for (long step = 0; step < steps; step++)
        {
            if (disposeScopes)
                PlainStep(model, step);
            else
                model.Step(step).ToDouble();
            clock.After(step);
        }
        Console.WriteLine(TrainerEventJson.Serialize(new ResultEvent(clock.Metrics())));
        return 0;
    }

    /// <summary>The same loop through <see cref="TrainerHost"/>: TrainStep per step, a metric event every <paramref name="reportEvery"/> steps.</summary>
    public static int Sdk(long steps, long reportEvery, string output) =>
        TrainerHost.Run(Arguments(output), context =>
        {
            var model = new BenchmarkModel();
            var clock = new StepClock(steps);
            for (long step = 0; step < steps; step++)
            {
                var loss = context.TrainStep(step, () => model.Step(step));
                if (step % reportEvery == 0)
                    context.ReportMetric(step, LossMetric, loss);
                clock.After(step);
            }
            return clock.Metrics();
        });

    /// <summary>
    /// Plain steps and SDK steps of one model in one process, in short alternating blocks (the order rotating
    /// from block to block), so that all three see the same machine load: the SDK's per-step cost without
    /// start-up or load drift in the way. Reports wall and thread-CPU milliseconds per step.
    /// </summary>
    public static int Paired(int blocks, long blockSteps, string output) =>
        TrainerHost.Run(Arguments(output), context =>
        {
            var model = new BenchmarkModel();
            var loops = new (string Name, Action<long> Step)[]
            {
                ("plain", at => PlainStep(model, at)),
                ("sdk_every_step", at => context.ReportMetric(at, LossMetric, context.TrainStep(at, () => model.Step(at)))),
                ("sdk_every_50", at =>
                {
                    var loss = context.TrainStep(at, () => model.Step(at));
                    if (at % SparseReportInterval == 0)
                        context.ReportMetric(at, LossMetric, loss);
                }),
            };
            var wall = new double[loops.Length];
            var cpu = new double[loops.Length];
            long step = 0;
            for (var warmup = 0; warmup < StepClock.WarmupSteps; warmup++, step++)
                PlainStep(model, step);
            for (var block = 0; block < blocks; block++)
            {
                for (var turn = 0; turn < loops.Length; turn++)
                {
                    var loop = (block + turn) % loops.Length;
                    var (wallStart, cpuStart) = (Stopwatch.GetTimestamp(), ThreadCpuClock.NowMilliseconds());
                    for (long index = 0; index < blockSteps; index++, step++)
                        loops[loop].Step(step);
                    wall[loop] += Stopwatch.GetElapsedTime(wallStart).TotalMilliseconds;
                    cpu[loop] += ThreadCpuClock.NowMilliseconds() - cpuStart;
                }
            }
            var steps = blocks * blockSteps;
            var metrics = new Dictionary<string, double>();
            for (var loop = 0; loop < loops.Length; loop++)
            {
                metrics[$"{loops[loop].Name}_wall_ms"] = wall[loop] / steps;
                metrics[$"{loops[loop].Name}_cpu_ms"] = cpu[loop] / steps;
            }
            return metrics;
        });

    private static double PlainStep(BenchmarkModel model, long step)
    {
        using var scope = torch.NewDisposeScope();
        return model.Step(step).ToDouble();
    }

    private static string[] Arguments(string output) =>
        ["--seed", Seed.ToString(), "--mode", "mlp", "--profile", "full", "--device", "cpu", "--output", output];
}
