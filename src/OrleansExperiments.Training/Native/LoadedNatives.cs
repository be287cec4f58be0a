namespace OrleansExperiments.Training.Native;

/// <summary>What <see cref="TorchNatives.Load"/> loaded into this process.</summary>
public sealed record LoadedNatives
{
    /// <summary>The libtorch folder the libraries came from.</summary>
    public required LibTorchFolder LibTorch { get; init; }

    /// <summary>TorchSharp's native library as loaded: the original or a patched copy.</summary>
    public required PreparedLibrary LibTorchSharp { get; init; }

    /// <summary>Whether the folder had CUDA libraries (libtorch_cuda.so) and they loaded.</summary>
    public required bool CudaLibrariesLoaded { get; init; }

    /// <summary>The libtorch version, when known.</summary>
    public required string? LibTorchVersion { get; init; }

    /// <summary>The options the libraries were loaded with.</summary>
    public required NativeLoaderOptions Options { get; init; }

    /// <summary>The dlopen handle of libtorch_cpu.so, where libtorch's global context lives.</summary>
    internal nint TorchCpuHandle { get; init; }
}
