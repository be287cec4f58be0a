namespace OrleansExperiments.Scenarios.Tests;

public class FileEditTests
{
    [Fact]
    public void Replaces_the_text_where_it_is()
    {
        Assert.Equal("a = 2;\nb = 1;", new FileEdit("x.cs", "a = 1;", "a = 2;").Apply("a = 1;\nb = 1;"));
    }

    [Theory]
    [InlineData("b = 2;", 0)]
    [InlineData("a = 1; a = 1;", 2)]
    public void Fails_unless_the_text_is_there_exactly_once(string text, int found)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FileEdit("trainer/x.cs", "a = 1;", "a = 2;").Apply(text));

        Assert.StartsWith($"The scenario edit of trainer/x.cs expects to find this text exactly once, and found it {found} times: \"a = 1;\".", error.Message);
    }
}
