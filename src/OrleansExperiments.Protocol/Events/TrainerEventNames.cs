namespace OrleansExperiments.Protocol;

/// <summary>The JSON member names of the trainer protocol's events.</summary>
public static class TrainerEventNames
{
    /// <summary>The member that makes a JSON object an event; its value is the event's kind.</summary>
    public const string EventMember = "orlx";

    /// <summary><c>{"orlx":"environment", ...}</c>: what the trainer knows of its environment; optional, at most once.</summary>
    public const string Environment = "environment";

    /// <summary><c>{"orlx":"metric","step":int,"name":str,"value":number}</c>: one point of a curve.</summary>
    public const string Metric = "metric";

    /// <summary><c>{"orlx":"result","metrics":{"name":number, ...}}</c>: the final metrics, exactly once on success.</summary>
    public const string Result = "result";

    /// <summary><c>{"orlx":"failure","reason":str}</c>: why the run failed; optional, before a non-zero exit.</summary>
    public const string Failure = "failure";

    /// <summary>The metric event's step member.</summary>
    public const string Step = "step";

    /// <summary>The metric event's name member.</summary>
    public const string Name = "name";

    /// <summary>The metric event's value member.</summary>
    public const string Value = "value";

    /// <summary>The result event's metrics member.</summary>
    public const string Metrics = "metrics";

    /// <summary>The failure event's reason member.</summary>
    public const string Reason = "reason";

    /// <summary>Environment: the TorchSharp version.</summary>
    public const string TorchSharp = "torchsharp";

    /// <summary>Environment: the libtorch version.</summary>
    public const string LibTorch = "libtorch";

    /// <summary>Environment: the device trained on, <c>cpu</c> or <c>cuda:N</c>.</summary>
    public const string Device = "device";

    /// <summary>Environment: the device's model (the GPU, or the CPU's model name).</summary>
    public const string DeviceName = "deviceName";

    /// <summary>Environment: the CUDA runtime version; absent or null on the CPU.</summary>
    public const string Cuda = "cuda";

    /// <summary>Environment: the cuDNN version; absent or null on the CPU.</summary>
    public const string Cudnn = "cudnn";

    /// <summary>Environment: libtorch's intra-op thread count.</summary>
    public const string Threads = "threads";

    /// <summary>Environment: whether libtorch's deterministic algorithms were on.</summary>
    public const string Deterministic = "deterministic";

    /// <summary>Environment: whether TF32 matrix multiplication was allowed.</summary>
    public const string Tf32 = "tf32";
}
