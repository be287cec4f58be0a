namespace OrleansExperiments.Git;

/// <summary>A merge commit of a baseline and some change branches, as made by <see cref="Mirror.CombineAsync"/>.</summary>
/// <param name="Commit">The merge commit's full SHA.</param>
/// <param name="RefName">The ref that keeps it alive: <c>refs/orlx/combinations/&lt;sha&gt;</c>.</param>
public sealed record Combination(string Commit, string RefName)
{
    /// <summary>Namespace of the refs that keep combination commits from being garbage-collected.</summary>
    public const string RefPrefix = "refs/orlx/combinations/";
}
