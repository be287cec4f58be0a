using System.Runtime.InteropServices;
using TorchSharp;

namespace OrleansExperiments.Training.Native;

/// <summary>
/// Loads libtorch and TorchSharp's native library so that TorchSharp works on any glibc Linux:
/// the libtorch-cpu-linux-x64 package's libtorch by default, or an external libtorch folder
/// (<see cref="NativeLoaderOptions.LibTorchDirectory"/>, e.g. a PyTorch install's <c>torch/lib</c> for CUDA);
/// TorchSharp's libLibTorchSharp.so as shipped when the system's libstdc++ serves it, or a patched copy
/// (<see cref="CompatibleLibTorchSharp"/>) when it lacks GLIBCXX_3.4.32. Call it before any other
/// TorchSharp call; it loads once per process.
/// </summary>
public static class TorchNatives
{
    private const string LibTorchSharpName = "LibTorchSharp";
    private const string TorchCpuName = "torch_cpu";
    private const string TorchCudaName = "torch_cuda";

    private static readonly Lock Gate = new();
    private static LoadedNatives? loaded;

    /// <summary>What was loaded, or null before <see cref="Load"/> succeeded.</summary>
    public static LoadedNatives? Loaded
    {
        get { lock (Gate) return loaded; }
    }

    /// <summary>Loads the natives (once per process) and returns what was loaded.</summary>
    /// <param name="options">Where to load from; null for <see cref="NativeLoaderOptions.FromEnvironment"/>.</param>
    /// <exception cref="NativeLoadException">A library could not be found or loaded; the message carries the loader's error and what to do.</exception>
    /// <exception cref="InvalidOperationException">The natives were already loaded with different options.</exception>
    public static LoadedNatives Load(NativeLoaderOptions? options = null)
    {
        options ??= NativeLoaderOptions.FromEnvironment();
        lock (Gate)
        {
            if (loaded is not null)
                return loaded.Options == options
                    ? loaded
                    : throw new InvalidOperationException($"libtorch is already loaded from {loaded.LibTorch.Directory}; a process can load it only once.");
            loaded = LoadOnce(options);
            return loaded;
        }
    }

    private static LoadedNatives LoadOnce(NativeLoaderOptions options)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            throw new NativeLoadException($"This loader supports Linux x64 only; this is {RuntimeInformation.OSDescription} on {RuntimeInformation.ProcessArchitecture}.", null,
                "Train on a Linux x64 machine.");

        var folder = options.LibTorchDirectory is { } external ? LibTorchFolder.External(external) : LibTorchFolder.Packaged();
        if (folder.IsExternal)
            EnsureNoSecondLibTorch(folder);
        var handles = LoadLibTorch(folder);
        var libTorchSharp = CompatibleLibTorchSharp.Prepare(
            LocateLibTorchSharp(options, folder),
            SystemLibStdCxx.ReadVersions(SystemLibStdCxx.Locate()),
            new PatchedLibraryCache(options.CacheDirectory));
        handles[LibTorchSharpName] = LoadLibrary(libTorchSharp.Path, "TorchSharp's native library", LibTorchSharpAdvice(libTorchSharp));

        TorchSharpRedirect.Install(handles);
        if (folder.IsExternal)
            TorchSharpRedirect.MarkBackendLoaded();
        else
            InitializeTorchSharp();

        return new LoadedNatives
        {
            LibTorch = folder,
            LibTorchSharp = libTorchSharp,
            CudaLibrariesLoaded = handles.ContainsKey(TorchCudaName),
            LibTorchVersion = folder.ReadVersion(torch.__version__),
            Options = options,
            TorchCpuHandle = handles[TorchCpuName],
        };
    }

    // Loading by full path in dependency order lets each library's DT_NEEDED entries resolve, by soname,
    // to the copies already loaded from this folder, whatever the library's RUNPATH says.
    private static Dictionary<string, nint> LoadLibTorch(LibTorchFolder folder)
    {
        var handles = new Dictionary<string, nint>(StringComparer.Ordinal);
        foreach (var (file, required) in LibTorchFolder.LoadOrder)
        {
            var path = Path.Combine(folder.Directory, file);
            if (!required && !File.Exists(path))
                continue;
            var handle = LoadLibrary(path, "libtorch", LibTorchAdvice(folder));
            handles[LibraryName(file)] = handle;
        }
        return handles;
    }

    // TorchSharp's static constructor loads "torch_cpu" by searching the application's native folders
    // before anything can stop it; if that finds the libtorch-cpu package's copy, a second libtorch loads
    // beside the external one and its operator registrations abort the process.
    private static void EnsureNoSecondLibTorch(LibTorchFolder folder)
    {
        var packaged = NativeFileSearch.Find(LibTorchFolder.TorchCpuFile);
        if (packaged is null || FileIdentity.AreSame(packaged, Path.Combine(folder.Directory, LibTorchFolder.TorchCpuFile)))
            return;
        throw new NativeLoadException(
            $"This application carries its own libtorch ({packaged}), which TorchSharp would load beside the external libtorch in {folder.Directory}; two libtorch copies abort the process.", null,
            "Build the trainer without the package's libtorch for this machine: build with OrlxExternalLibTorch=true " +
            "(dotnet build -p:OrlxExternalLibTorch=true, or that environment variable), or add <PackageReference Include=\"libtorch-cpu-linux-x64\" ExcludeAssets=\"all\" /> " +
            $"to the trainer's project; or unset {NativeLoaderOptions.LibTorchDirectoryVariable} to train on the CPU with the package's libtorch.");
    }

    private static string LocateLibTorchSharp(NativeLoaderOptions options, LibTorchFolder folder)
    {
        if (options.LibTorchSharpPath is { } configured)
            return configured;
        var besideLibTorch = Path.Combine(folder.Directory, CompatibleLibTorchSharp.FileName);
        if (folder.IsExternal && File.Exists(besideLibTorch))
            return besideLibTorch;
        return NativeFileSearch.Find(CompatibleLibTorchSharp.FileName)
            ?? throw new NativeLoadException(
                $"{CompatibleLibTorchSharp.FileName} is not among this application's native files (searched {string.Join(", ", NativeFileSearch.Directories())}).", null,
                "Reference the TorchSharp package (the OrleansExperiments.Training package brings it) and run on linux-x64.");
    }

    private static nint LoadLibrary(string path, string what, string advice)
    {
        try
        {
            return NativeLibrary.Load(path);
        }
        catch (Exception error) when (error is DllNotFoundException or BadImageFormatException)
        {
            throw new NativeLoadException($"Could not load {what} from {path}.", error.Message, advice, error);
        }
    }

    private static void InitializeTorchSharp()
    {
        try
        {
            torch.InitializeDeviceType(DeviceType.CPU);
        }
        catch (Exception error)
        {
            // TorchSharp's own message blames a missing package reference even when the cause is elsewhere.
            throw new NativeLoadException("TorchSharp did not initialize although libtorch and its native library loaded.",
                (error.InnerException ?? error).Message.Split('\n')[0],
                "Check that the TorchSharp and libtorch-cpu-linux-x64 package versions match the ones the OrleansExperiments.Training package references.", error);
        }
    }

    // "libtorch_cpu.so" → "torch_cpu": the name TorchSharp asks the runtime for.
    private static string LibraryName(string file) => Path.GetFileNameWithoutExtension(file)["lib".Length..];

    private static string LibTorchAdvice(LibTorchFolder folder) => folder.IsExternal
        ? $"Check that {folder.Directory} is a complete libtorch for Linux x64 and that the libraries it needs (CUDA, cuDNN, NCCL) can be found: " +
          "add their folders (for a PyTorch install, torch/lib and the nvidia/*/lib folders beside torch) to LD_LIBRARY_PATH before starting the process."
        : "Restore the libtorch-cpu-linux-x64 package again (delete ~/.nuget/packages/libtorch-cpu-linux-x64 and run dotnet restore); " +
          "if the loader names a missing system library, install it.";

    private static string LibTorchSharpAdvice(PreparedLibrary library) => library.IsPatched
        ? $"The copy weakens {string.Join(", ", library.WeakenedVersions)}; if the loader names another missing version, this system's libstdc++ is too old for TorchSharp: use a newer system (Debian 13, Ubuntu 24.04)."
        : "If the loader names a missing GLIBCXX version, install a newer libstdc++ or report the version: this loader patches only GLIBCXX versions used by marker symbols.";
}
