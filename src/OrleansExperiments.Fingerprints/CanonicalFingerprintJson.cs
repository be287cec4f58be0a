using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrleansExperiments.Fingerprints;

/// <summary>The JSON form of a fingerprint's fields: a flat object of string members.</summary>
internal static class CanonicalFingerprintJson
{
    // Relaxed escaping keeps model names such as "Xeon(R) Gold 6338 @ 2.00GHz" readable; the output is
    // never embedded in HTML, and the escaping rules are fixed, so the hash stays stable.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Write(IEnumerable<KeyValuePair<string, string>> sortedFields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in sortedFields)
                writer.WriteString(name, value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static IEnumerable<KeyValuePair<string, string>> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new FormatException($"An environment fingerprint must be a JSON object of strings: {error.Message}", error);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new FormatException(
                    $"An environment fingerprint must be a JSON object of strings, not a JSON {document.RootElement.ValueKind}.");
            var fields = new List<KeyValuePair<string, string>>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in document.RootElement.EnumerateObject())
            {
                if (!names.Add(member.Name))
                    throw new FormatException($"Environment fingerprint field '{member.Name}' appears twice in the JSON.");
                if (member.Value.ValueKind != JsonValueKind.String)
                    throw new FormatException(
                        $"Environment fingerprint field '{member.Name}' must be a JSON string, not a JSON {member.Value.ValueKind}.");
                fields.Add(new(member.Name, member.Value.GetString()!));
            }
            return fields;
        }
    }
}
