namespace OrleansExperiments.Scenarios;

/// <summary>A branch of a scenario repository: one commit on <c>main</c> whose effect is known in advance.</summary>
public sealed class ScenarioBranch
{
    internal ScenarioBranch(string name, string? targetMode, string description, IReadOnlyList<FileEdit> edits)
    {
        Name = name;
        TargetMode = targetMode;
        Description = description;
        Edits = edits;
    }

    /// <summary>The branch name, such as <c>exp/better-cnn</c>.</summary>
    public string Name { get; }

    /// <summary>The mode the change is aimed at, or null when it is not aimed at one mode.</summary>
    public string? TargetMode { get; }

    /// <summary>What the change does and its ground truth; also the commit message.</summary>
    public string Description { get; }

    /// <summary>The repository paths the commit changes, in order.</summary>
    public IReadOnlyList<string> ChangedPaths => [.. Edits.Select(edit => edit.Path).Distinct(StringComparer.Ordinal)];

    internal IReadOnlyList<FileEdit> Edits { get; }
}
