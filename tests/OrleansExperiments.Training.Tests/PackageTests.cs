using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace OrleansExperiments.Training.Tests;

/// <summary>dotnet pack of Protocol and Training gives packages a trainer repository can reference.</summary>
public sealed class PackageTests : IDisposable
{
    private const string Version = "0.1.0";
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Packs_Training_with_its_runtime_dependencies_and_Protocol_without_any()
    {
        await Pack("OrleansExperiments.Protocol", "OrleansExperiments.Training");

        var training = Dependencies(folder.Combine($"OrleansExperiments.Training.{Version}.nupkg"));
        Assert.Equal(Version, training["OrleansExperiments.Protocol"]);
        Assert.Equal("0.107.0", training["TorchSharp"]);
        Assert.Equal("2.10.0", training["libtorch-cpu-linux-x64"]);
        Assert.Empty(Dependencies(folder.Combine($"OrleansExperiments.Protocol.{Version}.nupkg")));
        Assert.Contains("lib/net10.0/OrleansExperiments.Training.dll", Entries(folder.Combine($"OrleansExperiments.Training.{Version}.nupkg")));
    }

    // One MSBuild process packs both (MSBuild's start-up dominates); NoBuild: the test build already built them.
    private async Task Pack(params string[] projects)
    {
        var traversal = folder.Combine("pack.proj");
        var projectPaths = string.Join(";", projects.Select(project => Path.Combine(TestBuild.SourceRoot, project, project + ".csproj")));
        File.WriteAllText(traversal, $"""
            <Project>
              <Target Name="PackAll">
                <MSBuild Projects="{projectPaths}" Targets="Pack" Properties="NoBuild=true;Configuration={TestBuild.Configuration};PackageOutputPath={folder.Path}" />
              </Target>
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "msbuild", traversal, "-t:PackAll", "-nologo", "-nodeReuse:false", "-v:q" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"Packing {string.Join(", ", projects)} failed: {await output}{await error}");
    }

    private static Dictionary<string, string> Dependencies(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        var nuspec = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Descendants().Where(element => element.Name.LocalName == "dependency")
            .ToDictionary(element => element.Attribute("id")!.Value, element => element.Attribute("version")!.Value);
    }

    private static List<string> Entries(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }
}
