namespace OrleansExperiments.Git;

/// <summary>What a user-given ref named.</summary>
public enum RefKind
{
    /// <summary>A branch (<c>refs/heads/...</c>).</summary>
    Branch,
    /// <summary>A tag (<c>refs/tags/...</c>), peeled to its commit.</summary>
    Tag,
    /// <summary>A commit SHA, a detached <c>HEAD</c>, or another ref outside heads and tags.</summary>
    Commit,
}
