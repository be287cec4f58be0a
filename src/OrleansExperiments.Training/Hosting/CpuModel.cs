namespace OrleansExperiments.Training.Hosting;

/// <summary>The CPU's model name, for the environment event when training on the CPU.</summary>
internal static class CpuModel
{
    private const string CpuInfoPath = "/proc/cpuinfo";
    private const string ModelNameKey = "model name";

    /// <summary>The first "model name" of /proc/cpuinfo, or null where there is none (some ARM kernels).</summary>
    public static string? Read()
    {
        if (!File.Exists(CpuInfoPath))
            return null;
        return File.ReadLines(CpuInfoPath)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == ModelNameKey)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
