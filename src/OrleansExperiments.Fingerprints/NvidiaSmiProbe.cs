using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace OrleansExperiments.Fingerprints;

/// <summary>
/// The GPU fields from <c>nvidia-smi --query-gpu=name,compute_cap,driver_version --format=csv,noheader</c>.
/// No nvidia-smi: the fields say <c>none</c> and the count 0. An nvidia-smi that fails or hangs: the fields
/// say <c>unknown</c> and <see cref="FingerprintFields.GpuProbeError"/> says why.
/// </summary>
internal static class NvidiaSmiProbe
{
    private static readonly string[] Arguments = ["--query-gpu=name,compute_cap,driver_version", "--format=csv,noheader"];

    // Several GPUs with different values are recorded as their distinct values joined by this.
    private const string DistinctValueSeparator = "; ";

    // A line is "name, compute capability, driver"; a name may itself contain commas.
    private const int ColumnsAfterName = 2;

    public static IReadOnlyDictionary<string, string> Probe(string command, TimeSpan timeout)
    {
        var executable = ExecutableLocator.Find(command);
        if (executable is null)
            return NoGpu;
        var (output, error) = Run(executable, timeout);
        return error is null ? Parse(output) : Unknown(error);
    }

    public static IReadOnlyDictionary<string, string> Parse(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
            return NoGpu;
        var gpus = new List<(string Name, string ComputeCapability, string Driver)>();
        foreach (var line in lines)
        {
            var columns = line.Split(',', StringSplitOptions.TrimEntries);
            if (columns.Length < ColumnsAfterName + 1)
                return Unknown($"nvidia-smi printed a line that is not 'name, compute_cap, driver_version': {line}");
            gpus.Add((string.Join(", ", columns[..^ColumnsAfterName]), columns[^2], columns[^1]));
        }
        return Fields(
            Distinct(gpus.Select(gpu => gpu.Name)),
            Distinct(gpus.Select(gpu => gpu.ComputeCapability)),
            Distinct(gpus.Select(gpu => gpu.Driver)),
            gpus.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static (string Output, string? Error) Run(string executable, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
            startInfo.ArgumentList.Add(argument);
        Process? started;
        try
        {
            started = Process.Start(startInfo);
        }
        catch (Win32Exception error)
        {
            return (string.Empty, $"nvidia-smi could not be started: {error.Message}");
        }
        using var process = started ?? throw new InvalidOperationException($"Could not start {executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var ignoredError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (string.Empty, $"nvidia-smi did not answer within {timeout.TotalSeconds:0.###} s");
        }
        process.WaitForExit();
        ignoredError.GetAwaiter().GetResult();
        return process.ExitCode == 0
            ? (output.GetAwaiter().GetResult(), null)
            : (string.Empty, $"nvidia-smi exited with code {process.ExitCode}");
    }

    private static string Distinct(IEnumerable<string> values) =>
        string.Join(DistinctValueSeparator, values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static Dictionary<string, string> NoGpu =>
        Fields(FingerprintValues.None, FingerprintValues.None, FingerprintValues.None, count: "0");

    private static Dictionary<string, string> Unknown(string reason)
    {
        var fields = Fields(FingerprintValues.Unknown, FingerprintValues.Unknown, FingerprintValues.Unknown, FingerprintValues.Unknown);
        fields[FingerprintFields.GpuProbeError] = reason;
        return fields;
    }

    private static Dictionary<string, string> Fields(string model, string computeCapability, string driver, string count) => new()
    {
        [FingerprintFields.GpuModel] = model,
        [FingerprintFields.GpuComputeCapability] = computeCapability,
        [FingerprintFields.NvidiaDriver] = driver,
        [FingerprintFields.GpuCount] = count,
    };
}
