using System.Runtime.InteropServices;
using OrleansExperiments.Training.Native.Elf;

namespace OrleansExperiments.Training.Native;

/// <summary>The libstdc++ this process's loader uses, and the symbol versions it defines.</summary>
public static class SystemLibStdCxx
{
    /// <summary>
    /// The path of the libstdc++ the dynamic linker resolves for <c>libstdc++.so.6</c> (honouring
    /// LD_LIBRARY_PATH), found by loading it, as libtorch will anyway.
    /// </summary>
    /// <exception cref="NativeLoadException">The system has no libstdc++ the loader can find.</exception>
    public static string Locate()
    {
        nint handle;
        try
        {
            handle = NativeLibrary.Load(LibStdCxxCompatibility.LibStdCxxFile);
        }
        catch (DllNotFoundException error)
        {
            throw new NativeLoadException($"The system has no {LibStdCxxCompatibility.LibStdCxxFile}.", error.Message,
                "Install the GNU C++ runtime (Debian/Ubuntu: apt-get install libstdc++6; RHEL: dnf install libstdc++).", error);
        }
        return DynamicLinker.PathOf(handle)
            ?? throw new NativeLoadException($"The path of the loaded {LibStdCxxCompatibility.LibStdCxxFile} could not be read.", null,
                "This loader needs glibc's dlinfo; run on a glibc-based Linux (Debian, Ubuntu, RHEL).");
    }

    /// <summary>The version names (GLIBCXX_3.4.30, CXXABI_1.3.13, ...) the libstdc++ at <paramref name="path"/> defines.</summary>
    /// <exception cref="NativeLoadException">The file cannot be read as an ELF library.</exception>
    public static IReadOnlySet<string> ReadVersions(string path)
    {
        try
        {
            return ElfVersioning.ReadDefinitions(ElfImage.Read(path));
        }
        catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new NativeLoadException($"The system's libstdc++ at {path} could not be read.", error.Message,
                "Check the file's permissions, or reinstall the GNU C++ runtime.", error);
        }
    }
}
