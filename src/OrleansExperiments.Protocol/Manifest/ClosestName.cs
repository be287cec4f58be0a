namespace OrleansExperiments.Protocol.Manifest;

/// <summary>Finds the known name a mistyped name most likely meant.</summary>
internal static class ClosestName
{
    // Two edits cover a dropped, doubled or swapped letter, the usual typos.
    private const int MaximumEdits = 2;

    public static string? Find(string name, IEnumerable<string> candidates) =>
        candidates
            .Select(candidate => (Candidate: candidate, Edits: EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(match => match.Edits <= MaximumEdits)
            .OrderBy(match => match.Edits)
            .Select(match => match.Candidate)
            .FirstOrDefault();

    // Levenshtein distance with one row of memory.
    private static int EditDistance(string left, string right)
    {
        var previous = Enumerable.Range(0, right.Length + 1).ToArray();
        for (var i = 1; i <= left.Length; i++)
        {
            var current = new int[right.Length + 1];
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous[right.Length];
    }
}
