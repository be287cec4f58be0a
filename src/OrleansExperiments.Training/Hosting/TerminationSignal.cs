using System.Runtime.InteropServices;

namespace OrleansExperiments.Training.Hosting;

/// <summary>
/// Turns SIGTERM and SIGINT into a cancellation the trainer observes at its next step, instead of
/// the runtime's immediate exit. A trainer that does not stop within the grace period is ended by
/// <c>onOverdue</c>.
/// </summary>
internal sealed class TerminationSignal : IDisposable
{
    private readonly CancellationTokenSource cancellation = new();
    private readonly PosixSignalRegistration[] registrations;
    private readonly TimeSpan gracePeriod;
    private readonly Action<string> onOverdue;
    private Timer? overdueTimer;

    public TerminationSignal(TimeSpan gracePeriod, Action<string> onOverdue)
    {
        this.gracePeriod = gracePeriod;
        this.onOverdue = onOverdue;
        registrations = [PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle), PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle)];
    }

    /// <summary>Cancelled when a signal arrives.</summary>
    public CancellationToken Token => cancellation.Token;

    /// <summary>The signal that arrived ("SIGTERM", "SIGINT"), or null.</summary>
    public string? Received { get; private set; }

    public void Dispose()
    {
        foreach (var registration in registrations)
            registration.Dispose();
        overdueTimer?.Dispose();
        cancellation.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // Cancel = true keeps the runtime from ending the process: the trainer stops at its next step.
        context.Cancel = true;
        if (Received is not null)
            return;
        Received = context.Signal.ToString();
        overdueTimer = new Timer(_ => onOverdue(Received), null, gracePeriod, Timeout.InfiniteTimeSpan);
        cancellation.Cancel();
    }
}
