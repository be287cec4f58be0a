using System.Text.Json.Nodes;
using OrleansExperiments.Protocol.Manifest;
using static OrleansExperiments.Protocol.Tests.Manifest.ManifestSamples;

namespace OrleansExperiments.Protocol.Tests.Manifest;

/// <summary>The optional "buildInputs" member: the paths a build reads, which key the grid's build cache.</summary>
public class BuildInputsTests
{
    private static string WithBuildInputs(params JsonNode?[] inputs) => Changed(m => m["buildInputs"] = new JsonArray(inputs));

    [Fact]
    public void Absent_build_inputs_are_empty()
    {
        Assert.Empty(WorkloadManifest.Parse(DesignExample, Source).BuildInputs);
    }

    [Fact]
    public void Build_inputs_are_read_in_declared_order()
    {
        var manifest = WorkloadManifest.Parse(WithBuildInputs("trainer/Trainer.csproj", "trainer/src", "NuGet.config"), Source);

        Assert.Equal(["trainer/Trainer.csproj", "trainer/src", "NuGet.config"], manifest.BuildInputs);
    }

    [Fact]
    public void An_empty_list_says_to_list_paths_or_omit_the_member()
    {
        Assert.StartsWith("buildInputs: the list is empty; list the files and folders the build reads",
            SingleProblem(WithBuildInputs()));
    }

    [Fact]
    public void Build_inputs_must_be_a_list_of_strings()
    {
        Assert.Equal("buildInputs: must be a list of strings, not the string \"trainer\".",
            SingleProblem(Changed(m => m["buildInputs"] = "trainer")));
        Assert.Equal("buildInputs[1]: must be a string, not the number 7.", SingleProblem(WithBuildInputs("trainer", 7)));
    }

    [Theory]
    [InlineData("/trainer/src", "is absolute; write it relative to the repository root")]
    [InlineData("../shared/Build.props", "has a '..' segment; inputs must stay inside the repository")]
    [InlineData("trainer\\src", "contains a backslash; separate folders with '/'")]
    [InlineData("trainer/./src", "has an empty or '.' segment; write it as folder/file relative to the repository root")]
    public void A_build_input_must_be_a_relative_path_inside_the_repository(string path, string reason)
    {
        Assert.Equal($"buildInputs[1]: \"{path}\" {reason}", SingleProblem(WithBuildInputs("trainer/Trainer.csproj", path)));
    }

    [Fact]
    public void A_build_input_listed_twice_is_refused()
    {
        Assert.Equal("buildInputs[1]: \"trainer/src\" is listed twice; list each build input once.",
            SingleProblem(WithBuildInputs("trainer/src", "trainer/src")));
    }

    [Fact]
    public void Build_inputs_need_a_build()
    {
        var problem = SingleProblem(Changed(m =>
        {
            m.Remove("build");
            m["run"] = "python3 train.py";
            m["buildInputs"] = new JsonArray("train.py");
        }));

        Assert.Equal("buildInputs: lists what the build reads, but there is no \"build\"; add the build command or remove \"buildInputs\".", problem);
    }

    [Fact]
    public void A_misspelt_member_suggests_build_inputs()
    {
        Assert.StartsWith("buildInput: unknown member. Did you mean \"buildInputs\"?",
            SingleProblem(Changed(m => m["buildInput"] = new JsonArray("trainer"))));
    }
}
