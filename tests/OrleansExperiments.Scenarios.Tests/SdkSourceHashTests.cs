namespace OrleansExperiments.Scenarios.Tests;

public sealed class SdkSourceHashTests : IDisposable
{
    private readonly TemporaryFolder root = new();

    public SdkSourceHashTests()
    {
        foreach (var project in SdkSourceHash.Projects)
            Write($"src/{project}/{project}.csproj", "<Project />");
        Write("Directory.Build.props", "<Project />");
    }

    public void Dispose() => root.Dispose();

    [Fact]
    public void Changes_when_a_source_or_a_root_build_file_changes()
    {
        var before = SdkSourceHash.Compute(root.Path);
        Write("src/OrleansExperiments.Training/TrainerHost.cs", "class TrainerHost;");
        var withSource = SdkSourceHash.Compute(root.Path);
        Write("Directory.Build.props", "<Project><PropertyGroup /></Project>");

        Assert.Equal(SdkSourceHash.Length, before.Length);
        Assert.NotEqual(before, withSource);
        Assert.NotEqual(withSource, SdkSourceHash.Compute(root.Path));
    }

    [Fact]
    public void Ignores_build_outputs()
    {
        var before = SdkSourceHash.Compute(root.Path);
        Write("src/OrleansExperiments.Protocol/bin/Release/x.dll", "binary");
        Write("src/OrleansExperiments.Training/obj/project.assets.json", "{}");

        Assert.Equal(before, SdkSourceHash.Compute(root.Path));
    }

    [Fact]
    public void A_folder_without_the_projects_is_refused()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => SdkSourceHash.Compute(root.Combine("src")));

        Assert.Contains("pass the root of an OrleansExperiments source checkout", error.Message);
    }

    private void Write(string path, string text)
    {
        var full = root.Combine(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
