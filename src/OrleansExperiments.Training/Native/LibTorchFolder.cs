using System.Text.RegularExpressions;

namespace OrleansExperiments.Training.Native;

/// <summary>A folder of libtorch shared libraries: the package's native folder or an external one.</summary>
/// <param name="Directory">The folder.</param>
/// <param name="IsExternal">Whether it came from configuration rather than the libtorch-cpu-linux-x64 package.</param>
public sealed partial record LibTorchFolder(string Directory, bool IsExternal)
{
    /// <summary>The library that makes a folder a libtorch folder.</summary>
    public const string TorchCpuFile = "libtorch_cpu.so";

    /// <summary>The CUDA part of libtorch; present only in CUDA builds.</summary>
    public const string TorchCudaFile = "libtorch_cuda.so";

    /// <summary>
    /// The libraries to load, in dependency order, each when present: a CUDA build's libtorch_cuda needs
    /// libc10_cuda, and libtorch needs them all. libc10, libtorch_cpu and libtorch are required.
    /// </summary>
    public static IReadOnlyList<(string File, bool Required)> LoadOrder { get; } =
    [
        ("libc10.so", true),
        (TorchCpuFile, true),
        ("libc10_cuda.so", false),
        (TorchCudaFile, false),
        ("libtorch.so", true),
    ];

    private const string PythonVersionFile = "version.py";

    /// <summary>The configured external folder, checked to exist and hold libtorch.</summary>
    /// <exception cref="NativeLoadException">The folder does not exist or holds no libtorch_cpu.so.</exception>
    public static LibTorchFolder External(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
            throw new NativeLoadException(
                $"The libtorch folder {full} (from {NativeLoaderOptions.LibTorchDirectoryVariable} or the loader options) does not exist.", null,
                ExternalAdvice);
        if (!File.Exists(Path.Combine(full, TorchCpuFile)))
            throw new NativeLoadException(
                $"The folder {full} (from {NativeLoaderOptions.LibTorchDirectoryVariable} or the loader options) holds no libtorch: {TorchCpuFile} is not in it.", null,
                ExternalAdvice);
        return new LibTorchFolder(full, IsExternal: true);
    }

    /// <summary>The libtorch-cpu-linux-x64 package's native folder, among the application's native files.</summary>
    /// <exception cref="NativeLoadException">The application has no libtorch_cpu.so.</exception>
    public static LibTorchFolder Packaged()
    {
        var path = NativeFileSearch.Find(TorchCpuFile)
            ?? throw new NativeLoadException(
                $"{TorchCpuFile} is not among this application's native files (searched {string.Join(", ", NativeFileSearch.Directories())}).", null,
                "Reference the libtorch-cpu-linux-x64 package (the OrleansExperiments.Training package brings it) and run on linux-x64, " +
                $"or set {NativeLoaderOptions.LibTorchDirectoryVariable} to a libtorch folder.");
        return new LibTorchFolder(Path.GetDirectoryName(path)!, IsExternal: false);
    }

    /// <summary>
    /// The version of the libtorch in this folder: a PyTorch install's <c>torch/version.py</c> for an
    /// external folder, TorchSharp's libtorch package version otherwise; null when unknown.
    /// </summary>
    public string? ReadVersion(string packagedVersion)
    {
        if (!IsExternal)
            return packagedVersion;
        var versionFile = Path.Combine(Path.GetDirectoryName(Directory) ?? Directory, PythonVersionFile);
        if (!File.Exists(versionFile))
            return null;
        var match = File.ReadLines(versionFile).Select(line => PythonVersionLine().Match(line)).FirstOrDefault(m => m.Success);
        return match?.Groups["version"].Value;
    }

    private static string ExternalAdvice =>
        $"Point {NativeLoaderOptions.LibTorchDirectoryVariable} at a folder that holds {TorchCpuFile}: a PyTorch install's torch/lib " +
        "(python3 -c \"import torch, os; print(os.path.join(os.path.dirname(torch.__file__), 'lib'))\") or an unpacked libtorch archive's lib, " +
        "or unset it to train on the CPU with the libtorch-cpu-linux-x64 package.";

    [GeneratedRegex("""^__version__\s*=\s*['"](?<version>[^'"]+)['"]""")]
    private static partial Regex PythonVersionLine();
}
