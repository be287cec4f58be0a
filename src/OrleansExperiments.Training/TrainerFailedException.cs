using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training;

/// <summary>
/// Ends a run as a failure with a given exit code (<see cref="TrainerExitCodes"/>) and reason. The SDK
/// throws it for invalid results and unavailable devices; a trainer may throw it to fail on purpose.
/// </summary>
public class TrainerFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="exitCode">The process exit code, one of <see cref="TrainerExitCodes"/>.</param>
    /// <param name="reason">Why the run failed, as a sentence; it goes to the failure event and stderr.</param>
    public TrainerFailedException(int exitCode, string reason)
        : base(reason)
    {
        if (exitCode == TrainerExitCodes.Success)
            throw new ArgumentOutOfRangeException(nameof(exitCode), "A failed run cannot exit with the success code.");
        ExitCode = exitCode;
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}

/// <summary>A loss or metric was NaN or infinite: the run fails with <see cref="TrainerExitCodes.NonFiniteValue"/>.</summary>
public sealed class NonFiniteValueException : TrainerFailedException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The loss's or metric's name.</param>
    /// <param name="step">The step it was seen at, or null for a final metric.</param>
    /// <param name="value">The non-finite value.</param>
    public NonFiniteValueException(string name, long? step, double value)
        : base(TrainerExitCodes.NonFiniteValue, Describe(name, step, value))
    {
        Name = name;
        Step = step;
        Value = value;
    }

    /// <summary>The loss's or metric's name.</summary>
    public string Name { get; }

    /// <summary>The step, or null for a final metric.</summary>
    public long? Step { get; }

    /// <summary>The value: NaN or an infinity.</summary>
    public double Value { get; }

    private static string Describe(string name, long? step, double value) =>
        step is { } at
            ? $"The {name} became {value} at step {at}; training diverged (try a lower learning rate)."
            : $"The final metric {name} is {value}; a result must be finite.";
}
