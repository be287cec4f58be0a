using OrleansExperiments.Training.Native.Elf;

namespace OrleansExperiments.Training.Native;

/// <summary>A libLibTorchSharp.so ready to load: the original, or a patched copy in the cache.</summary>
/// <param name="Path">The file to load.</param>
/// <param name="WeakenedVersions">The libstdc++ versions made optional in the copy; empty when <paramref name="Path"/> is the original.</param>
public sealed record PreparedLibrary(string Path, IReadOnlyList<string> WeakenedVersions)
{
    /// <summary>Whether <see cref="Path"/> is a patched copy.</summary>
    public bool IsPatched => WeakenedVersions.Count > 0;
}

/// <summary>
/// Makes TorchSharp's <c>libLibTorchSharp.so</c> loadable against the system's libstdc++: when the
/// system lacks a version the library names only for marker symbols (GLIBCXX_3.4.32 on Debian 12 and
/// Ubuntu 22.04), it writes a copy with that requirement weakened into a cache and returns the copy.
/// The original file (in the NuGet cache or the build output) is never written.
/// </summary>
public static class CompatibleLibTorchSharp
{
    /// <summary>The file name of TorchSharp's native library on Linux.</summary>
    public const string FileName = "libLibTorchSharp.so";

    /// <summary>The library to load in place of <paramref name="originalPath"/>.</summary>
    /// <param name="originalPath">TorchSharp's libLibTorchSharp.so.</param>
    /// <param name="availableVersions">The versions the system's libstdc++ defines (<see cref="SystemLibStdCxx.ReadVersions"/>).</param>
    /// <param name="cache">Where a patched copy goes.</param>
    /// <exception cref="NativeLoadException">
    /// The file is missing or not an ELF library, the system lacks a version that real symbols need, or the
    /// cache cannot be written; the message says which and what to do.
    /// </exception>
    public static PreparedLibrary Prepare(string originalPath, IReadOnlySet<string> availableVersions, PatchedLibraryCache cache)
    {
        var library = ReadLibrary(originalPath);
        var missing = LibStdCxxCompatibility.FindMissing(library, availableVersions);
        if (missing.Count == 0)
            return new PreparedLibrary(originalPath, []);

        var versions = missing.Select(requirement => requirement.Version).ToList();
        var blocking = LibStdCxxCompatibility.SymbolsBlockingWeakening(library, missing);
        if (blocking.Count > 0)
            throw new NativeLoadException(
                $"{originalPath} needs {string.Join(", ", versions)} from {LibStdCxxCompatibility.LibStdCxxFile}, which this system's libstdc++ does not define, " +
                $"and calls functions of those versions ({string.Join(", ", blocking)}).", null,
                "Run on a system with a newer libstdc++ (GCC 13 or later: Debian 13, Ubuntu 24.04), or use a TorchSharp build made for this system.");

        return new PreparedLibrary(StorePatched(originalPath, LibStdCxxCompatibility.Weaken(library, missing), cache), versions);
    }

    private static ElfImage ReadLibrary(string path)
    {
        try
        {
            return ElfImage.Read(path);
        }
        catch (FileNotFoundException error)
        {
            throw new NativeLoadException($"TorchSharp's native library was not found at {path}.", error.Message,
                "Restore the TorchSharp package (dotnet restore) so that its runtimes/linux-x64/native folder is present, or fix the path you configured.", error);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new NativeLoadException($"{path} cannot be read as TorchSharp's native library (a 64-bit ELF shared library).", error.Message,
                "The file is damaged or is not the library: delete the TorchSharp package from the NuGet cache (~/.nuget/packages/torchsharp) and restore again, or fix the path you configured.", error);
        }
    }

    private static string StorePatched(string originalPath, byte[] patched, PatchedLibraryCache cache)
    {
        try
        {
            return cache.Store(FileName, patched);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new NativeLoadException($"The compatible copy of {originalPath} could not be written under {cache.Directory}.", error.Message,
                $"Make that folder writable, or point {NativeLoaderOptions.HomeVariable} at a writable folder.", error);
        }
    }
}
