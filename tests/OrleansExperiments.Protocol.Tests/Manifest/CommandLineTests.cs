using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Protocol.Tests.Manifest;

public class CommandLineTests
{
    [Theory]
    [InlineData("dotnet build -c Release", new[] { "dotnet", "build", "-c", "Release" })]
    [InlineData("  dotnet \t run  ", new[] { "dotnet", "run" })]
    [InlineData("python3 'my trainer.py' --name 'a \"b\"'", new[] { "python3", "my trainer.py", "--name", "a \"b\"" })]
    [InlineData("echo \"two words\" \"say \\\"hi\\\"\"", new[] { "echo", "two words", "say \"hi\"" })]
    [InlineData("echo \"a\\\\b\" \"c\\d\"", new[] { "echo", "a\\b", "c\\d" })]
    [InlineData("echo \"\\$HOME\" '$HOME' \\$HOME", new[] { "echo", "$HOME", "$HOME", "$HOME" })]
    [InlineData("echo my\\ file a\\|b", new[] { "echo", "my file", "a|b" })]
    [InlineData("echo 'a'\"b\"c", new[] { "echo", "abc" })]
    [InlineData("echo '' \"\"", new[] { "echo", "", "" })]
    [InlineData("echo 'a|b;c&d>e' \"*?\"", new[] { "echo", "a|b;c&d>e", "*?" })]
    [InlineData("train --lr=0.1 a#b c~d {out}/x", new[] { "train", "--lr=0.1", "a#b", "c~d", "{out}/x" })]
    [InlineData("train \\\n  --fast", new[] { "train", "--fast" })]
    [InlineData("train '\n'", new[] { "train", "\n" })]
    public void Splits_like_a_posix_shell(string commandLine, string[] expected)
    {
        Assert.Equal(expected, CommandLine.Split(commandLine));
    }

    [Theory]
    [InlineData("train | tee log", '|')]
    [InlineData("train && eval", '&')]
    [InlineData("train &", '&')]
    [InlineData("train; eval", ';')]
    [InlineData("train > log", '>')]
    [InlineData("train < input", '<')]
    [InlineData("train $SEED", '$')]
    [InlineData("train `date`", '`')]
    [InlineData("(train)", '(')]
    [InlineData("train data/*.bin", '*')]
    [InlineData("train data/?.bin", '?')]
    [InlineData("train data/[ab].bin", '[')]
    [InlineData("! train", '!')]
    [InlineData("train # comment", '#')]
    [InlineData("train ~/data", '~')]
    public void Refuses_unquoted_shell_characters_and_says_to_write_a_script(string commandLine, char character)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Split(commandLine));

        Assert.StartsWith($"'{character}' at position {commandLine.IndexOf(character) + 1} is a shell feature.", error.Message);
        Assert.Contains("without a shell", error.Message);
        Assert.Contains("script file", error.Message);
    }

    [Fact]
    public void Refuses_an_unquoted_line_break()
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Split("train\neval"));

        Assert.StartsWith("A line break at position 6 is a shell feature.", error.Message);
    }

    [Theory]
    [InlineData("echo \"$HOME\"", '$')]
    [InlineData("echo \"`date`\"", '`')]
    public void Refuses_expansions_inside_double_quotes(string commandLine, char character)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Split(commandLine));

        Assert.StartsWith($"'{character}' at position 7 would be expanded by a shell even inside double quotes.", error.Message);
    }

    [Fact]
    public void Refuses_a_leading_environment_assignment()
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Split("OMP_NUM_THREADS=1 dotnet run"));

        Assert.StartsWith("The command starts with an environment assignment (NAME=value), which needs a shell.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_an_empty_command(string commandLine)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Split(commandLine));

        Assert.Equal("The command is empty; write the program to start and its arguments.", error.Message);
    }

    [Theory]
    [InlineData("echo 'abc", "The single quote at position 6 is never closed; add the closing '.")]
    [InlineData("echo \"abc", "The double quote at position 6 is never closed; add the closing \".")]
    [InlineData("echo abc\\", "The command ends with a backslash that escapes nothing; remove it or quote it ('\\').")]
    public void Refuses_unterminated_quotes_and_escapes(string commandLine, string message)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Split(commandLine));

        Assert.Equal(message, error.Message);
    }
}
