using System.Threading.Channels;
using OrleansExperiments.Protocol;
using OrleansExperiments.Storage;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Streams a run's metric points into Table storage in batched transactions while the trainer runs. The buffer is
/// bounded: a trainer that prints points faster than storage takes them loses the excess (counted), never the silo's
/// memory. Point keys are (name, step), so a retried attempt overwrites rather than duplicates.
/// </summary>
public sealed class MetricCurveWriter : IAsyncDisposable
{
    /// <summary>Points held in memory at most before new ones are dropped.</summary>
    public const int BufferCapacity = 100_000;

    /// <summary>Points written per storage round trip at most.</summary>
    public const int MaxPointsPerWrite = 2_000;

    private readonly Channel<MetricPoint> _points = Channel.CreateBounded<MetricPoint>(
        new BoundedChannelOptions(BufferCapacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly ResultStore _store;
    private readonly string _runId;
    private readonly Task _writer;
    private long _dropped;

    public MetricCurveWriter(ResultStore store, string runId)
    {
        _store = store;
        _runId = runId;
        _writer = Task.Run(WriteLoop);
    }

    /// <summary>Points that were not stored: the buffer was full or storage refused them.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Storage's last refusal, if any, for the run's record.</summary>
    public string? LastWriteError { get; private set; }

    public void Add(MetricEvent metric)
    {
        if (!_points.Writer.TryWrite(new MetricPoint(metric.Name, metric.Step, metric.Value)))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    private async Task WriteLoop()
    {
        var batch = new List<MetricPoint>(MaxPointsPerWrite);
        while (await _points.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxPointsPerWrite && _points.Reader.TryRead(out var point))
            {
                batch.Add(point);
            }
            // A trainer may report one (name, step) twice; one transaction may not hold a key twice: the last wins.
            var unique = batch.GroupBy(p => (p.Name, p.Step)).Select(g => g.Last()).ToList();
            try
            {
                await _store.AppendMetricPointsAsync(_runId, unique);
            }
            catch (Azure.RequestFailedException e)
            {
                Interlocked.Add(ref _dropped, unique.Count);
                LastWriteError = e.Message;
            }
            batch.Clear();
        }
    }

    /// <summary>Writes what is buffered and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _points.Writer.TryComplete();
        await _writer;
    }
}
