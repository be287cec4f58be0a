namespace OrleansExperiments.Grains.Configuration;

/// <summary>The name of the grain storage provider every grid grain persists to.</summary>
public static class GridStorage
{
    public const string Name = "grid";
}
