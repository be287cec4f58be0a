using OrleansExperiments.Training;
using ShapesTrainer.Data;
using ShapesTrainer.Evaluation;
using TorchSharp;
using static TorchSharp.torch;

namespace ShapesTrainer.Training;

/// <summary>
/// The training loop both modes share: SGD with momentum over mini-batches in a fresh seeded order each epoch,
/// the training loss as a curve, and the validation metrics after every epoch; the last epoch's are the result.
/// </summary>
internal static class TrainingLoop
{
    public const string TrainingLossCurve = "train_loss";
    private const int ReportLossEvery = 10;

    public static IReadOnlyDictionary<string, double> Run(
        TrainerContext context, nn.Module<Tensor, Tensor> model, SharedHyperparameters shared, ProfileSettings profile)
    {
        var training = ShapeGenerator.Generate(ShapeGenerator.TrainingDataSeed, profile.TrainingSamples);
        using var trainingInputs = ImageTensors.Inputs(training, context.Device);
        using var trainingLabels = ImageTensors.Labels(training, context.Device);
        var validation = ValidationSet.Load();
        using var validationInputs = ImageTensors.Inputs(validation, context.Device);
        using var validationLabels = ImageTensors.Labels(validation, context.Device);

        using var optimizer = optim.SGD(model.parameters(), shared.LearningRate, shared.Momentum);
        var batchesPerEpoch = training.Count / shared.BatchSize;
        var schedule = new LearningRateSchedule(shared.LearningRate, shared.WarmupSteps, (long)batchesPerEpoch * profile.Epochs);
        IReadOnlyDictionary<string, double> metrics = new Dictionary<string, double>();
        long step = 0;
        for (var epoch = 0; epoch < profile.Epochs; epoch++)
        {
            var order = context.EpochPermutation(epoch, training.Count);
            for (var batch = 0; batch < batchesPerEpoch; batch++, step++)
            {
                var indices = order.AsSpan(batch * shared.BatchSize, shared.BatchSize).ToArray();
                schedule.Apply(optimizer, step);
                var loss = context.TrainStep(step, () =>
                {
                    var selected = tensor(indices, device: context.Device);
                    optimizer.zero_grad();
                    var output = model.call(trainingInputs.index_select(0, selected));
                    var batchLoss = nn.functional.cross_entropy(output, trainingLabels.index_select(0, selected));
                    batchLoss.backward();
                    optimizer.step();
                    return batchLoss;
                });
                if (step % ReportLossEvery == 0)
                    context.ReportMetric(step, TrainingLossCurve, loss);
            }
            metrics = context.Evaluate(() => Metrics.Evaluate(model, validationInputs, validationLabels));
            foreach (var (name, value) in metrics)
                context.ReportMetric(step, name, value);
        }
        return metrics;
    }
}
