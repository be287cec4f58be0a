using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>Validates ref names given by users (branches, tags, SHAs, <c>HEAD</c>) before they reach git or a table key.</summary>
public static class RefNames
{
    /// <summary>Longest accepted ref name.</summary>
    public const int MaxLength = 255;

    /// <summary>Returns <paramref name="name"/> if git would accept it as a ref name; otherwise throws <see cref="GitRefusedException"/>.</summary>
    public static string Validate(string name)
    {
        // A leading '-' could be read as an option by any tool the name is passed to later.
        var candidate = name.StartsWith("refs/", StringComparison.Ordinal) ? name : "refs/heads/" + name;
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name.StartsWith('-')
            || name.Any(char.IsControl) || !Reference.IsValidName(candidate))
        {
            throw new GitRefusedException(GitRefusal.InvalidName,
                $"Invalid ref name '{name}': give a branch, tag or commit SHA as git spells it " +
                "(no spaces, '..', '~', '^', ':', '?', '*', '[', '\\', no leading '-').");
        }
        return name;
    }
}
