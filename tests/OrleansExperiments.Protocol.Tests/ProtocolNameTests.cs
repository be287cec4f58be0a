using OrleansExperiments.Protocol;

namespace OrleansExperiments.Protocol.Tests;

public sealed class ProtocolNameTests
{
    [Theory]
    [InlineData("mlp")]
    [InlineData("cnn")]
    [InlineData("val_accuracy")]
    [InlineData("fast-2")]
    [InlineData("0")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void Accepts_lower_case_letters_digits_underscores_and_dashes(string name)
    {
        Assert.True(ProtocolName.IsValid(name));
        ProtocolName.EnsureValid(name, "mode");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MLP")]
    [InlineData("_private")]
    [InlineData("-dash")]
    [InlineData("with space")]
    [InlineData("a/b")]
    [InlineData("a.b")]
    [InlineData("mlp\n")]
    [InlineData("é")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    public void Rejects_anything_else(string? name)
    {
        Assert.False(ProtocolName.IsValid(name));
        var error = Assert.Throws<ArgumentException>(() => ProtocolName.EnsureValid(name, "profile"));
        Assert.Contains("profile name", error.Message);
        Assert.Contains("lower-case letters", error.Message);
    }
}
