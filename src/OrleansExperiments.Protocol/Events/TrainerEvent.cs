namespace OrleansExperiments.Protocol;

/// <summary>
/// An event a trainer prints on stdout as one JSON line with an <c>"orlx"</c> member naming its kind.
/// Numbers are always finite: JSON has no NaN or infinity, so a trainer never reports a non-finite
/// value as an event; the SDK ends such a run with a <see cref="FailureEvent"/> and
/// <see cref="TrainerExitCodes.NonFiniteValue"/> instead.
/// </summary>
public abstract record TrainerEvent
{
    /// <summary>The value of the <c>"orlx"</c> member.</summary>
    public abstract string Kind { get; }
}

/// <summary>
/// <c>{"orlx":"environment","torchsharp":..,"libtorch":..,"device":..,"deviceName":..,"cuda":..,"cudnn":..,
/// "threads":..,"deterministic":..,"tf32":..}</c>: what the trainer knows of its environment. Every member is
/// optional; members this record does not name are kept in <see cref="Extra"/>.
/// </summary>
public sealed record EnvironmentEvent : TrainerEvent
{
    /// <inheritdoc />
    public override string Kind => TrainerEventNames.Environment;

    /// <summary>The TorchSharp version.</summary>
    public string? TorchSharp { get; init; }

    /// <summary>The libtorch version.</summary>
    public string? LibTorch { get; init; }

    /// <summary>The device trained on, <c>cpu</c> or <c>cuda:N</c>.</summary>
    public string? Device { get; init; }

    /// <summary>The device's model: the GPU's name, or the CPU's model name.</summary>
    public string? DeviceName { get; init; }

    /// <summary>The CUDA runtime version; null on the CPU.</summary>
    public string? Cuda { get; init; }

    /// <summary>The cuDNN version; null on the CPU.</summary>
    public string? Cudnn { get; init; }

    /// <summary>libtorch's intra-op thread count.</summary>
    public int? Threads { get; init; }

    /// <summary>Whether libtorch's deterministic algorithms were on.</summary>
    public bool? Deterministic { get; init; }

    /// <summary>Whether TF32 matrix multiplication was allowed.</summary>
    public bool? Tf32 { get; init; }

    /// <summary>Other members: strings as they are, other JSON values as their JSON text.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}

/// <summary><c>{"orlx":"metric","step":int,"name":str,"value":number}</c>: one point of a curve.</summary>
/// <param name="Step">The training step, non-negative.</param>
/// <param name="Name">The metric's name, a <see cref="ProtocolName"/>.</param>
/// <param name="Value">The value, finite.</param>
public sealed record MetricEvent(long Step, string Name, double Value) : TrainerEvent
{
    /// <inheritdoc />
    public override string Kind => TrainerEventNames.Metric;
}

/// <summary><c>{"orlx":"result","metrics":{"name":number, ...}}</c>: the run's final metrics, exactly once on success.</summary>
/// <param name="Metrics">Each metric's final value, finite, keyed by a <see cref="ProtocolName"/>.</param>
public sealed record ResultEvent(IReadOnlyDictionary<string, double> Metrics) : TrainerEvent
{
    /// <inheritdoc />
    public override string Kind => TrainerEventNames.Result;
}

/// <summary>
/// <c>{"orlx":"failure","reason":str}</c>: why the run failed, printed at most once before a non-zero exit.
/// An extension of the protocol: a trainer without it fails by its exit code alone.
/// </summary>
/// <param name="Reason">One or a few sentences.</param>
public sealed record FailureEvent(string Reason) : TrainerEvent
{
    /// <inheritdoc />
    public override string Kind => TrainerEventNames.Failure;
}
