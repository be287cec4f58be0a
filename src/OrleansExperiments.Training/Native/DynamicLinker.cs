using System.Runtime.InteropServices;

namespace OrleansExperiments.Training.Native;

/// <summary>Asks glibc's dynamic linker where the libraries it loaded came from.</summary>
internal static unsafe class DynamicLinker
{
    // RTLD_DI_LINKMAP from dlfcn.h: dlinfo fills in the handle's struct link_map.
    private const int LinkMapRequest = 2;

    // struct link_map { ElfW(Addr) l_addr; char *l_name; ... }: the name follows one pointer-sized field.
    private static readonly int LinkMapNameOffset = IntPtr.Size;

    // glibc 2.34 moved dlinfo from libdl into libc; older systems (RHEL 8) have it only in libdl.
    private static readonly string[] DlInfoLibraries = ["libc.so.6", "libdl.so.2"];
    private const string ProcessMapsPath = "/proc/self/maps";

    /// <summary>The file a dlopen handle was loaded from, as the linker resolved it, or null when unknown.</summary>
    public static string? PathOf(nint handle)
    {
        var dlinfo = ResolveDlInfo();
        if (dlinfo is null)
            return null;
        nint linkMap;
        if (dlinfo(handle, LinkMapRequest, &linkMap) != 0 || linkMap == 0)
            return null;
        return Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(linkMap, LinkMapNameOffset));
    }

    /// <summary>The distinct files mapped into this process whose name starts with <paramref name="fileNamePrefix"/>.</summary>
    public static IReadOnlyList<string> MappedFiles(string fileNamePrefix)
    {
        if (!File.Exists(ProcessMapsPath))
            return [];
        // A line of /proc/self/maps ends with the mapped file's absolute path, when it maps a file.
        return File.ReadLines(ProcessMapsPath)
            .Select(line => line.IndexOf('/') is var start and >= 0 ? line[start..] : null)
            .OfType<string>()
            .Where(path => Path.GetFileName(path).StartsWith(fileNamePrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static delegate* unmanaged<nint, int, nint*, int> ResolveDlInfo()
    {
        foreach (var library in DlInfoLibraries)
            if (NativeLibrary.TryLoad(library, out var handle) && NativeLibrary.TryGetExport(handle, "dlinfo", out var export))
                return (delegate* unmanaged<nint, int, nint*, int>)export;
        return null;
    }
}
