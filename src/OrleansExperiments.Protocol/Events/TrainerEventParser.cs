using System.Text.Json;

namespace OrleansExperiments.Protocol;

/// <summary>Parses trainer output lines into events; see <see cref="TrainerOutputLine.Classify"/>.</summary>
internal static class TrainerEventParser
{
    private const char ObjectStart = '{';

    public static TrainerOutputLine Classify(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Most lines are plain log text: skip the JSON parser unless the line can be an object.
        if (!line.AsSpan().TrimStart().StartsWith([ObjectStart]))
            return new LogLine(line);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return new LogLine(line);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(TrainerEventNames.EventMember, out var kindElement))
                return new LogLine(line);
            if (kindElement.ValueKind != JsonValueKind.String)
                return new InvalidEventLine(line, null, $"The \"{TrainerEventNames.EventMember}\" member must be a string naming the event.");

            var kind = kindElement.GetString()!;
            try
            {
                return new EventLine(line, ReadEvent(kind, root));
            }
            catch (FormatException problem)
            {
                return new InvalidEventLine(line, kind, problem.Message);
            }
        }
    }

    private static TrainerEvent ReadEvent(string kind, JsonElement root) => kind switch
    {
        TrainerEventNames.Environment => ReadEnvironment(root),
        TrainerEventNames.Metric => ReadMetric(root),
        TrainerEventNames.Result => ReadResult(root),
        TrainerEventNames.Failure => new FailureEvent(ReadRequiredString(root, TrainerEventNames.Reason)),
        _ => throw new FormatException($"Unknown event kind '{kind}'."),
    };

    private static EnvironmentEvent ReadEnvironment(JsonElement root)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
            if (!EnvironmentEventMembers.Known.Contains(member.Name))
                extra[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();

        return new EnvironmentEvent
        {
            TorchSharp = ReadOptionalString(root, TrainerEventNames.TorchSharp),
            LibTorch = ReadOptionalString(root, TrainerEventNames.LibTorch),
            Device = ReadOptionalString(root, TrainerEventNames.Device),
            DeviceName = ReadOptionalString(root, TrainerEventNames.DeviceName),
            Cuda = ReadOptionalString(root, TrainerEventNames.Cuda),
            Cudnn = ReadOptionalString(root, TrainerEventNames.Cudnn),
            Threads = ReadOptionalInt(root, TrainerEventNames.Threads),
            Deterministic = ReadOptionalBoolean(root, TrainerEventNames.Deterministic),
            Tf32 = ReadOptionalBoolean(root, TrainerEventNames.Tf32),
            Extra = extra,
        };
    }

    private static MetricEvent ReadMetric(JsonElement root)
    {
        var step = Required(root, TrainerEventNames.Step);
        if (step.ValueKind != JsonValueKind.Number || !step.TryGetInt64(out var stepValue) || stepValue < 0)
            throw new FormatException($"The metric's \"{TrainerEventNames.Step}\" must be a non-negative integer; got {step.GetRawText()}.");
        var name = ReadMetricName(ReadRequiredString(root, TrainerEventNames.Name));
        return new MetricEvent(stepValue, name, ReadFiniteNumber(Required(root, TrainerEventNames.Value), name));
    }

    private static ResultEvent ReadResult(JsonElement root)
    {
        var metricsElement = Required(root, TrainerEventNames.Metrics);
        if (metricsElement.ValueKind != JsonValueKind.Object)
            throw new FormatException($"The result's \"{TrainerEventNames.Metrics}\" must be an object of metric names to numbers.");
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var member in metricsElement.EnumerateObject())
        {
            var name = ReadMetricName(member.Name);
            if (!metrics.TryAdd(name, ReadFiniteNumber(member.Value, name)))
                throw new FormatException($"The result names the metric '{name}' more than once.");
        }
        if (metrics.Count == 0)
            throw new FormatException("The result has no metrics.");
        return new ResultEvent(metrics);
    }

    private static string ReadMetricName(string name) =>
        ProtocolName.IsValidMetric(name) ? name : throw new FormatException(ProtocolName.DescribeMetric(name));

    private static double ReadFiniteNumber(JsonElement element, string metric)
    {
        // TryGetDouble accepts 1e999 as infinity: check finiteness explicitly.
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || !double.IsFinite(value))
            throw new FormatException($"The metric '{metric}' must be a finite number; got {element.GetRawText()}.");
        return value;
    }

    private static JsonElement Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) ? element : throw new FormatException($"The \"{name}\" member is missing.");

    private static string ReadRequiredString(JsonElement root, string name)
    {
        var element = Required(root, name);
        return element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new FormatException($"The \"{name}\" member must be a string; got {element.GetRawText()}.");
    }

    private static string? ReadOptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            return null;
        return element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw new FormatException($"The \"{name}\" member must be a string or null; got {element.GetRawText()}.");
    }

    private static int? ReadOptionalInt(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            return null;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw new FormatException($"The \"{name}\" member must be an integer or null; got {element.GetRawText()}.");
    }

    private static bool? ReadOptionalBoolean(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            return null;
        return element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"The \"{name}\" member must be true, false or null; got {element.GetRawText()}."),
        };
    }
}
