using OrleansExperiments.Protocol;
using OrleansExperiments.Training.Hosting;
using TorchSharp;

namespace OrleansExperiments.Training;

/// <summary>
/// What a trainer gets from <see cref="TrainerHost"/>: its arguments, a seeded setup, and the calls that
/// report progress. libtorch is loaded, seeded from <see cref="Seed"/>, its thread count fixed and its
/// deterministic mode set before the trainer's code runs.
/// </summary>
public sealed class TrainerContext
{
    private const string LossName = "loss";
    private readonly TrainerEventWriter events;

    internal TrainerContext(TrainerArguments arguments, torch.Device device, int threads, bool deterministic,
        TrainerEventWriter events, CancellationToken cancellationToken)
    {
        Arguments = arguments;
        Device = device;
        Threads = threads;
        Deterministic = deterministic;
        Random = new Random(arguments.Seed);
        this.events = events;
        CancellationToken = cancellationToken;
    }

    /// <summary>The protocol arguments of this run.</summary>
    public TrainerArguments Arguments { get; }

    /// <summary>The run's seed; torch's CPU and CUDA generators and <see cref="Random"/> are seeded with it.</summary>
    public int Seed => Arguments.Seed;

    /// <summary>The mode to train.</summary>
    public string Mode => Arguments.Mode;

    /// <summary>The profile to use.</summary>
    public string Profile => Arguments.Profile;

    /// <summary>The folder the trainer may write to; it exists.</summary>
    public string OutputDirectory => Arguments.Output;

    /// <summary>The torch device to train on.</summary>
    public torch.Device Device { get; }

    /// <summary>libtorch's intra-op thread count.</summary>
    public int Threads { get; }

    /// <summary>Whether libtorch's deterministic algorithms are on.</summary>
    public bool Deterministic { get; }

    /// <summary>A .NET random generator seeded with <see cref="Seed"/>, for the trainer's own choices.</summary>
    public Random Random { get; }

    /// <summary>Cancelled when the process receives SIGTERM or SIGINT; the step helpers observe it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The data order of <paramref name="epoch"/>: a permutation of 0..<paramref name="count"/>-1 seeded by (<see cref="Seed"/>, epoch).</summary>
    public long[] EpochPermutation(int epoch, int count) => SeededPermutation.Create(Seed, epoch, count);

    /// <summary>
    /// Runs one training step inside a dispose scope, so every tensor it creates is released when it
    /// returns, and returns the loss. <paramref name="trainOneStep"/> computes the loss, calls backward and
    /// steps the optimizer, and returns the loss tensor (a scalar).
    /// </summary>
    /// <exception cref="NonFiniteValueException">The loss is NaN or infinite.</exception>
    /// <exception cref="OperationCanceledException">The process was asked to terminate.</exception>
    public double TrainStep(long step, Func<torch.Tensor> trainOneStep)
    {
        ArgumentNullException.ThrowIfNull(trainOneStep);
        ThrowIfTerminated();
        double loss;
        using (torch.NewDisposeScope())
            loss = trainOneStep().ToDouble();
        if (!double.IsFinite(loss))
            throw new NonFiniteValueException(LossName, step, loss);
        return loss;
    }

    /// <summary>
    /// Runs <paramref name="evaluate"/> without gradients inside a dispose scope and returns its result,
    /// which must be a plain .NET value (tensors created inside are released).
    /// </summary>
    /// <exception cref="OperationCanceledException">The process was asked to terminate.</exception>
    public T Evaluate<T>(Func<T> evaluate)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        ThrowIfTerminated();
        using var noGradient = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        return evaluate();
    }

    /// <summary>Prints one point of a curve: <c>{"orlx":"metric","step":..,"name":..,"value":..}</c>.</summary>
    /// <exception cref="NonFiniteValueException">The value is NaN or infinite: the run fails.</exception>
    /// <exception cref="ArgumentException">The name is not a <see cref="ProtocolName"/> or the step is negative.</exception>
    /// <exception cref="OperationCanceledException">The process was asked to terminate.</exception>
    public void ReportMetric(long step, string name, double value)
    {
        ThrowIfTerminated();
        if (!double.IsFinite(value))
            throw new NonFiniteValueException(name, step, value);
        events.WriteMetric(new MetricEvent(step, name, value));
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the process was asked to terminate.</summary>
    public void ThrowIfTerminated() => CancellationToken.ThrowIfCancellationRequested();
}
