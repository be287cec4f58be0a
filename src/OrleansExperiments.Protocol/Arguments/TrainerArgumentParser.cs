using System.Globalization;

namespace OrleansExperiments.Protocol;

/// <summary>Reads the protocol's <c>--name value</c> pairs and collects every problem before failing.</summary>
internal static class TrainerArgumentParser
{
    private const string NamePrefix = "--";

    public static TrainerArguments Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var problems = new List<string>();
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var values = ReadPairs(arguments, problems, mentioned);

        foreach (var name in TrainerArgumentNames.All.Where(name => !mentioned.Contains(name)))
            problems.Add($"{name} is missing.");

        var seed = ParseSeed(values.GetValueOrDefault(TrainerArgumentNames.Seed), problems);
        var mode = ParseName(values.GetValueOrDefault(TrainerArgumentNames.Mode), "mode", problems);
        var profile = ParseName(values.GetValueOrDefault(TrainerArgumentNames.Profile), "profile", problems);
        var device = ParseDevice(values.GetValueOrDefault(TrainerArgumentNames.Device), problems);
        var output = ParseOutput(values.GetValueOrDefault(TrainerArgumentNames.Output), problems);

        if (problems.Count > 0)
            throw new TrainerArgumentException(problems);
        return new TrainerArguments(seed!.Value, mode!, profile!, device!.Value, output!);
    }

    private static Dictionary<string, string> ReadPairs(IReadOnlyList<string> arguments, List<string> problems, HashSet<string> mentioned)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < arguments.Count; index++)
        {
            var name = arguments[index];
            if (!name.StartsWith(NamePrefix, StringComparison.Ordinal))
            {
                problems.Add($"Unexpected value '{name}': arguments come in '--name value' pairs.");
                continue;
            }
            if (!TrainerArgumentNames.All.Contains(name))
            {
                problems.Add($"Unknown argument '{name}'.");
                if (HasValueAfter(arguments, index))
                    index++;
                continue;
            }
            mentioned.Add(name);
            if (!HasValueAfter(arguments, index))
            {
                problems.Add($"{name} needs a value.");
                continue;
            }
            var value = arguments[++index];
            if (!values.TryAdd(name, value))
                problems.Add($"{name} is given more than once.");
        }
        return values;
    }

    // A following token that starts with "--" is the next argument's name, not this one's value.
    private static bool HasValueAfter(IReadOnlyList<string> arguments, int index) =>
        index + 1 < arguments.Count && !arguments[index + 1].StartsWith(NamePrefix, StringComparison.Ordinal);

    private static int? ParseSeed(string? text, List<string> problems)
    {
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
            return seed;
        problems.Add($"{TrainerArgumentNames.Seed} '{text}' is not a non-negative 32-bit integer.");
        return null;
    }

    private static string? ParseName(string? text, string role, List<string> problems)
    {
        if (text is null)
            return null;
        if (ProtocolName.IsValid(text))
            return text;
        problems.Add(ProtocolName.Describe(text, role));
        return null;
    }

    private static TrainerDevice? ParseDevice(string? text, List<string> problems)
    {
        if (text is null)
            return null;
        if (TrainerDevice.TryParse(text, out var device))
            return device;
        problems.Add(TrainerDevice.DescribeInvalid(text));
        return null;
    }

    private static string? ParseOutput(string? text, List<string> problems)
    {
        if (text is null)
            return null;
        if (!string.IsNullOrWhiteSpace(text))
            return text;
        problems.Add($"{TrainerArgumentNames.Output} must name a folder.");
        return null;
    }
}
