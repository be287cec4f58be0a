using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Protocol.Tests.Manifest;

public class ManifestCommandTests
{
    [Fact]
    public void Expand_substitutes_out_in_every_argument()
    {
        var command = ManifestCommand.Parse("dotnet build -o {out} '-p:Dir={out}/obj'");

        Assert.True(command.UsesOut);
        Assert.Equal(["dotnet", "build", "-o", "/cache/ab12 x", "-p:Dir=/cache/ab12 x/obj"], command.Expand("/cache/ab12 x"));
        Assert.Equal(["dotnet", "build", "-o", "{out}", "-p:Dir={out}/obj"], command.Arguments);
    }

    [Fact]
    public void A_command_without_out_is_unchanged_by_expand()
    {
        var command = ManifestCommand.Parse("python3 train.py");

        Assert.False(command.UsesOut);
        Assert.Equal(["python3", "train.py"], command.Expand("/cache/ab12"));
        Assert.Equal("python3 train.py", command.Text);
    }

    [Fact]
    public void Braces_that_do_not_enclose_a_name_are_literal()
    {
        var command = ManifestCommand.Parse("train --config '{\"lr\": 0.1}' {}");

        Assert.Equal(["train", "--config", "{\"lr\": 0.1}", "{}"], command.Expand("/o"));
    }

    [Theory]
    [InlineData("train {seed}", "{seed}")]
    [InlineData("train {OUT}/x", "{OUT}")]
    [InlineData("train '{output}'", "{output}")]
    public void An_unknown_placeholder_is_refused(string commandLine, string placeholder)
    {
        var error = Assert.Throws<CommandLineException>(() => ManifestCommand.Parse(commandLine));

        Assert.StartsWith($"Unknown placeholder '{placeholder}'", error.Message);
        Assert.Contains("the only placeholder is {out}", error.Message);
    }

    [Fact]
    public void Expand_needs_a_folder()
    {
        Assert.Throws<ArgumentException>(() => ManifestCommand.Parse("train {out}").Expand(""));
    }
}
