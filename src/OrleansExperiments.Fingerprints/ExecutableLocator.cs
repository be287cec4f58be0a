namespace OrleansExperiments.Fingerprints;

/// <summary>Finds an executable the way execvp does: a name with a slash is a path, else searched on PATH.</summary>
internal static class ExecutableLocator
{
    /// <summary>The full path of <paramref name="command"/>, or null when it does not exist.</summary>
    public static string? Find(string command)
    {
        if (command.Contains('/'))
            return File.Exists(command) ? Path.GetFullPath(command) : null;
        var path = System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, command))
            .FirstOrDefault(File.Exists);
    }
}
