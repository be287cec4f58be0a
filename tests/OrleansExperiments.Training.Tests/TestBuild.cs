using System.Reflection;

namespace OrleansExperiments.Training.Tests;

/// <summary>Paths and settings of this test build, recorded by the project file.</summary>
internal static class TestBuild
{
    public static string TestTrainerPath => Metadata("TestTrainerPath");

    public static string SourceRoot => Metadata("SourceRoot");

    public static string Configuration => Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(TestBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
