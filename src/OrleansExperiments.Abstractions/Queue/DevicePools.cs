namespace OrleansExperiments.Abstractions;

/// <summary>The device pools a run can be queued to; each has its own queue grain.</summary>
public static class DevicePools
{
    public const string Cpu = "cpu";
    public const string Cuda = "cuda";

    public static bool IsKnown(string pool) => pool is Cpu or Cuda;
}
