using TorchSharp;
using static TorchSharp.torch;

namespace OrleansExperiments.Training.TestTrainer;

/// <summary>A 16-32-4 MLP trained with SGD on a fixed synthetic data set: a few hundred steps in well under a second.</summary>
internal sealed class TinyMlp
{
    public const int Features = 16;
    public const int Classes = 4;
    private const int Hidden = 32;
    public const int Samples = 512;
    private const int BatchSize = 32;
    private const double LearningRate = 0.1;
    private const float Noise = 1.5f;
    // The data set is the same for every run seed: only initialization and data order follow the run seed.
    private const int DataSeed = 20240601;

    private readonly nn.Module<Tensor, Tensor> model;
    private readonly optim.Optimizer optimizer;
    private readonly Tensor inputs;
    private readonly Tensor labels;

    public TinyMlp(Device device)
    {
        model = nn.Sequential(nn.Linear(Features, Hidden), nn.ReLU(), nn.Linear(Hidden, Classes)).to(device);
        optimizer = optim.SGD(model.parameters(), LearningRate);
        (inputs, labels) = MakeData(device);
    }

    public static int BatchesPerEpoch => Samples / BatchSize;

    /// <summary>Trains on one batch of <paramref name="order"/>; returns the loss tensor. <paramref name="poison"/> turns it NaN.</summary>
    public Tensor Step(long[] order, int batch, bool poison)
    {
        using var indices = tensor(order.AsSpan(batch * BatchSize, BatchSize).ToArray(), device: inputs.device);
        optimizer.zero_grad();
        var loss = nn.functional.cross_entropy(model.call(inputs.index_select(0, indices)), labels.index_select(0, indices));
        if (poison)
            loss = loss * float.NaN;
        loss.backward();
        optimizer.step();
        return loss;
    }

    /// <summary>Accuracy and mean loss on the whole data set.</summary>
    public (double Accuracy, double Loss) Evaluate()
    {
        var logits = model.call(inputs);
        var loss = nn.functional.cross_entropy(logits, labels).ToDouble();
        var accuracy = logits.argmax(1).eq(labels).to(ScalarType.Float64).mean().ToDouble();
        return (accuracy, loss);
    }

    private static (Tensor Inputs, Tensor Labels) MakeData(Device device)
    {
        var random = new Random(DataSeed);
        var centers = new float[Classes * Features];
        for (var index = 0; index < centers.Length; index++)
            centers[index] = (float)(random.NextDouble() * 4 - 2);
        var x = new float[Samples * Features];
        var y = new long[Samples];
        for (var sample = 0; sample < Samples; sample++)
        {
            y[sample] = sample % Classes;
            for (var feature = 0; feature < Features; feature++)
                x[sample * Features + feature] = centers[y[sample] * Features + feature] + Noise * (float)(random.NextDouble() - 0.5);
        }
        return (tensor(x, [Samples, Features], device: device), tensor(y, device: device));
    }
}
