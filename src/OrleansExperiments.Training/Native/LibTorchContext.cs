using System.Runtime.InteropServices;

namespace OrleansExperiments.Training.Native;

/// <summary>
/// libtorch's global settings that TorchSharp does not expose (determinism, cuDNN benchmark, TF32),
/// reached through the C++ methods libtorch_cpu.so exports on <c>at::Context</c>. The methods are
/// resolved in the same libtorch_cpu.so that TorchSharp uses.
/// </summary>
public sealed unsafe class LibTorchContext
{
    private const string GlobalContextSymbol = "_ZN2at13globalContextEv";
    private const string SetDeterministicAlgorithmsSymbol = "_ZN2at7Context26setDeterministicAlgorithmsEbb";
    private const string DeterministicAlgorithmsSymbol = "_ZNK2at7Context23deterministicAlgorithmsEv";
    private const string SetDeterministicCuDnnSymbol = "_ZN2at7Context21setDeterministicCuDNNEb";
    private const string DeterministicCuDnnSymbol = "_ZNK2at7Context18deterministicCuDNNEv";
    private const string SetBenchmarkCuDnnSymbol = "_ZN2at7Context17setBenchmarkCuDNNEb";
    private const string BenchmarkCuDnnSymbol = "_ZNK2at7Context14benchmarkCuDNNEv";
    private const string AllowTf32CuBlasSymbol = "_ZNK2at7Context15allowTF32CuBLASEv";

    // C++ bool is one byte: pass and read it as byte (UnmanagedType.I1), never as a 4-byte BOOL.
    private readonly nint context;
    private readonly delegate* unmanaged<nint, byte, byte, void> setDeterministicAlgorithms;
    private readonly delegate* unmanaged<nint, byte> deterministicAlgorithms;
    private readonly delegate* unmanaged<nint, byte, void> setDeterministicCuDnn;
    private readonly delegate* unmanaged<nint, byte> deterministicCuDnn;
    private readonly delegate* unmanaged<nint, byte, void> setBenchmarkCuDnn;
    private readonly delegate* unmanaged<nint, byte> benchmarkCuDnn;
    private readonly delegate* unmanaged<nint, byte> allowTf32CuBlas;

    private LibTorchContext(nint torchCpu)
    {
        context = ((delegate* unmanaged<nint>)Export(torchCpu, GlobalContextSymbol))();
        setDeterministicAlgorithms = (delegate* unmanaged<nint, byte, byte, void>)Export(torchCpu, SetDeterministicAlgorithmsSymbol);
        deterministicAlgorithms = (delegate* unmanaged<nint, byte>)Export(torchCpu, DeterministicAlgorithmsSymbol);
        setDeterministicCuDnn = (delegate* unmanaged<nint, byte, void>)Export(torchCpu, SetDeterministicCuDnnSymbol);
        deterministicCuDnn = (delegate* unmanaged<nint, byte>)Export(torchCpu, DeterministicCuDnnSymbol);
        setBenchmarkCuDnn = (delegate* unmanaged<nint, byte, void>)Export(torchCpu, SetBenchmarkCuDnnSymbol);
        benchmarkCuDnn = (delegate* unmanaged<nint, byte>)Export(torchCpu, BenchmarkCuDnnSymbol);
        // Optional: libtorch may move TF32 to its newer float32 precision settings.
        allowTf32CuBlas = NativeLibrary.TryGetExport(torchCpu, AllowTf32CuBlasSymbol, out var tf32) ? (delegate* unmanaged<nint, byte>)tf32 : null;
    }

    /// <summary>The global context of the libtorch that <paramref name="natives"/> loaded.</summary>
    /// <exception cref="NativeLoadException">libtorch lacks one of the methods (a libtorch version this SDK does not know).</exception>
    public static LibTorchContext Of(LoadedNatives natives) => new(natives.TorchCpuHandle);

    /// <summary>Whether deterministic algorithms are on (<c>torch.are_deterministic_algorithms_enabled()</c>).</summary>
    public bool DeterministicAlgorithms => deterministicAlgorithms(context) != 0;

    /// <summary>Whether cuDNN is restricted to deterministic algorithms (<c>torch.backends.cudnn.deterministic</c>).</summary>
    public bool DeterministicCuDnn => deterministicCuDnn(context) != 0;

    /// <summary>Whether cuDNN may pick algorithms by benchmarking (<c>torch.backends.cudnn.benchmark</c>).</summary>
    public bool BenchmarkCuDnn => benchmarkCuDnn(context) != 0;

    /// <summary>Whether cuBLAS may use TF32 for float32 matrix products; null when this libtorch does not say.</summary>
    public bool? AllowTf32CuBlas => allowTf32CuBlas is null ? null : allowTf32CuBlas(context) != 0;

    /// <summary><c>torch.use_deterministic_algorithms(enabled, warn_only)</c>.</summary>
    public void SetDeterministicAlgorithms(bool enabled, bool warnOnly = false) =>
        setDeterministicAlgorithms(context, ToByte(enabled), ToByte(warnOnly));

    /// <summary><c>torch.backends.cudnn.deterministic = enabled</c>.</summary>
    public void SetDeterministicCuDnn(bool enabled) => setDeterministicCuDnn(context, ToByte(enabled));

    /// <summary><c>torch.backends.cudnn.benchmark = enabled</c>.</summary>
    public void SetBenchmarkCuDnn(bool enabled) => setBenchmarkCuDnn(context, ToByte(enabled));

    /// <summary>
    /// Deterministic algorithms and deterministic cuDNN on, cuDNN benchmarking off (or the libtorch
    /// defaults when <paramref name="deterministic"/> is false); returns whether deterministic algorithms
    /// read back as on.
    /// </summary>
    public bool ApplyDeterminism(bool deterministic)
    {
        SetDeterministicAlgorithms(deterministic);
        SetDeterministicCuDnn(deterministic);
        // Benchmarking picks the fastest algorithm per run, which can differ between runs.
        SetBenchmarkCuDnn(false);
        return DeterministicAlgorithms;
    }

    private static byte ToByte(bool value) => value ? (byte)1 : (byte)0;

    private static nint Export(nint library, string symbol) =>
        NativeLibrary.TryGetExport(library, symbol, out var address)
            ? address
            : throw new NativeLoadException($"libtorch_cpu.so does not export {symbol}.", null,
                "This libtorch version is not one the SDK knows: use libtorch 2.10 (the libtorch-cpu-linux-x64 package's) or a PyTorch of the same major version.");
}
