namespace OrleansExperiments.Protocol;

/// <summary>
/// The exit codes of a trainer built with the OrleansExperiments trainer SDK. The protocol itself only
/// says "0 with one result event is success, anything else is a failure"; these codes let the grid name
/// the kind of failure without reading logs. Trainers in other languages may use them too.
/// </summary>
public static class TrainerExitCodes
{
    /// <summary>The run finished and printed exactly one result event.</summary>
    public const int Success = 0;

    /// <summary>The trainer's own code threw.</summary>
    public const int TrainerError = 1;

    /// <summary>The protocol arguments were missing, repeated, unknown or malformed, or named an unknown mode or profile.</summary>
    public const int InvalidArguments = 2;

    /// <summary>libtorch or TorchSharp's native library could not be loaded.</summary>
    public const int NativeLoadFailed = 3;

    /// <summary>The requested device (for example <c>cuda:0</c>) is not available.</summary>
    public const int DeviceUnavailable = 4;

    /// <summary>A loss or metric was NaN or infinite.</summary>
    public const int NonFiniteValue = 5;

    /// <summary>The final metrics were missing, empty, or lacked a declared metric.</summary>
    public const int InvalidResult = 6;

    /// <summary>The trainer was stopped by SIGTERM or SIGINT (128 + 15, the shell's convention for SIGTERM).</summary>
    public const int Terminated = 143;

    /// <summary>A short name for <paramref name="exitCode"/>, for reports and logs.</summary>
    public static string Describe(int exitCode) => exitCode switch
    {
        Success => "success",
        TrainerError => "trainer error",
        InvalidArguments => "invalid arguments",
        NativeLoadFailed => "native libraries failed to load",
        DeviceUnavailable => "device unavailable",
        NonFiniteValue => "non-finite loss or metric",
        InvalidResult => "invalid result",
        Terminated => "terminated",
        _ => $"exit code {exitCode}",
    };
}
