namespace OrleansExperiments.Silo;

/// <summary>Turns the silo settings into one device entry per worker: <c>cpu</c> slots first, then <c>cuda:N</c>.</summary>
public static class DeviceSlots
{
    public static IReadOnlyList<string> From(SiloSettings settings)
    {
        var cpuSlots = settings.CpuSlots ?? System.Environment.ProcessorCount;
        if (cpuSlots < 0)
        {
            throw new ArgumentException($"CpuSlots must be 0 or more; got {cpuSlots}.");
        }
        var slots = Enumerable.Repeat("cpu", cpuSlots).ToList();
        foreach (var entry in settings.CudaDevices.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(entry, out var index) || index < 0)
            {
                throw new ArgumentException($"CudaDevices must list GPU indices such as '0,1'; '{entry}' is not one.");
            }
            slots.Add($"cuda:{index}");
        }
        if (slots.Count == 0)
        {
            throw new ArgumentException("The silo has no device slots: set CpuSlots above 0 or list CudaDevices.");
        }
        return slots;
    }
}
