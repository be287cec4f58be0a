using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Hosting;

/// <summary>Checks a trainer's final metrics before they become the one result event.</summary>
internal static class ResultValidation
{
    /// <summary>The result event for <paramref name="metrics"/>.</summary>
    /// <exception cref="TrainerFailedException">No metrics, an invalid name, or a required metric missing (<see cref="TrainerExitCodes.InvalidResult"/>).</exception>
    /// <exception cref="NonFiniteValueException">A metric is NaN or infinite.</exception>
    public static ResultEvent Validate(IReadOnlyDictionary<string, double>? metrics, IReadOnlyCollection<string>? required)
    {
        if (metrics is null || metrics.Count == 0)
            throw new TrainerFailedException(TrainerExitCodes.InvalidResult, "The trainer returned no final metrics.");
        foreach (var (name, value) in metrics)
        {
            if (!ProtocolName.IsValidMetric(name))
                throw new TrainerFailedException(TrainerExitCodes.InvalidResult, ProtocolName.DescribeMetric(name));
            if (!double.IsFinite(value))
                throw new NonFiniteValueException(name, step: null, value);
        }
        var missing = (required ?? []).Where(name => !metrics.ContainsKey(name)).ToList();
        if (missing.Count > 0)
            throw new TrainerFailedException(TrainerExitCodes.InvalidResult,
                $"The final metrics lack {string.Join(", ", missing)}, which the trainer declares (TrainerOptions.RequiredMetrics).");
        return new ResultEvent(new Dictionary<string, double>(metrics, StringComparer.Ordinal));
    }
}
