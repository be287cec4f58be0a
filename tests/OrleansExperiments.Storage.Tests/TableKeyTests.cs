using OrleansExperiments.Storage.Keys;

namespace OrleansExperiments.Storage.Tests;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("loss/train", "loss%2Ftrain")]
    [InlineData(@"a\b#c?d", "a%5Cb%23c%3Fd")]
    [InlineData("100%", "100%25")]
    [InlineData("a|b", "a%7Cb")]
    [InlineData("tab\there\u007f", "tab%09here%7F")]
    [InlineData("plain-name_1.0", "plain-name_1.0")]
    public void Forbidden_characters_the_separator_and_the_escape_are_percent_encoded(string part, string expected)
    {
        Assert.Equal(expected, TableKey.Compose("test key", ("part", part)));
    }

    [Fact]
    public void Different_parts_never_make_the_same_key()
    {
        var splitLate = TableKey.Compose("test key", ("first", "a|b"), ("second", "c"));
        var splitEarly = TableKey.Compose("test key", ("first", "a"), ("second", "b|c"));

        Assert.NotEqual(splitLate, splitEarly);
    }

    [Fact]
    public void Seeds_and_steps_are_padded_to_sort_numerically()
    {
        Assert.True(string.CompareOrdinal(TableKey.Seed(9), TableKey.Seed(10)) < 0);
        Assert.True(string.CompareOrdinal(TableKey.Step(99), TableKey.Step(long.MaxValue)) < 0);
    }
}
