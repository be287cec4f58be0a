namespace OrleansExperiments.Training.Native;

/// <summary>Where <see cref="TorchNatives"/> finds libtorch and keeps patched copies.</summary>
public sealed record NativeLoaderOptions
{
    /// <summary>The environment variable that names an external libtorch folder (a PyTorch install's <c>torch/lib</c>, for CUDA).</summary>
    public const string LibTorchDirectoryVariable = "ORLX_LIBTORCH_DIR";

    /// <summary>The environment variable that names the grid's local state folder.</summary>
    public const string HomeVariable = "ORLX_HOME";

    /// <summary>The state folder's name under the user's home when <see cref="HomeVariable"/> is unset.</summary>
    public const string DefaultHomeFolderName = ".orlx";

    /// <summary>The folder under the state folder that holds patched native libraries.</summary>
    public const string NativeCacheFolderName = "native-cache";

    /// <summary>
    /// An external libtorch folder to load instead of the libtorch-cpu-linux-x64 package's; null to use the package's.
    /// </summary>
    public string? LibTorchDirectory { get; init; }

    /// <summary>TorchSharp's libLibTorchSharp.so to load; null to find it among the application's native files.</summary>
    public string? LibTorchSharpPath { get; init; }

    /// <summary>Where patched copies of libLibTorchSharp.so go.</summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>The options that <see cref="LibTorchDirectoryVariable"/> and <see cref="HomeVariable"/> describe.</summary>
    public static NativeLoaderOptions FromEnvironment() => new()
    {
        LibTorchDirectory = NonEmpty(Environment.GetEnvironmentVariable(LibTorchDirectoryVariable)),
    };

    /// <summary><c>$ORLX_HOME/native-cache</c>, or <c>~/.orlx/native-cache</c>.</summary>
    public static string DefaultCacheDirectory()
    {
        var home = NonEmpty(Environment.GetEnvironmentVariable(HomeVariable))
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), DefaultHomeFolderName);
        return Path.Combine(home, NativeCacheFolderName);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
