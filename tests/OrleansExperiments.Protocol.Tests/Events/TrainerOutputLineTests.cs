using OrleansExperiments.Protocol;

namespace OrleansExperiments.Protocol.Tests.Events;

public sealed class TrainerOutputLineTests
{
    [Theory]
    [InlineData("")]
    [InlineData("epoch 3: loss 0.25")]
    [InlineData("{")]
    [InlineData("{not json at all")]
    [InlineData("""{"orlx":"metric",""")]
    [InlineData("""{"level":"info","message":"no orlx member"}""")]
    [InlineData("""{"nested":{"orlx":"metric"}}""")]
    [InlineData("""[{"orlx":"metric"}]""")]
    [InlineData("\"orlx\"")]
    [InlineData("""{"orlx":"metric"} trailing text""")]
    [InlineData("\u0000\u0001\uFFFD{}")]
    public void Anything_that_is_not_a_json_object_with_orlx_is_log_text(string line)
    {
        var classified = TrainerOutputLine.Classify(line);

        Assert.Equal(new LogLine(line), classified);
    }

    [Fact]
    public void Deeply_nested_garbage_is_log_text()
    {
        var line = "{\"orlx\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        Assert.IsType<LogLine>(TrainerOutputLine.Classify(line));
    }

    [Fact]
    public void Reads_an_event_with_surrounding_whitespace()
    {
        var classified = TrainerOutputLine.Classify("""  {"orlx":"metric","step":5,"name":"loss","value":1e-3}  """);

        Assert.Equal(new MetricEvent(5, "loss", 0.001), Assert.IsType<EventLine>(classified).Event);
    }

    [Fact]
    public void Keeps_unknown_environment_members_and_accepts_nulls()
    {
        var classified = TrainerOutputLine.Classify("""{"orlx":"environment","cuda":null,"threads":4,"python":"3.12","flags":[1,2]}""");

        var environment = (EnvironmentEvent)Assert.IsType<EventLine>(classified).Event;
        Assert.Null(environment.Cuda);
        Assert.Equal(4, environment.Threads);
        Assert.Equal("3.12", environment.Extra["python"]);
        Assert.Equal("[1,2]", environment.Extra["flags"]);
    }

    [Theory]
    [InlineData("""{"orlx":42}""", null, "must be a string")]
    [InlineData("""{"orlx":"progress","percent":3}""", "progress", "Unknown event kind 'progress'")]
    [InlineData("""{"orlx":"metric","name":"loss","value":1}""", "metric", "\"step\" member is missing")]
    [InlineData("""{"orlx":"metric","step":-1,"name":"loss","value":1}""", "metric", "non-negative integer")]
    [InlineData("""{"orlx":"metric","step":1.5,"name":"loss","value":1}""", "metric", "non-negative integer")]
    [InlineData("""{"orlx":"metric","step":1,"name":"val loss","value":1}""", "metric", "metric name 'val loss' is not valid")]
    [InlineData("""{"orlx":"metric","step":1,"name":"loss","value":"NaN"}""", "metric", "must be a finite number")]
    [InlineData("""{"orlx":"metric","step":1,"name":"loss","value":1e999}""", "metric", "must be a finite number")]
    [InlineData("""{"orlx":"metric","step":1,"name":7,"value":1}""", "metric", "\"name\" member must be a string")]
    [InlineData("""{"orlx":"result"}""", "result", "\"metrics\" member is missing")]
    [InlineData("""{"orlx":"result","metrics":[1]}""", "result", "must be an object")]
    [InlineData("""{"orlx":"result","metrics":{}}""", "result", "no metrics")]
    [InlineData("""{"orlx":"result","metrics":{"a":1,"a":2}}""", "result", "more than once")]
    [InlineData("""{"orlx":"result","metrics":{"a":null}}""", "result", "must be a finite number")]
    [InlineData("""{"orlx":"environment","threads":"four"}""", "environment", "integer or null")]
    [InlineData("""{"orlx":"environment","deterministic":"yes"}""", "environment", "true, false or null")]
    [InlineData("""{"orlx":"failure"}""", "failure", "\"reason\" member is missing")]
    public void An_object_with_orlx_that_breaks_the_rules_is_an_invalid_event(string line, string? kind, string problem)
    {
        var invalid = Assert.IsType<InvalidEventLine>(TrainerOutputLine.Classify(line));

        Assert.Equal(kind, invalid.Kind);
        Assert.Contains(problem, invalid.Problem);
        Assert.Equal(line, invalid.Text);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(1);
        const string alphabet = "{}[]\":,orlxmetricsteAZ0123456789.-e \\u";
        for (var attempt = 0; attempt < 2_000; attempt++)
        {
            var line = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.NotNull(TrainerOutputLine.Classify("{" + line));
        }
    }
}
