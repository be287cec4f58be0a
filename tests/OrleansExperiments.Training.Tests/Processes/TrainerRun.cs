using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Tests.Processes;

/// <summary>A finished trainer process: its exit code, its stdout classified by the protocol, its stderr.</summary>
public sealed record TrainerRun(int ExitCode, IReadOnlyList<TrainerOutputLine> Lines, string StandardError)
{
    public IEnumerable<T> Events<T>() where T : TrainerEvent => Lines.OfType<EventLine>().Select(line => line.Event).OfType<T>();

    public ResultEvent? Result => Events<ResultEvent>().SingleOrDefault();

    public FailureEvent? Failure => Events<FailureEvent>().SingleOrDefault();

    public EnvironmentEvent Environment => Events<EnvironmentEvent>().Single();

    public IReadOnlyList<MetricEvent> Curve => Events<MetricEvent>().ToList();

    /// <summary>Asserts a failed run: the exit code, no result, and the reason in both the failure event and stderr.</summary>
    public void AssertFailed(int exitCode, string reasonPart)
    {
        Assert.True(ExitCode == exitCode, $"Expected exit code {exitCode}, got {ExitCode}. stderr: {StandardError}");
        Assert.Empty(Events<ResultEvent>());
        Assert.Empty(Lines.OfType<InvalidEventLine>());
        Assert.Contains(reasonPart, Assert.Single(Events<FailureEvent>()).Reason);
        Assert.Contains(reasonPart, StandardError);
    }
}
