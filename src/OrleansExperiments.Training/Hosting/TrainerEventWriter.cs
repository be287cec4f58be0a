using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Hosting;

/// <summary>
/// Writes protocol events to stdout, one line each, from any thread. The final event (a result or a
/// failure) closes it: after that nothing more is written, so a run never reports both.
/// </summary>
internal sealed class TrainerEventWriter(TextWriter output)
{
    private readonly Lock gate = new();
    private bool closed;

    /// <summary>Writes a non-final event; returns false when the run already ended.</summary>
    public bool Write(TrainerEvent trainerEvent) => Write(trainerEvent, final: false);

    /// <summary>Writes the final event and closes; returns false when another final event came first.</summary>
    public bool WriteFinal(TrainerEvent trainerEvent) => Write(trainerEvent, final: true);

    private bool Write(TrainerEvent trainerEvent, bool final)
    {
        var line = TrainerEventJson.Serialize(trainerEvent);
        lock (gate)
        {
            if (closed)
                return false;
            output.WriteLine(line);
            output.Flush();
            closed = final;
            return true;
        }
    }
}
