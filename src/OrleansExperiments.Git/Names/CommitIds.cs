namespace OrleansExperiments.Git;

/// <summary>Validates full commit SHAs, which become folder names and ref names.</summary>
public static class CommitIds
{
    /// <summary>Length of a full SHA-1 object id in hex.</summary>
    public const int Sha1HexLength = 40;

    /// <summary>Returns the SHA in lower case if it is a full hex object id; otherwise throws <see cref="GitRefusedException"/>.</summary>
    public static string Validate(string sha)
    {
        if (sha is null || sha.Length != Sha1HexLength || !sha.All(char.IsAsciiHexDigit))
        {
            throw new GitRefusedException(GitRefusal.InvalidName,
                $"Invalid commit id '{sha}': expected a full {Sha1HexLength}-character hex SHA (resolve the ref first).");
        }
        return sha.ToLowerInvariant();
    }

    /// <summary>How many hex digits identify a commit for people (tables, messages).</summary>
    public const int ShortLength = 10;

    /// <summary>The commit's first <see cref="ShortLength"/> hex digits (or all of a shorter text).</summary>
    public static string Short(string sha) => sha[..Math.Min(ShortLength, sha.Length)];
}
