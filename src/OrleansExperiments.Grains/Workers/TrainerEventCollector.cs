using System.Collections.Immutable;
using OrleansExperiments.Protocol;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Follows one trainer's stdout through the protocol: keeps the environment event's line, passes metric points on,
/// keeps the result, remembers protocol violations and the log tail, and at exit decides success or the reason for
/// failure.
/// </summary>
public sealed class TrainerEventCollector(IReadOnlyCollection<string> declaredMetrics, Action<MetricEvent> onMetric)
{
    private readonly LogTail _log = new(TrainerProcess.LogTailLines);
    private readonly List<string> _violations = [];
    private ResultEvent? _result;
    private string? _failureReason;

    /// <summary>The raw line of the environment event, merged into the run's fingerprint.</summary>
    public string? EnvironmentLine { get; private set; }

    public bool Deterministic { get; private set; }

    public void OnLine(string line)
    {
        switch (TrainerOutputLine.Classify(line))
        {
            case LogLine log:
                _log.Add(log.Text);
                break;
            case InvalidEventLine invalid:
                _violations.Add($"invalid {invalid.Kind ?? "event"} event: {invalid.Problem}");
                break;
            case EventLine { Event: MetricEvent metric }:
                onMetric(metric);
                break;
            case EventLine { Event: EnvironmentEvent environment }:
                if (EnvironmentLine is not null)
                {
                    _violations.Add("more than one environment event (at most one is allowed)");
                }
                EnvironmentLine ??= line;
                Deterministic = environment.Deterministic ?? false;
                break;
            case EventLine { Event: ResultEvent result }:
                if (_result is not null)
                {
                    _violations.Add("more than one result event (exactly one is required)");
                }
                _result ??= result;
                break;
            case EventLine { Event: FailureEvent failure }:
                _failureReason ??= failure.Reason;
                break;
        }
    }

    /// <summary>The run's metrics if the trainer succeeded by the protocol's rules, else the reason it did not.</summary>
    public (ImmutableDictionary<string, double>? Metrics, string? FailureReason) Conclude(TrainerExit exit)
    {
        if (exit.ExitCode != TrainerExitCodes.Success)
        {
            var code = exit.ExitCode is { } value ? $"exited with code {value} ({TrainerExitCodes.Describe(value)})" : "was stopped";
            return (null, $"the trainer {code}{Detail()}");
        }
        if (_violations.Count > 0)
        {
            return (null, $"the trainer broke the protocol: {string.Join("; ", _violations)}");
        }
        if (_result is null)
        {
            return (null, $"the trainer exited with code 0 but printed no result event{Detail()}");
        }
        var missing = declaredMetrics.Where(m => !_result.Metrics.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            return (null, $"the result event lacks the declared metric(s) {string.Join(", ", missing)}");
        }
        var nonFinite = _result.Metrics.Where(m => !double.IsFinite(m.Value)).Select(m => m.Key).ToList();
        if (nonFinite.Count > 0)
        {
            return (null, $"the result has non-finite value(s) for {string.Join(", ", nonFinite)}");
        }
        return (_result.Metrics.ToImmutableDictionary(), null);
    }

    private string Detail()
    {
        var lines = _log.Lines.TakeLast(FailureLogLines).ToList();
        var reason = _failureReason is null ? "" : $": {_failureReason}";
        return lines.Count == 0 ? reason : $"{reason}; last log lines:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }

    /// <summary>Log lines quoted in a failure reason.</summary>
    private const int FailureLogLines = 10;

    /// <summary>Stderr lines count as log lines for the failure reason.</summary>
    public void OnStderr(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            _log.Add(line);
        }
    }
}
