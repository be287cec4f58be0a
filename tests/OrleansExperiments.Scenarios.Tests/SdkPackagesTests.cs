using System.IO.Compression;
using System.Xml.Linq;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>The SDK is packed once per source content into a shared folder, under a content-addressed version.</summary>
[Collection(BuiltScenarioCollection.Name)]
public sealed class SdkPackagesTests
{
    [Fact]
    public async Task Packs_both_packages_once_under_a_version_named_after_the_sources()
    {
        var first = await SdkPackages.EnsurePackedAsync(TestPaths.RepositoryRoot, SdkPackages.SharedFolder);
        var training = Path.Combine(first.Folder, $"OrleansExperiments.Training.{first.Version}.nupkg");
        var protocol = Path.Combine(first.Folder, $"OrleansExperiments.Protocol.{first.Version}.nupkg");
        var packedAt = File.GetLastWriteTimeUtc(training);

        var second = await SdkPackages.EnsurePackedAsync(TestPaths.RepositoryRoot, SdkPackages.SharedFolder);

        Assert.Equal(first, second);
        Assert.Equal(packedAt, File.GetLastWriteTimeUtc(training));
        Assert.EndsWith($"-{SdkPackages.LocalVersionLabel}.{SdkSourceHash.Compute(TestPaths.RepositoryRoot)}", first.Version);
        Assert.True(File.Exists(protocol));
        Assert.Equal(first.Version, Dependencies(training)["OrleansExperiments.Protocol"]);
    }

    private static Dictionary<string, string> Dependencies(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        using var nuspec = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(nuspec).Descendants().Where(element => element.Name.LocalName == "dependency")
            .ToDictionary(element => element.Attribute("id")!.Value, element => element.Attribute("version")!.Value);
    }
}
