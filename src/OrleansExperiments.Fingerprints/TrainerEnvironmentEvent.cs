using System.Text.Json;

namespace OrleansExperiments.Fingerprints;

/// <summary>
/// Turns the trainer's <c>{"orlx":"environment", ...}</c> event into fingerprint fields. Every scalar
/// member becomes a field; nested objects flatten with dots (<c>cuda.runtime</c>) and arrays with indexes
/// (<c>flags.0</c>). Well-known keys map onto <see cref="FingerprintFields"/> (<see cref="KeyMapping"/>),
/// other keys become <c>trainer.&lt;path&gt;</c>, and volatile keys (<see cref="ExcludedKeys"/>) are dropped.
/// </summary>
public static class TrainerEnvironmentEvent
{
    /// <summary>The member that names an event.</summary>
    public const string EventMember = "orlx";

    /// <summary>The value of <see cref="EventMember"/> for this event.</summary>
    public const string EventName = "environment";

    /// <summary>The key that names the device the trainer ran on (<c>cpu</c>, <c>cuda:1</c>).</summary>
    public const string DeviceKey = "device";

    /// <summary>The key that names the device's model; it is the GPU model when the device is CUDA.</summary>
    public const string DeviceNameKey = "deviceName";

    private const string CudaDeviceKind = "cuda";
    private const char DeviceIndexSeparator = ':';

    /// <summary>Trainer keys (dotted paths) that have a well-known field name.</summary>
    public static IReadOnlyDictionary<string, string> KeyMapping { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["torchsharp"] = FingerprintFields.TorchSharp,
        ["libtorch"] = FingerprintFields.Libtorch,
        ["cuda"] = FingerprintFields.CudaRuntime,
        ["cudnn"] = FingerprintFields.Cudnn,
        ["threads"] = FingerprintFields.Threads,
        ["deterministic"] = FingerprintFields.Deterministic,
        ["tf32"] = FingerprintFields.Tf32,
    };

    /// <summary>
    /// Keys whose values change from run to run, not with the environment, matched case-insensitively
    /// against the last segment of a path: they would split one environment into many fingerprints.
    /// </summary>
    public static IReadOnlySet<string> ExcludedKeys { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        EventMember, "pid", "time", "timestamp", "startedAt", "seed", "output", "outputPath", "outputFolder",
        "deviceIndex", "cwd", "workingDirectory",
    };

    /// <summary><paramref name="hostFingerprint"/> with the event's fields set; the trainer's values win.</summary>
    public static EnvironmentFingerprint Merge(EnvironmentFingerprint hostFingerprint, JsonElement environmentEvent) =>
        hostFingerprint.With(ToFields(environmentEvent));

    /// <summary>The fingerprint fields of one environment event line.</summary>
    /// <exception cref="FormatException">The line is not an environment event.</exception>
    public static IReadOnlyDictionary<string, string> ToFields(string eventLine)
    {
        try
        {
            using var document = JsonDocument.Parse(eventLine);
            return ToFields(document.RootElement);
        }
        catch (JsonException error)
        {
            throw new FormatException($"The trainer's environment event is not valid JSON: {error.Message}", error);
        }
    }

    /// <summary>The fingerprint fields of a parsed environment event.</summary>
    /// <exception cref="FormatException">The element is not an environment event.</exception>
    public static IReadOnlyDictionary<string, string> ToFields(JsonElement environmentEvent)
    {
        if (environmentEvent.ValueKind != JsonValueKind.Object ||
            !environmentEvent.TryGetProperty(EventMember, out var name) ||
            name.ValueKind != JsonValueKind.String || name.GetString() != EventName)
            throw new FormatException($"Expected a JSON object with \"{EventMember}\":\"{EventName}\"; got {Shorten(environmentEvent.GetRawText())}.");

        var flattened = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(environmentEvent, prefix: null, flattened);
        var onCuda = flattened.TryGetValue(DeviceKey, out var device) && DeviceKind(device) == CudaDeviceKind;

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, value) in flattened)
        {
            if (path == DeviceKey)
                fields[FingerprintFields.Device] = DeviceKind(value);
            else if (path == DeviceNameKey && onCuda)
                fields[FingerprintFields.GpuModel] = value;
            else
                fields[KeyMapping.GetValueOrDefault(path) ?? FingerprintFields.Trainer(path)] = value;
        }
        return fields;
    }

    private static void Flatten(JsonElement element, string? prefix, Dictionary<string, string> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                    if (!ExcludedKeys.Contains(member.Name))
                        Flatten(member.Value, Join(prefix, member.Name), fields);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Flatten(item, Join(prefix, (index++).ToString(System.Globalization.CultureInfo.InvariantCulture)), fields);
                break;
            default:
                fields[prefix!] = ScalarText(element);
                break;
        }
    }

    private static string ScalarText(JsonElement scalar) => scalar.ValueKind switch
    {
        JsonValueKind.String => scalar.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        // A trainer that reports a library as null does not have it.
        JsonValueKind.Null => FingerprintValues.None,
        _ => scalar.GetRawText(),
    };

    // "cuda:1" → "cuda": which GPU of a host ran the job is a slot, not an environment.
    private static string DeviceKind(string device)
    {
        var separator = device.IndexOf(DeviceIndexSeparator);
        return separator < 0 ? device : device[..separator];
    }

    private static string Join(string? prefix, string name) => prefix is null ? name : $"{prefix}.{name}";

    private static string Shorten(string text)
    {
        const int maximumLength = 120;
        return text.Length <= maximumLength ? text : text[..maximumLength] + "…";
    }
}
