namespace OrleansExperiments.Scenarios;

/// <summary>
/// Replaces one exact piece of text in one template file. It fails when the text is not there exactly once, so a
/// template change that a scenario no longer fits is caught when the scenario is generated, not by a wrong result.
/// </summary>
internal sealed record FileEdit(string Path, string Find, string Replace)
{
    public string Apply(string text)
    {
        var first = text.IndexOf(Find, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(Find, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException(
                $"The scenario edit of {Path} expects to find this text exactly once, and found it {Count(text)} times: \"{Find}\". " +
                "The template changed; update the edit in ScenarioBranches.");
        return string.Concat(text.AsSpan(0, first), Replace, text.AsSpan(first + Find.Length));
    }

    private int Count(string text)
    {
        var count = 0;
        for (var index = text.IndexOf(Find, StringComparison.Ordinal); index >= 0; index = text.IndexOf(Find, index + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
