using System.Text.RegularExpressions;

namespace OrleansExperiments.Git;

/// <summary>
/// Validates experiment ids and arm names, which become parts of tag names (<c>orlx/&lt;id&gt;/&lt;arm&gt;</c>)
/// and of folder names, so they must be safe in both.
/// </summary>
public static partial class ExperimentNames
{
    /// <summary>Longest accepted experiment id or arm name.</summary>
    public const int MaxLength = 64;

    /// <summary>The namespace of experiment tags: <c>orlx/&lt;experimentId&gt;/&lt;arm&gt;</c>.</summary>
    public const string TagPrefix = "orlx/";

    /// <summary>Returns <paramref name="experimentId"/> if it is a safe name; otherwise throws <see cref="GitRefusedException"/>.</summary>
    public static string ValidateExperimentId(string experimentId) => Validate(experimentId, "experiment id");

    /// <summary>Returns <paramref name="arm"/> if it is a safe name; otherwise throws <see cref="GitRefusedException"/>.</summary>
    public static string ValidateArm(string arm) => Validate(arm, "arm name");

    /// <summary>The tag name (without <c>refs/tags/</c>) for one arm of an experiment.</summary>
    public static string TagName(string experimentId, string arm) =>
        $"{TagPrefix}{ValidateExperimentId(experimentId)}/{ValidateArm(arm)}";

    private static string Validate(string name, string what)
    {
        // A '/' would nest refs (and 'a' and 'a/b' cannot coexist as refs); '..' and '.lock' are refused by git.
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !SafeName().IsMatch(name)
            || name.Contains("..", StringComparison.Ordinal) || name.EndsWith('.')
            || name.EndsWith(".lock", StringComparison.OrdinalIgnoreCase))
        {
            throw new GitRefusedException(GitRefusal.InvalidName,
                $"Invalid {what} '{name}': use 1 to {MaxLength} letters, digits, '.', '_', '+' or '-', " +
                "starting with a letter or digit, without '..' and not ending in '.' or '.lock'.");
        }
        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
