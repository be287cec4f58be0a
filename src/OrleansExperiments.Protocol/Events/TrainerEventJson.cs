using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrleansExperiments.Protocol;

/// <summary>Writes trainer events as single JSON lines, <c>"orlx"</c> first.</summary>
public static class TrainerEventJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The lines go to a log and a pipe, never into HTML: keep quotes and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The event as one line of JSON, without a line break.</summary>
    /// <exception cref="ArgumentException">
    /// A number is NaN or infinite (JSON cannot carry it), a name is not a <see cref="ProtocolName"/>,
    /// a step is negative, or a result has no metrics.
    /// </exception>
    public static string Serialize(TrainerEvent trainerEvent)
    {
        ArgumentNullException.ThrowIfNull(trainerEvent);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(TrainerEventNames.EventMember, trainerEvent.Kind);
            switch (trainerEvent)
            {
                case EnvironmentEvent environment: WriteEnvironment(writer, environment); break;
                case MetricEvent metric: WriteMetric(writer, metric); break;
                case ResultEvent result: WriteResult(writer, result); break;
                case FailureEvent failure: writer.WriteString(TrainerEventNames.Reason, failure.Reason); break;
                default: throw new ArgumentException($"Unknown event type {trainerEvent.GetType().Name}.", nameof(trainerEvent));
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteEnvironment(Utf8JsonWriter writer, EnvironmentEvent environment)
    {
        WriteIfPresent(writer, TrainerEventNames.TorchSharp, environment.TorchSharp);
        WriteIfPresent(writer, TrainerEventNames.LibTorch, environment.LibTorch);
        WriteIfPresent(writer, TrainerEventNames.Device, environment.Device);
        WriteIfPresent(writer, TrainerEventNames.DeviceName, environment.DeviceName);
        WriteIfPresent(writer, TrainerEventNames.Cuda, environment.Cuda);
        WriteIfPresent(writer, TrainerEventNames.Cudnn, environment.Cudnn);
        if (environment.Threads is { } threads)
            writer.WriteNumber(TrainerEventNames.Threads, threads);
        if (environment.Deterministic is { } deterministic)
            writer.WriteBoolean(TrainerEventNames.Deterministic, deterministic);
        if (environment.Tf32 is { } tf32)
            writer.WriteBoolean(TrainerEventNames.Tf32, tf32);
        foreach (var (name, value) in environment.Extra)
        {
            if (EnvironmentEventMembers.Known.Contains(name))
                throw new ArgumentException($"The environment event's extra member '{name}' has a property of its own: set that property instead.", nameof(environment));
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    private static void WriteMetric(Utf8JsonWriter writer, MetricEvent metric)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(metric.Step);
        ProtocolName.EnsureValidMetric(metric.Name);
        EnsureFinite(metric.Name, metric.Value);
        writer.WriteNumber(TrainerEventNames.Step, metric.Step);
        writer.WriteString(TrainerEventNames.Name, metric.Name);
        writer.WriteNumber(TrainerEventNames.Value, metric.Value);
    }

    private static void WriteResult(Utf8JsonWriter writer, ResultEvent result)
    {
        if (result.Metrics.Count == 0)
            throw new ArgumentException("A result event needs at least one metric.", nameof(result));
        writer.WriteStartObject(TrainerEventNames.Metrics);
        foreach (var (name, value) in result.Metrics)
        {
            ProtocolName.EnsureValidMetric(name);
            EnsureFinite(name, value);
            writer.WriteNumber(name, value);
        }
        writer.WriteEndObject();
    }

    private static void EnsureFinite(string name, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"The metric '{name}' is {value}: JSON cannot carry a non-finite number, and the protocol treats it as a failed run.", nameof(value));
    }
}
