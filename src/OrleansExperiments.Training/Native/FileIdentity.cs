using System.Runtime.InteropServices;

namespace OrleansExperiments.Training.Native;

/// <summary>Whether two paths name the same file (device and inode), as the dynamic linker decides it.</summary>
internal static unsafe class FileIdentity
{
    // struct stat on x86-64 Linux: st_dev (8 bytes) then st_ino (8 bytes); the whole struct is 144 bytes.
    private const int StatBufferSize = 256;
    private const int InodeOffset = 8;

    /// <summary>True when both paths lead to one file; false when they differ or cannot be compared.</summary>
    public static bool AreSame(string first, string second)
    {
        if (string.Equals(Path.GetFullPath(first), Path.GetFullPath(second), StringComparison.Ordinal))
            return true;
        return Identity(first) is { } a && Identity(second) is { } b && a == b;
    }

    private static (ulong Device, ulong Inode)? Identity(string path)
    {
        // glibc exports stat() from 2.33 on; older systems only have __xstat, and then we treat the files as different.
        if (!NativeLibrary.TryLoad("libc.so.6", out var libc) || !NativeLibrary.TryGetExport(libc, "stat", out var export))
            return null;
        var stat = (delegate* unmanaged<byte*, byte*, int>)export;
        var buffer = stackalloc byte[StatBufferSize];
        var name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            if (stat((byte*)name, buffer) != 0)
                return null;
            return (*(ulong*)buffer, *(ulong*)(buffer + InodeOffset));
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }
}
