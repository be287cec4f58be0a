using System.Reflection;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>Paths of the source checkout these tests were built from.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    public static string TemplateFolder => Path.Combine(RepositoryRoot, "samples", "trainer-template");
}
