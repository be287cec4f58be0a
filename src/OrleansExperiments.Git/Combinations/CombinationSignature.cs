using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// The fixed author, committer and time of combination commits. Nothing in a combination depends on who or
/// when, so the same baseline and changes always give the same commit SHA on every machine.
/// </summary>
public static class CombinationSignature
{
    /// <summary>Author and committer name.</summary>
    public const string Name = "orlx";

    /// <summary>Author and committer e-mail.</summary>
    public const string Email = "orlx@localhost";

    /// <summary>Author and committer time: 2000-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset When = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static Signature Create() => new(Name, Email, When);
}
