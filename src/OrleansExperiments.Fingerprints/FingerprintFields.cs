namespace OrleansExperiments.Fingerprints;

/// <summary>The well-known field names of an <see cref="EnvironmentFingerprint"/>.</summary>
public static class FingerprintFields
{
    /// <summary>The host name as <c>gethostname</c> returns it (a UTS namespace can change it).</summary>
    public const string Host = "host";

    /// <summary>The operating system's PRETTY_NAME from os-release.</summary>
    public const string Os = "os";

    /// <summary>The kernel release.</summary>
    public const string Kernel = "kernel";

    /// <summary>The CPU model name.</summary>
    public const string CpuModel = "cpu.model";

    /// <summary>The sorted, space-separated CPU instruction set flags that change numerics.</summary>
    public const string CpuIsa = "cpu.isa";

    /// <summary>The number of logical CPUs the host has.</summary>
    public const string CpuCount = "cpu.count";

    /// <summary>The GPU model (distinct models joined by "; "), or the device the trainer ran on.</summary>
    public const string GpuModel = "gpu.model";

    /// <summary>The number of GPUs nvidia-smi lists.</summary>
    public const string GpuCount = "gpu.count";

    /// <summary>The GPUs' CUDA compute capability (distinct values joined by "; ").</summary>
    public const string GpuComputeCapability = "gpu.computeCapability";

    /// <summary>Why the GPU fields say <see cref="FingerprintValues.Unknown"/>; absent when the probe worked.</summary>
    public const string GpuProbeError = "gpu.probeError";

    /// <summary>The NVIDIA driver version.</summary>
    public const string NvidiaDriver = "nvidia.driver";

    /// <summary>The CUDA runtime version the trainer loaded.</summary>
    public const string CudaRuntime = "cuda.runtime";

    /// <summary>The cuDNN version the trainer loaded.</summary>
    public const string Cudnn = "cudnn";

    /// <summary>The libtorch version.</summary>
    public const string Libtorch = "libtorch";

    /// <summary>The TorchSharp version.</summary>
    public const string TorchSharp = "torchsharp";

    /// <summary>The .NET runtime version of the process that captured the host fields.</summary>
    public const string Dotnet = "dotnet";

    /// <summary>The trainer's intra-op thread count.</summary>
    public const string Threads = "threads";

    /// <summary>Whether the trainer ran with deterministic algorithms.</summary>
    public const string Deterministic = "deterministic";

    /// <summary>Whether the trainer allowed TF32 matrix multiplication.</summary>
    public const string Tf32 = "tf32";

    /// <summary>The kind of device the trainer ran on (<c>cpu</c>, <c>cuda</c>), without its index.</summary>
    public const string Device = "device";

    /// <summary>The prefix of fields that hold an environment variable: <c>env.OMP_NUM_THREADS</c>.</summary>
    public const string EnvironmentVariablePrefix = "env.";

    /// <summary>The prefix of fields the trainer reported that have no well-known name.</summary>
    public const string TrainerPrefix = "trainer.";

    /// <summary>The field that holds environment variable <paramref name="name"/>.</summary>
    public static string EnvironmentVariable(string name) => EnvironmentVariablePrefix + name;

    /// <summary>The field that holds the trainer's key <paramref name="key"/> (a dotted path).</summary>
    public static string Trainer(string key) => TrainerPrefix + key;
}
