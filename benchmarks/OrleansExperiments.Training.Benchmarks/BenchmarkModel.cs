using TorchSharp;
using static TorchSharp.torch;

namespace OrleansExperiments.Training.Benchmarks;

/// <summary>The model both loops train: a 784-256-10 MLP, SGD, batch 64, on a fixed random data set.</summary>
internal sealed class BenchmarkModel
{
    private const int Inputs = 784;
    private const int Hidden = 256;
    private const int Classes = 10;
    private const int BatchSize = 64;
    private const int Batches = 100;
    private const double LearningRate = 0.01;

    private readonly nn.Module<Tensor, Tensor> model;
    private readonly optim.Optimizer optimizer;
    private readonly Tensor inputs;
    private readonly Tensor labels;

    public BenchmarkModel()
    {
        model = nn.Sequential(nn.Linear(Inputs, Hidden), nn.ReLU(), nn.Linear(Hidden, Classes));
        optimizer = optim.SGD(model.parameters(), LearningRate);
        inputs = randn(Batches * BatchSize, Inputs);
        labels = randint(Classes, [Batches * BatchSize]);
    }

    /// <summary>One SGD step on batch <paramref name="step"/> mod the data set; returns the loss tensor.</summary>
    public Tensor Step(long step)
    {
        var start = step % Batches * BatchSize;
        optimizer.zero_grad();
        var loss = nn.functional.cross_entropy(model.call(inputs.narrow(0, start, BatchSize)), labels.narrow(0, start, BatchSize));
        loss.backward();
        optimizer.step();
        return loss;
    }
}
