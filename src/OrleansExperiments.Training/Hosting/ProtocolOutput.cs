using System.Text;

namespace OrleansExperiments.Training.Hosting;

/// <summary>
/// The trainer's stdout while <see cref="TrainerHost"/> runs it, installed as <see cref="Console.Out"/>:
/// log text and protocol events share one stream in order. Log text is flushed at once, as Console does,
/// so the last lines before a crash reach the grid. Metric events are flushed at most every
/// <see cref="EventFlushInterval"/> (a pipe write per metric would cost more than a small training step),
/// final events at once. An event always starts on a line of its own, even after a Console.Write without
/// a line break (a progress display), so it is never mistaken for log text.
/// </summary>
internal sealed class ProtocolOutput : TextWriter
{
    /// <summary>How long a metric event may wait in the buffer.</summary>
    public static readonly TimeSpan EventFlushInterval = TimeSpan.FromMilliseconds(100);

    private const char LineBreak = '\n';
    private readonly StreamWriter stdout;
    private readonly Lock gate = new();
    private readonly Timer flushTimer;
    private bool atLineStart = true;
    private bool pending;

    public ProtocolOutput(Stream standardOutput)
    {
        stdout = new StreamWriter(standardOutput, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = false, NewLine = "\n" };
        flushTimer = new Timer(_ => FlushIfPending(), null, EventFlushInterval, EventFlushInterval);
    }

    public override Encoding Encoding => stdout.Encoding;

    /// <summary>Writes one event line; <paramref name="flushNow"/> for events that must not wait.</summary>
    public void WriteEventLine(string line, bool flushNow)
    {
        lock (gate)
        {
            if (!atLineStart)
                stdout.Write(LineBreak);
            stdout.Write(line);
            stdout.Write(LineBreak);
            atLineStart = true;
            if (flushNow)
                FlushLocked();
            else
                pending = true;
        }
    }

    public override void Write(char value)
    {
        lock (gate)
        {
            stdout.Write(value);
            atLineStart = value == LineBreak;
            FlushLocked();
        }
    }

    public override void Write(char[] buffer, int index, int count) => WriteText(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => WriteText(buffer);

    public override void Write(string? value) => WriteText(value);

    public override void WriteLine(string? value)
    {
        lock (gate)
        {
            stdout.Write(value);
            stdout.Write(CoreNewLine);
            atLineStart = true;
            FlushLocked();
        }
    }

    public override void Flush()
    {
        lock (gate)
            FlushLocked();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            flushTimer.Dispose();
            Flush();
        }
        base.Dispose(disposing);
    }

    private void WriteText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return;
        lock (gate)
        {
            stdout.Write(text);
            atLineStart = text[^1] == LineBreak;
            FlushLocked();
        }
    }

    private void FlushIfPending()
    {
        lock (gate)
            if (pending)
                FlushLocked();
    }

    private void FlushLocked()
    {
        stdout.Flush();
        pending = false;
    }
}
