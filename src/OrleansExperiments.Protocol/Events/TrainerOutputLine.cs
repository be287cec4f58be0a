namespace OrleansExperiments.Protocol;

/// <summary>
/// One line of a trainer's stdout, classified: a line that is a JSON object with an <c>"orlx"</c> member
/// is an event (<see cref="EventLine"/>, or <see cref="InvalidEventLine"/> when it breaks the event's
/// rules); anything else, including malformed JSON, is log text (<see cref="LogLine"/>).
/// </summary>
/// <param name="Text">The line as the trainer printed it, without the line break.</param>
public abstract record TrainerOutputLine(string Text)
{
    /// <summary>Classifies one line. Never throws for any text: garbage is log text.</summary>
    public static TrainerOutputLine Classify(string line) => TrainerEventParser.Classify(line);
}

/// <summary>Log text: anything that is not a JSON object with an <c>"orlx"</c> member.</summary>
public sealed record LogLine(string Text) : TrainerOutputLine(Text);

/// <summary>A well-formed event.</summary>
/// <param name="Text">The line.</param>
/// <param name="Event">The event it carries.</param>
public sealed record EventLine(string Text, TrainerEvent Event) : TrainerOutputLine(Text);

/// <summary>
/// A JSON object with an <c>"orlx"</c> member that is not a valid event: an unknown kind, a missing or
/// mistyped member, a non-finite or out-of-range number, an invalid name. The grid decides what it means;
/// an invalid <c>result</c> should fail the run.
/// </summary>
/// <param name="Text">The line.</param>
/// <param name="Kind">The <c>"orlx"</c> member's value when it is a string; otherwise null.</param>
/// <param name="Problem">What is wrong, in one sentence.</param>
public sealed record InvalidEventLine(string Text, string? Kind, string Problem) : TrainerOutputLine(Text);
