namespace OrleansExperiments.Git;

/// <summary>Finds names that look like a mistyped one, for "did you mean" hints.</summary>
internal static class SimilarNames
{
    /// <summary>How many suggestions a message lists at most.</summary>
    public const int MaxSuggestions = 5;

    /// <summary>Names whose edit distance is at most this fraction of the typed name's length (at least <see cref="MinDistance"/>) count as similar.</summary>
    private const double DistanceFraction = 0.34;

    private const int MinDistance = 2;

    /// <summary>The candidates closest to <paramref name="typed"/>, best first; a candidate that contains the typed name or its last segment also counts.</summary>
    public static IReadOnlyList<string> Find(string typed, IEnumerable<string> candidates)
    {
        var limit = Math.Max(MinDistance, (int)(typed.Length * DistanceFraction));
        var lastSegment = typed[(typed.LastIndexOf('/') + 1)..];
        return candidates
            .Select(c => (Name: c, Distance: EditDistance(typed, c)))
            .Where(c => c.Distance <= limit
                || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase)
                || (lastSegment.Length > 0 && c.Name.EndsWith(lastSegment, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
