namespace OrleansExperiments.Git;

/// <summary>
/// Bad input found by a git-level check (dirty tree, unknown ref, merge conflict, invalid name...).
/// The message says what is wrong and what to do; callers report it and run nothing (exit code 2).
/// </summary>
public sealed class GitRefusedException(GitRefusal reason, string message) : Exception(message)
{
    /// <summary>Which rule refused the input.</summary>
    public GitRefusal Reason { get; } = reason;
}
