namespace OrleansExperiments.Git;

/// <summary>Validates paths inside a repository (relative, '/'-separated, no '.' or '..' segments).</summary>
public static class RepoPaths
{
    /// <summary>Returns the path without a trailing '/'; throws <see cref="GitRefusedException"/> for an absolute or escaping path.</summary>
    public static string Normalize(string path)
    {
        var trimmed = path?.TrimEnd('/') ?? "";
        var segments = trimmed.Split('/');
        if (trimmed.Length == 0 || path!.StartsWith('/') || trimmed.Contains('\\') || trimmed.Any(char.IsControl)
            || segments.Any(s => s is "" or "." or ".." || s.Equals(".git", StringComparison.OrdinalIgnoreCase)))
        {
            throw new GitRefusedException(GitRefusal.InvalidName,
                $"Invalid repository path '{path}': give a path relative to the repository root with '/' " +
                "separators and no '.', '..' or '.git' segments (for example 'trainer/Evaluation.cs').");
        }
        return trimmed;
    }
}
