using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using TorchSharp;

namespace OrleansExperiments.Training.Native;

/// <summary>
/// Points TorchSharp's native lookups at the libraries this loader already loaded. TorchSharp finds
/// its natives two ways: its [DllImport("LibTorchSharp")] calls (answered by a DllImport resolver) and
/// NativeLibrary.TryLoad by name while it initializes (which skips the resolver but falls back to
/// AssemblyLoadContext.ResolvingUnmanagedDll). Both must see the patched copy, which lives under a
/// path TorchSharp never searches.
/// </summary>
internal static class TorchSharpRedirect
{
    // TorchSharp 0.107's private flags that say "the native backend is loaded"; see MarkBackendLoaded.
    private static readonly string[] BackendLoadedFields = ["nativeBackendLoaded", "nativeBackendCudaLoaded"];

    /// <summary>Answers TorchSharp's lookups of <paramref name="handles"/>' names (e.g. "LibTorchSharp", "torch_cpu") with those handles.</summary>
    public static void Install(IReadOnlyDictionary<string, nint> handles)
    {
        var torchSharp = typeof(torch).Assembly;
        NativeLibrary.SetDllImportResolver(torchSharp, (name, _, _) => handles.GetValueOrDefault(name));
        var context = AssemblyLoadContext.GetLoadContext(torchSharp) ?? AssemblyLoadContext.Default;
        context.ResolvingUnmanagedDll += (assembly, name) => assembly == torchSharp ? handles.GetValueOrDefault(name) : 0;
    }

    /// <summary>
    /// Tells TorchSharp its native backend is loaded, so that it does not search for libtorch itself.
    /// Needed for an external libtorch: TorchSharp's own CPU initialization loads "torch_cpu" by search,
    /// which would find the libtorch-cpu package's copy and load a second libtorch next to the external one.
    /// </summary>
    /// <exception cref="NativeLoadException">This TorchSharp version has no such flags.</exception>
    public static void MarkBackendLoaded()
    {
        foreach (var name in BackendLoadedFields)
        {
            var field = typeof(torch).GetField(name, BindingFlags.NonPublic | BindingFlags.Static);
            if (field is null || field.FieldType != typeof(bool))
                throw new NativeLoadException(
                    $"TorchSharp {TorchSharpVersion.Current} has no '{name}' flag, which loading an external libtorch relies on.", null,
                    $"Use the TorchSharp version the OrleansExperiments.Training package references, or unset {NativeLoaderOptions.LibTorchDirectoryVariable}.");
            field.SetValue(null, true);
        }
    }
}
