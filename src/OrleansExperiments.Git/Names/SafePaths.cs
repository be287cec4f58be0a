namespace OrleansExperiments.Git;

/// <summary>Builds paths under a root folder and checks that they stay inside it.</summary>
internal static class SafePaths
{
    /// <summary>The full path of <paramref name="name"/> directly under <paramref name="root"/>; throws if it would land elsewhere.</summary>
    public static string Child(string root, string name)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var child = Path.GetFullPath(Path.Combine(fullRoot, name));
        if (name.Length == 0 || name.Contains(Path.DirectorySeparatorChar) || name.Contains(Path.AltDirectorySeparatorChar)
            || name is "." or ".." || Path.GetDirectoryName(child) != fullRoot)
        {
            throw new GitRefusedException(GitRefusal.InvalidName, $"'{name}' is not a plain folder name under {fullRoot}.");
        }
        return child;
    }
}
