using OrleansExperiments.Grains.Workers;
using OrleansExperiments.Protocol;

namespace OrleansExperiments.Grains.Tests.Workers;

public sealed class TrainerEventCollectorTests
{
    private const string Result = """{"orlx":"result","metrics":{"val_accuracy":0.91,"val_loss":0.3}}""";

    private readonly List<MetricEvent> _points = [];
    private readonly TrainerEventCollector _collector;

    public TrainerEventCollectorTests() => _collector = new TrainerEventCollector(["val_accuracy", "val_loss"], _points.Add);

    [Fact]
    public void Exit_zero_with_one_complete_result_succeeds_and_metric_points_are_passed_on()
    {
        Feed("""{"orlx":"metric","step":1,"name":"loss","value":2.5}""", "epoch 1 done", Result);

        var (metrics, failure) = _collector.Conclude(Exit(0));

        Assert.Null(failure);
        Assert.Equal(0.91, metrics!["val_accuracy"]);
        Assert.Equal(0.3, metrics["val_loss"]);
        Assert.Equal([new MetricEvent(1, "loss", 2.5)], _points);
    }

    [Fact]
    public void Exit_zero_without_a_result_fails_and_quotes_the_log()
    {
        Feed("epoch 1 done", "saving checkpoint");

        var (metrics, failure) = _collector.Conclude(Exit(0));

        Assert.Null(metrics);
        Assert.Contains("exited with code 0 but printed no result event", failure);
        Assert.Contains("saving checkpoint", failure);
    }

    [Fact]
    public void Two_results_break_the_protocol()
    {
        Feed(Result, Result);

        var (metrics, failure) = _collector.Conclude(Exit(0));

        Assert.Null(metrics);
        Assert.Contains("more than one result event", failure);
    }

    [Fact]
    public void A_result_without_a_declared_metric_fails_and_names_it()
    {
        Feed("""{"orlx":"result","metrics":{"val_accuracy":0.91}}""");

        var (metrics, failure) = _collector.Conclude(Exit(0));

        Assert.Null(metrics);
        Assert.Contains("lacks the declared metric(s) val_loss", failure);
    }

    [Fact]
    public void A_non_zero_exit_fails_with_its_code_and_the_last_log_lines_stderr_included()
    {
        Feed([.. Enumerable.Range(1, 30).Select(i => $"log line {i}")]);
        _collector.OnStderr(["Traceback: CUDA out of memory"]);

        var (metrics, failure) = _collector.Conclude(Exit(1));

        Assert.Null(metrics);
        Assert.Contains("exited with code 1 (trainer error)", failure);
        Assert.Contains("log line 30", failure);
        Assert.Contains("Traceback: CUDA out of memory", failure);
        Assert.DoesNotContain("log line 21", failure);
    }

    [Fact]
    public void A_non_zero_exit_fails_even_after_a_valid_result_and_gives_the_trainers_own_reason()
    {
        Feed(Result, """{"orlx":"failure","reason":"loss became NaN at step 12"}""");

        var (metrics, failure) = _collector.Conclude(Exit(TrainerExitCodes.NonFiniteValue));

        Assert.Null(metrics);
        Assert.Contains("non-finite loss or metric", failure);
        Assert.Contains("loss became NaN at step 12", failure);
    }

    [Fact]
    public void A_killed_trainer_was_stopped()
    {
        var (_, failure) = _collector.Conclude(new TrainerExit(ExitCode: null, TimeSpan.FromSeconds(1), [], Cancelled: true));

        Assert.Contains("the trainer was stopped", failure);
    }

    [Fact]
    public void An_invalid_event_breaks_the_protocol_even_with_exit_zero()
    {
        Feed("""{"orlx":"metric","step":-1,"name":"loss","value":1}""", Result);

        var (metrics, failure) = _collector.Conclude(Exit(0));

        Assert.Null(metrics);
        Assert.Contains("broke the protocol", failure);
        Assert.Contains("invalid metric event", failure);
    }

    [Fact]
    public void The_environment_event_is_kept_once_and_says_whether_training_was_deterministic()
    {
        const string environment = """{"orlx":"environment","deterministic":true,"threads":1}""";
        Feed(environment, Result);

        Assert.Equal(environment, _collector.EnvironmentLine);
        Assert.True(_collector.Deterministic);
        Assert.Null(_collector.Conclude(Exit(0)).FailureReason);
    }

    [Fact]
    public void A_second_environment_event_breaks_the_protocol()
    {
        Feed("""{"orlx":"environment","deterministic":true}""", """{"orlx":"environment","deterministic":false}""", Result);

        Assert.Contains("more than one environment event", _collector.Conclude(Exit(0)).FailureReason);
    }

    private void Feed(params string[] lines)
    {
        foreach (var line in lines)
        {
            _collector.OnLine(line);
        }
    }

    private static TrainerExit Exit(int code) => new(code, TimeSpan.FromSeconds(1), [], Cancelled: false);
}
