using OrleansExperiments.Protocol;

namespace OrleansExperiments.Protocol.Tests;

public sealed class TrainerArgumentsTests
{
    private static readonly string[] Complete = ["--seed", "7", "--mode", "cnn", "--profile", "fast", "--device", "cuda:1", "--output", "/tmp/run 7"];

    [Fact]
    public void Parses_every_argument()
    {
        var arguments = TrainerArguments.Parse(Complete);

        Assert.Equal(new TrainerArguments(7, "cnn", "fast", TrainerDevice.Cuda(1), "/tmp/run 7"), arguments);
    }

    [Fact]
    public void Accepts_the_arguments_in_any_order()
    {
        string[] shuffled = ["--output", "out", "--device", "cpu", "--profile", "full", "--mode", "mlp", "--seed", "0"];

        Assert.Equal(new TrainerArguments(0, "mlp", "full", TrainerDevice.Cpu, "out"), TrainerArguments.Parse(shuffled));
    }

    [Fact]
    public void Formats_arguments_that_parse_back_to_the_same_value()
    {
        var arguments = new TrainerArguments(int.MaxValue, "mlp", "full", TrainerDevice.Cuda(3), "/data/runs/x");

        var list = arguments.ToArgumentList();

        Assert.Equal(["--seed", "2147483647", "--mode", "mlp", "--profile", "full", "--device", "cuda:3", "--output", "/data/runs/x"], list);
        Assert.Equal(arguments, TrainerArguments.Parse(list));
    }

    [Theory]
    [InlineData("--seed")]
    [InlineData("--mode")]
    [InlineData("--profile")]
    [InlineData("--device")]
    [InlineData("--output")]
    public void Reports_a_missing_argument_by_name(string name)
    {
        var index = Array.IndexOf(Complete, name);
        var without = Complete.Where((_, position) => position != index && position != index + 1).ToArray();

        var error = Assert.Throws<TrainerArgumentException>(() => TrainerArguments.Parse(without));

        Assert.Equal([$"{name} is missing."], error.Problems);
    }

    [Fact]
    public void Reports_a_repeated_argument()
    {
        var error = Assert.Throws<TrainerArgumentException>(() => TrainerArguments.Parse([.. Complete, "--seed", "8"]));

        Assert.Equal(["--seed is given more than once."], error.Problems);
    }

    [Fact]
    public void Reports_an_unknown_argument()
    {
        var error = Assert.Throws<TrainerArgumentException>(() => TrainerArguments.Parse([.. Complete, "--epochs", "3"]));

        Assert.Equal(["Unknown argument '--epochs'."], error.Problems);
    }

    [Fact]
    public void Reports_a_value_without_a_name()
    {
        var error = Assert.Throws<TrainerArgumentException>(() => TrainerArguments.Parse([.. Complete, "stray"]));

        Assert.Equal(["Unexpected value 'stray': arguments come in '--name value' pairs."], error.Problems);
    }

    [Fact]
    public void Reports_a_name_without_a_value_once()
    {
        string[] arguments = ["--seed", "--mode", "mlp", "--profile", "fast", "--device", "cpu", "--output", "o"];

        var error = Assert.Throws<TrainerArgumentException>(() => TrainerArguments.Parse(arguments));

        Assert.Equal(["--seed needs a value."], error.Problems);
    }

    [Theory]
    [InlineData("--seed", "-1", "'-1' is not a non-negative 32-bit integer")]
    [InlineData("--seed", "1.5", "'1.5' is not a non-negative 32-bit integer")]
    [InlineData("--seed", "2147483648", "'2147483648' is not a non-negative 32-bit integer")]
    [InlineData("--seed", "seven", "'seven' is not a non-negative 32-bit integer")]
    [InlineData("--mode", "CNN", "mode name 'CNN' is not valid")]
    [InlineData("--profile", "fast/full", "profile name 'fast/full' is not valid")]
    [InlineData("--device", "gpu", "device 'gpu' is not valid")]
    [InlineData("--output", " ", "--output must name a folder")]
    public void Reports_a_malformed_value(string name, string value, string expected)
    {
        var arguments = (string[])Complete.Clone();
        arguments[Array.IndexOf(arguments, name) + 1] = value;

        var error = Assert.Throws<TrainerArgumentException>(() => TrainerArguments.Parse(arguments));

        Assert.Contains(expected, Assert.Single(error.Problems));
    }

    [Fact]
    public void Reports_every_problem_at_once_and_names_the_expected_arguments()
    {
        var error = Assert.Throws<TrainerArgumentException>(() => TrainerArguments.Parse(["--seed", "x", "--mode", "mlp", "--mode", "cnn", "--verbose"]));

        Assert.Equal(6, error.Problems.Count);
        Assert.Contains("--profile is missing.", error.Problems);
        Assert.Contains("A trainer takes exactly --seed <value> --mode <value> --profile <value> --device <value> --output <value>.", error.Message);
    }

    [Fact]
    public void Refuses_to_format_arguments_that_would_not_parse_back()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrainerArguments(-1, "mlp", "fast", TrainerDevice.Cpu, "o").ToArgumentList());
        Assert.Throws<ArgumentException>(() => new TrainerArguments(1, "Bad Mode", "fast", TrainerDevice.Cpu, "o").ToArgumentList());
        Assert.Throws<ArgumentException>(() => new TrainerArguments(1, "mlp", "fast", TrainerDevice.Cpu, "").ToArgumentList());
    }
}
