namespace OrleansExperiments.Fingerprints;

/// <summary>What the fingerprint takes from a Linux cpuinfo file.</summary>
internal sealed record CpuInfo(string Model, string NumericIsa, int LogicalCpuCount)
{
    // x86 kernels name the model "model name"; some ARM kernels use "Hardware" or "Model" instead.
    private static readonly string[] ModelKeys = ["model name", "Hardware", "Model", "cpu model"];

    // x86 lists its ISA under "flags", ARM under "Features".
    private static readonly string[] FlagKeys = ["flags", "Features"];

    private const string ProcessorKey = "processor";
    private const string ArmImplementerKey = "CPU implementer";
    private const string ArmPartKey = "CPU part";

    /// <summary>Parses the text of a cpuinfo file; the first processor's model and flags stand for all.</summary>
    public static CpuInfo Parse(string text)
    {
        var firstValues = new Dictionary<string, string>(StringComparer.Ordinal);
        var processorCount = 0;
        foreach (var line in text.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon < 0)
                continue;
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == ProcessorKey)
                processorCount++;
            firstValues.TryAdd(key, value);
        }
        return new CpuInfo(
            ReadModel(firstValues),
            NumericIsaFlags.Select(ReadFlags(firstValues)),
            processorCount);
    }

    private static string ReadModel(Dictionary<string, string> values)
    {
        foreach (var key in ModelKeys)
            if (values.TryGetValue(key, out var model) && model.Length > 0)
                return model;
        if (values.TryGetValue(ArmImplementerKey, out var implementer) && values.TryGetValue(ArmPartKey, out var part))
            return $"implementer {implementer} part {part}";
        return FingerprintValues.Unknown;
    }

    private static IEnumerable<string> ReadFlags(Dictionary<string, string> values)
    {
        foreach (var key in FlagKeys)
            if (values.TryGetValue(key, out var flags))
                return flags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [];
    }
}
