using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Hosting;

/// <summary>
/// Writes protocol events, one line each, from any thread. The final event (a result or a failure)
/// closes it: after that nothing more is written, so a run never reports both.
/// </summary>
internal sealed class TrainerEventWriter(ProtocolOutput output)
{
    private readonly Lock gate = new();
    private bool closed;

    /// <summary>Writes a metric event, flushed within <see cref="ProtocolOutput.EventFlushInterval"/>; false when the run already ended.</summary>
    public bool WriteMetric(MetricEvent metric) => Write(metric, final: false, flushNow: false);

    /// <summary>Writes a non-final event at once; false when the run already ended.</summary>
    public bool Write(TrainerEvent trainerEvent) => Write(trainerEvent, final: false, flushNow: true);

    /// <summary>Writes the final event at once and closes; false when another final event came first.</summary>
    public bool WriteFinal(TrainerEvent trainerEvent) => Write(trainerEvent, final: true, flushNow: true);

    private bool Write(TrainerEvent trainerEvent, bool final, bool flushNow)
    {
        var line = TrainerEventJson.Serialize(trainerEvent);
        lock (gate)
        {
            if (closed)
                return false;
            output.WriteEventLine(line, flushNow);
            closed = final;
            return true;
        }
    }
}
