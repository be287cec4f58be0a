using OrleansExperiments.Protocol;

namespace OrleansExperiments.Protocol.Tests.Events;

public sealed class TrainerEventJsonTests
{
    [Fact]
    public void Writes_a_metric_with_orlx_first()
    {
        Assert.Equal("""{"orlx":"metric","step":12,"name":"train_loss","value":0.25}""",
            TrainerEventJson.Serialize(new MetricEvent(12, "train_loss", 0.25)));
    }

    [Fact]
    public void Writes_a_result()
    {
        var result = new ResultEvent(new Dictionary<string, double> { ["val_accuracy"] = 0.9, ["val_loss"] = 1 });

        Assert.Equal("""{"orlx":"result","metrics":{"val_accuracy":0.9,"val_loss":1}}""", TrainerEventJson.Serialize(result));
    }

    [Fact]
    public void Writes_a_failure_readably()
    {
        Assert.Equal("""{"orlx":"failure","reason":"The loss became NaN at step 3; it's \"diverged\"."}""",
            TrainerEventJson.Serialize(new FailureEvent("The loss became NaN at step 3; it's \"diverged\".")));
    }

    [Fact]
    public void Writes_an_environment_without_absent_members()
    {
        var environment = new EnvironmentEvent
        {
            TorchSharp = "0.107.0",
            LibTorch = "2.10.0",
            Device = "cpu",
            Threads = 1,
            Deterministic = true,
            Extra = new Dictionary<string, string> { ["nativePatch"] = "none" },
        };

        Assert.Equal("""{"orlx":"environment","torchsharp":"0.107.0","libtorch":"2.10.0","device":"cpu","threads":1,"deterministic":true,"nativePatch":"none"}""",
            TrainerEventJson.Serialize(environment));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Refuses_a_non_finite_number(double value)
    {
        var metric = Assert.Throws<ArgumentException>(() => TrainerEventJson.Serialize(new MetricEvent(1, "loss", value)));
        var result = Assert.Throws<ArgumentException>(() => TrainerEventJson.Serialize(new ResultEvent(new Dictionary<string, double> { ["loss"] = value })));

        Assert.Contains("non-finite", metric.Message);
        Assert.Contains("non-finite", result.Message);
    }

    [Fact]
    public void Refuses_invalid_names_negative_steps_empty_results_and_shadowing_extras()
    {
        Assert.Throws<ArgumentException>(() => TrainerEventJson.Serialize(new MetricEvent(1, "Train Loss", 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainerEventJson.Serialize(new MetricEvent(-1, "loss", 1)));
        Assert.Throws<ArgumentException>(() => TrainerEventJson.Serialize(new ResultEvent(new Dictionary<string, double>())));
        Assert.Throws<ArgumentException>(() => TrainerEventJson.Serialize(new EnvironmentEvent { Extra = new Dictionary<string, string> { ["threads"] = "4" } }));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0 / 3)]
    [InlineData(-2.5e-300)]
    [InlineData(double.Epsilon)]
    [InlineData(double.MaxValue)]
    [InlineData(-0.0)]
    [InlineData(0.30000001192092896)]
    public void Numbers_read_back_bit_for_bit(double value)
    {
        var line = TrainerEventJson.Serialize(new MetricEvent(0, "x", value));

        var metric = (MetricEvent)Assert.IsType<EventLine>(TrainerOutputLine.Classify(line)).Event;

        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(metric.Value));
    }

    [Fact]
    public void Every_event_reads_back_as_itself()
    {
        var environment = new EnvironmentEvent
        {
            TorchSharp = "0.107.0", LibTorch = "2.11.0+cu130", Device = "cuda:0", DeviceName = "NVIDIA H100", Cuda = "13.0", Cudnn = "9.10.2",
            Threads = 16, Deterministic = false, Tf32 = true, Extra = new Dictionary<string, string> { ["libtorchSource"] = "external" },
        };
        var metrics = new Dictionary<string, double> { ["a"] = 1, ["b"] = -2 };

        var read = new TrainerEvent[] { environment, new MetricEvent(3, "m", 4), new ResultEvent(metrics), new FailureEvent("why") }
            .Select(trainerEvent => Assert.IsType<EventLine>(TrainerOutputLine.Classify(TrainerEventJson.Serialize(trainerEvent))).Event)
            .ToList();

        Assert.Equal(environment with { Extra = environment.Extra }, (EnvironmentEvent)read[0] with { Extra = environment.Extra });
        Assert.Equal(environment.Extra, ((EnvironmentEvent)read[0]).Extra);
        Assert.Equal(new MetricEvent(3, "m", 4), read[1]);
        Assert.Equal(metrics, ((ResultEvent)read[2]).Metrics);
        Assert.Equal(new FailureEvent("why"), read[3]);
    }
}
