using LibGit2Sharp;

namespace OrleansExperiments.Git;

/// <summary>
/// Writes a commit's tree into an empty folder: file contents exactly as committed (no line-ending or other
/// filters), executable bits, symbolic links, and an empty folder for each submodule. Entry names that could
/// escape the folder or collide with something already written are refused.
/// </summary>
internal static class TreeExporter
{
    private const UnixFileMode ExecuteBits = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static void Export(Tree tree, string folder, string commitSha)
    {
        Directory.CreateDirectory(folder);
        foreach (var entry in tree)
        {
            var path = Path.Combine(folder, SafeEntryName(entry.Name, commitSha));
            EnsureNothingAt(path, commitSha);
            switch (entry.Mode)
            {
                case Mode.Directory:
                    Export((Tree)entry.Target, path, commitSha);
                    break;
                case Mode.SymbolicLink:
                    File.CreateSymbolicLink(path, ((Blob)entry.Target).GetContentText());
                    break;
                case Mode.GitLink:
                    Directory.CreateDirectory(path);
                    break;
                default:
                    WriteFile((Blob)entry.Target, path, executable: entry.Mode == Mode.ExecutableFile);
                    break;
            }
        }
    }

    private static void WriteFile(Blob blob, string path, bool executable)
    {
        using (var content = blob.GetContentStream())
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            content.CopyTo(file);
        }
        if (executable && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | ExecuteBits);
        }
    }

    private static string SafeEntryName(string name, string commitSha)
    {
        if (name.Length == 0 || name is "." or ".." || name.Equals(".git", StringComparison.OrdinalIgnoreCase)
            || name.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            throw new GitRefusedException(GitRefusal.InvalidName,
                $"Commit {commitSha} contains an unsafe path entry '{name}'; refusing to check it out.");
        }
        return name;
    }

    private static void EnsureNothingAt(string path, string commitSha)
    {
        // Only a case-insensitive file system can make two entries of one tree land on the same path; writing
        // through the first (perhaps a symbolic link) must never happen.
        if (Path.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            throw new GitRefusedException(GitRefusal.InvalidName,
                $"Commit {commitSha} has two entries that map to {path} on this file system; refusing to check it out.");
        }
    }
}
