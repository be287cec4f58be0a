using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Resolves branch names, tag names, full ref names and full or short SHAs to commits in one repository.
/// A name that is both a branch and a tag is refused as ambiguous rather than guessed.
/// </summary>
internal static class RefResolver
{
    /// <summary>Prefix of branch refs.</summary>
    public const string BranchPrefix = "refs/heads/";

    /// <summary>Prefix of tag refs.</summary>
    public const string TagPrefix = "refs/tags/";

    /// <summary>Shortest abbreviated SHA accepted (git's own minimum).</summary>
    public const int MinShortShaLength = 4;

    /// <summary>Resolves <paramref name="input"/> in <paramref name="repository"/>; <paramref name="repositoryName"/> is used in messages.</summary>
    public static ResolvedRef Resolve(Repository repository, string input, string repositoryName)
    {
        RefNames.Validate(input);
        if (input.StartsWith("refs/", StringComparison.Ordinal))
        {
            var reference = repository.Refs[input] ?? throw Unknown(repository, input, repositoryName);
            return FromReference(repository, input, reference, repositoryName);
        }
        var branch = repository.Refs[BranchPrefix + input];
        var tag = repository.Refs[TagPrefix + input];
        if (branch is not null && tag is not null)
        {
            throw new GitRefusedException(GitRefusal.AmbiguousRef,
                $"'{input}' is both a branch and a tag in {repositoryName}: pass {BranchPrefix}{input} or {TagPrefix}{input}.");
        }
        if (branch is not null || tag is not null)
        {
            return FromReference(repository, input, (branch ?? tag)!, repositoryName);
        }
        return ResolveSha(repository, input, repositoryName) ?? throw Unknown(repository, input, repositoryName);
    }

    private static ResolvedRef FromReference(Repository repository, string input, Reference reference, string repositoryName)
    {
        var name = reference.CanonicalName;
        var commit = PeelToCommit(repository, reference.ResolveToDirectReference()?.TargetIdentifier, input, repositoryName);
        if (name.StartsWith(BranchPrefix, StringComparison.Ordinal))
        {
            return new ResolvedRef(input, RefKind.Branch, name[BranchPrefix.Length..], commit);
        }
        if (name.StartsWith(TagPrefix, StringComparison.Ordinal))
        {
            return new ResolvedRef(input, RefKind.Tag, name[TagPrefix.Length..], commit);
        }
        return new ResolvedRef(input, RefKind.Commit, commit, commit);
    }

    private static ResolvedRef? ResolveSha(Repository repository, string input, string repositoryName)
    {
        if (input.Length < MinShortShaLength || input.Length > CommitIds.Sha1HexLength || !input.All(char.IsAsciiHexDigit))
        {
            return null;
        }
        GitObject? found;
        try
        {
            found = repository.Lookup(input);
        }
        catch (AmbiguousSpecificationException)
        {
            throw new GitRefusedException(GitRefusal.AmbiguousRef,
                $"The abbreviated SHA '{input}' matches several objects in {repositoryName}: give more characters.");
        }
        // Lookup also parses other revision syntax; accept only a genuine object-id prefix.
        if (found is null || !found.Sha.StartsWith(input, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var commit = PeelToCommit(repository, found.Sha, input, repositoryName);
        return new ResolvedRef(input, RefKind.Commit, commit, commit);
    }

    private static string PeelToCommit(Repository repository, string? objectId, string input, string repositoryName)
    {
        return Peeling.ToCommit(repository, objectId)
            ?? throw new GitRefusedException(GitRefusal.UnknownRef, $"'{input}' in {repositoryName} does not point at a commit.");
    }

    private static GitRefusedException Unknown(Repository repository, string input, string repositoryName)
    {
        var branches = repository.Refs
            .Select(r => r.CanonicalName)
            .Where(n => n.StartsWith(BranchPrefix, StringComparison.Ordinal))
            .Select(n => n[BranchPrefix.Length..]);
        var similar = SimilarNames.Find(input, branches);
        var hint = similar.Count > 0 ? $" Similar branches: {string.Join(", ", similar)}." : "";
        return new GitRefusedException(GitRefusal.UnknownRef,
            $"Unknown ref '{input}' in {repositoryName}: no branch, tag or commit has that name.{hint} " +
            "Check the name with `git branch` and `git tag`, and commit before you refer to new work.");
    }
}
