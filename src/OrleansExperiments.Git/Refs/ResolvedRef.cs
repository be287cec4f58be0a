namespace OrleansExperiments.Git;

/// <summary>A user-given ref resolved to a commit.</summary>
/// <param name="Input">What the user typed (for messages).</param>
/// <param name="Kind">Whether it named a branch, a tag or a commit.</param>
/// <param name="Name">The branch or tag name without <c>refs/heads/</c> or <c>refs/tags/</c>; the full SHA for a commit.</param>
/// <param name="Commit">The full SHA of the commit it points at.</param>
public sealed record ResolvedRef(string Input, RefKind Kind, string Name, string Commit)
{
    /// <summary>The canonical ref name (<c>refs/heads/x</c> or <c>refs/tags/x</c>), or null for a commit.</summary>
    public string? CanonicalName => Kind switch
    {
        RefKind.Branch => RefResolver.BranchPrefix + Name,
        RefKind.Tag => RefResolver.TagPrefix + Name,
        _ => null,
    };
}
