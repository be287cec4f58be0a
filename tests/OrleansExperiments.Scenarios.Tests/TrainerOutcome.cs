using OrleansExperiments.Protocol;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>What one trainer process did: exit code, events, and how long it took from start to exit.</summary>
public sealed record TrainerOutcome(int ExitCode, IReadOnlyList<TrainerEvent> Events, string StandardError, TimeSpan WallClock)
{
    public ResultEvent? Result => Events.OfType<ResultEvent>().SingleOrDefault();

    public FailureEvent? Failure => Events.OfType<FailureEvent>().SingleOrDefault();

    /// <summary>Every curve point, in order.</summary>
    public IReadOnlyList<MetricEvent> Curves => [.. Events.OfType<MetricEvent>()];

    /// <summary>The final value of <paramref name="metric"/>; fails the test if the run did not succeed.</summary>
    public double Metric(string metric)
    {
        Assert.True(ExitCode == 0 && Result is not null, $"The run failed (exit code {ExitCode}): {Failure?.Reason}{Environment.NewLine}{StandardError}");
        return Result.Metrics[metric];
    }
}
