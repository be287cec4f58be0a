using System.Globalization;

namespace OrleansExperiments.Training.Benchmarks;

/// <summary>This process's resident memory from /proc/self/status (VmRSS now, VmHWM the peak).</summary>
internal static class MemoryProbe
{
    private const string StatusPath = "/proc/self/status";
    private const double KilobytesPerMegabyte = 1024;

    public static double ResidentMegabytes() => Read("VmRSS:");

    public static double PeakResidentMegabytes() => Read("VmHWM:");

    private static double Read(string key)
    {
        var line = File.ReadLines(StatusPath).First(text => text.StartsWith(key, StringComparison.Ordinal));
        var kilobytes = double.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / KilobytesPerMegabyte;
    }
}
