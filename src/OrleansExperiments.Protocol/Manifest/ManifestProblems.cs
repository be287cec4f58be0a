using System.Text.Json;

namespace OrleansExperiments.Protocol.Manifest;

/// <summary>
/// Collects the problems of one manifest, each prefixed with the path of the member it is about
/// (<c>metrics.val_loss.goal</c>), and reads JSON members with the checks every member needs.
/// </summary>
internal sealed class ManifestProblems
{
    private readonly List<string> problems = [];

    public int Count => problems.Count;

    public IReadOnlyList<string> All => problems;

    public void Add(string path, string problem) => problems.Add($"{path}: {problem}");

    /// <summary>
    /// The members of <paramref name="element"/> by name; duplicates are problems, and so are names not in
    /// <paramref name="known"/> unless it is null (members named by the user, such as metrics).
    /// </summary>
    public Dictionary<string, JsonElement> Members(JsonElement element, string? path, IReadOnlyList<string>? known)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = Join(path, member.Name);
            if (!members.TryAdd(member.Name, member.Value))
                Add(memberPath, "appears twice; keep one.");
            else if (known is not null && !known.Contains(member.Name))
                Add(memberPath, UnknownMember(member.Name, known));
        }
        return members;
    }

    /// <summary>The string member <paramref name="name"/>; null (with a problem when required) if absent or not a string.</summary>
    public string? String(Dictionary<string, JsonElement> members, string? path, string name, string? missingAdvice)
    {
        var memberPath = Join(path, name);
        if (!members.TryGetValue(name, out var value))
        {
            if (missingAdvice is not null)
                Add(memberPath, $"missing; {missingAdvice}");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Add(memberPath, $"must be a string, not {Describe(value)}.");
            return null;
        }
        return value.GetString()!;
    }

    /// <summary>The array member <paramref name="name"/>'s strings with their paths; null if absent, not an array, or empty.</summary>
    public List<(string Path, string Value)>? NonEmptyStringArray(
        Dictionary<string, JsonElement> members, string? path, string name, string missingAdvice)
    {
        var memberPath = Join(path, name);
        if (!members.TryGetValue(name, out var value))
        {
            Add(memberPath, $"missing; {missingAdvice}");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(memberPath, $"must be a list of strings, not {Describe(value)}.");
            return null;
        }
        if (value.GetArrayLength() == 0)
        {
            Add(memberPath, $"the list is empty; {missingAdvice}");
            return null;
        }
        var items = new List<(string, string)>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{memberPath}[{index++}]";
            if (item.ValueKind == JsonValueKind.String)
                items.Add((itemPath, item.GetString()!));
            else
                Add(itemPath, $"must be a string, not {Describe(item)}.");
        }
        return items;
    }

    /// <summary>The values of <paramref name="items"/> that <paramref name="explainInvalid"/> accepts (null), each once; others are problems.</summary>
    public List<string> DistinctValid(List<(string Path, string Value)> items, Func<string, string?> explainInvalid, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = new List<string>();
        foreach (var (itemPath, value) in items)
        {
            var invalid = explainInvalid(value);
            if (invalid is not null)
                Add(itemPath, $"\"{value}\" {invalid}");
            else if (!seen.Add(value))
                Add(itemPath, $"\"{value}\" is listed twice; list each {what} once.");
            else
                valid.Add(value);
        }
        return valid;
    }

    public static string Join(string? path, string name) => path is null ? name : $"{path}.{name}";

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
        _ => "null",
    };

    private static string UnknownMember(string name, IReadOnlyList<string> known)
    {
        var suggestion = ClosestName.Find(name, known);
        var hint = suggestion is null ? "" : $" Did you mean \"{suggestion}\"?";
        return $"unknown member.{hint} The members here are {string.Join(", ", known)}; names are case-sensitive.";
    }
}
