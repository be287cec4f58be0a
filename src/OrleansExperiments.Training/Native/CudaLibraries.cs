using System.Globalization;
using System.Runtime.InteropServices;

namespace OrleansExperiments.Training.Native;

/// <summary>
/// Versions and device names read from the CUDA libraries libtorch loaded (TorchSharp has no query for
/// them). Best effort: each returns null when the library or function is not there.
/// </summary>
internal static unsafe class CudaLibraries
{
    private const string RuntimeLibraryPrefix = "libcudart.so";
    private const string CudnnLibraryPrefix = "libcudnn.so";
    // cudaDeviceProp starts with char name[256]; the whole struct is about 1 KB, so 8 KB leaves room for growth.
    private const int DevicePropertiesBufferSize = 8192;
    private const int DeviceNameLength = 256;
    // cuDNN 9 encodes versions as major*10000 + minor*100 + patch; cuDNN 8 as major*1000 + minor*100 + patch.
    private const ulong CudnnNineEncodingStart = 90000;

    /// <summary>The CUDA runtime version, e.g. "13.0".</summary>
    public static string? RuntimeVersion()
    {
        if (Export(RuntimeLibraryPrefix, "cudaRuntimeGetVersion") is not { } address)
            return null;
        int version;
        if (((delegate* unmanaged<int*, int>)address)(&version) != 0)
            return null;
        return string.Create(CultureInfo.InvariantCulture, $"{version / 1000}.{version % 1000 / 10}");
    }

    /// <summary>The cuDNN version, e.g. "9.10.2".</summary>
    public static string? CudnnVersion()
    {
        if (Export(CudnnLibraryPrefix, "cudnnGetVersion") is not { } address)
            return null;
        var version = (ulong)((delegate* unmanaged<nuint>)address)();
        var (major, rest) = version >= CudnnNineEncodingStart ? (version / 10000, version % 10000) : (version / 1000, version % 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{major}.{rest / 100}.{rest % 100}");
    }

    /// <summary>The name of CUDA device <paramref name="index"/>, e.g. "NVIDIA H100 80GB HBM3".</summary>
    public static string? DeviceName(int index)
    {
        var address = Export(RuntimeLibraryPrefix, "cudaGetDeviceProperties_v2") ?? Export(RuntimeLibraryPrefix, "cudaGetDeviceProperties");
        if (address is null)
            return null;
        var properties = new byte[DevicePropertiesBufferSize];
        fixed (byte* buffer = properties)
        {
            if (((delegate* unmanaged<byte*, int, int>)address.Value)(buffer, index) != 0)
                return null;
            return Marshal.PtrToStringUTF8((nint)buffer, Math.Max(0, Array.IndexOf(properties, (byte)0, 0, DeviceNameLength)));
        }
    }

    private static nint? Export(string libraryPrefix, string symbol)
    {
        foreach (var path in DynamicLinker.MappedFiles(libraryPrefix))
            if (NativeLibrary.TryLoad(path, out var handle) && NativeLibrary.TryGetExport(handle, symbol, out var address))
                return address;
        return null;
    }
}
