using System.Diagnostics;
using OrleansExperiments.Training;
using OrleansExperiments.Training.TestTrainer;

const string FinalLoss = "final_loss";
const string Accuracy = "accuracy";
const string LossCurve = "train_loss";
const int ReportEvery = 10;
const int PoisonedStep = 25;
// Tests flip determinism off through the environment to check that the flag follows the option.
const string DeterministicVariable = "ORLX_TEST_DETERMINISTIC";

var profileSteps = new Dictionary<string, int> { ["fast"] = 60, ["full"] = 200 };
var options = new TrainerOptions
{
    Modes = TestModes.All,
    Profiles = profileSteps.Keys,
    RequiredMetrics = [FinalLoss, Accuracy],
    Deterministic = Environment.GetEnvironmentVariable(DeterministicVariable) != "false",
    TerminationGracePeriod = TimeSpan.FromSeconds(1),
};

return TrainerHost.Run(args, options, context =>
{
    if (context.Mode == TestModes.Throws)
        throw new InvalidOperationException("The test trainer fails on purpose.");
    if (context.Mode == TestModes.Stubborn)
        SpinWithoutCheckingForTermination(context);

    var model = new TinyMlp(context.Device);
    var steps = context.Mode == TestModes.Forever ? long.MaxValue : profileSteps[context.Profile];
    long[] order = [];
    for (long step = 0; step < steps; step++)
    {
        var epoch = (int)(step / TinyMlp.BatchesPerEpoch);
        var batch = (int)(step % TinyMlp.BatchesPerEpoch);
        if (batch == 0)
            order = context.EpochPermutation(epoch, TinyMlp.Samples);
        var poison = context.Mode == TestModes.NanLoss && step == PoisonedStep;
        var loss = context.TrainStep(step, () => model.Step(order, batch, poison));
        if (step % ReportEvery == 0)
        {
            // A progress display without a line break: the SDK must still put the metric on a line of its own.
            Console.Write($"progress {step}/{steps} ");
            context.ReportMetric(step, LossCurve, loss);
        }
    }

    var (accuracy, finalLoss) = context.Evaluate(model.Evaluate);
    return context.Mode switch
    {
        TestModes.NanMetric => new Dictionary<string, double> { [FinalLoss] = double.NaN, [Accuracy] = accuracy },
        TestModes.MissingMetric => new Dictionary<string, double> { [Accuracy] = accuracy },
        _ => new Dictionary<string, double> { [FinalLoss] = finalLoss, [Accuracy] = accuracy },
    };
});

static void SpinWithoutCheckingForTermination(TrainerContext context)
{
    context.ReportMetric(0, "started", 1);
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < TimeSpan.FromMinutes(1))
        Thread.SpinWait(1000);
}
