using System.Runtime.InteropServices;

namespace OrleansExperiments.Training.Native;

/// <summary>
/// Sets variables in the C library's environment, which native code reads with getenv.
/// Environment.SetEnvironmentVariable changes only .NET's own copy on Linux.
/// </summary>
internal static unsafe class NativeEnvironment
{
    /// <summary>Sets <paramref name="name"/> for native code and .NET unless it is already set; returns its value.</summary>
    public static string SetIfUnset(string name, string value)
    {
        if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } existing)
            return existing;
        if (!NativeLibrary.TryLoad("libc.so.6", out var libc) || !NativeLibrary.TryGetExport(libc, "setenv", out var setenv))
            throw new InvalidOperationException($"The C library's setenv could not be found to set {name}; set it before starting the trainer.");
        var nameText = Marshal.StringToCoTaskMemUTF8(name);
        var valueText = Marshal.StringToCoTaskMemUTF8(value);
        try
        {
            const int overwrite = 1;
            if (((delegate* unmanaged<byte*, byte*, int, int>)setenv)((byte*)nameText, (byte*)valueText, overwrite) != 0)
                throw new InvalidOperationException($"setenv failed for {name}; set it before starting the trainer.");
        }
        finally
        {
            Marshal.FreeCoTaskMem(nameText);
            Marshal.FreeCoTaskMem(valueText);
        }
        Environment.SetEnvironmentVariable(name, value);
        return value;
    }
}
