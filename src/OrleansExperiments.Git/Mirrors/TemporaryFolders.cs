namespace OrleansExperiments.Git;

/// <summary>
/// Names and clean-up for folders that are built under a root and then renamed into place, so a reader
/// never sees a half-written mirror or checkout.
/// </summary>
internal static class TemporaryFolders
{
    /// <summary>Prefix of folders still being written.</summary>
    public const string Prefix = ".tmp-";

    /// <summary>Prefix of folders moved aside to be deleted.</summary>
    public const string TrashPrefix = ".trash-";

    /// <summary>Leftovers of crashed writers older than this are removed; a live writer never takes this long.</summary>
    public static readonly TimeSpan StaleAge = TimeSpan.FromDays(1);

    /// <summary>A fresh, unique folder path under <paramref name="root"/> for building <paramref name="finalName"/>.</summary>
    public static string NewFor(string root, string finalName) =>
        SafePaths.Child(root, $"{Prefix}{finalName}-{Guid.NewGuid():N}");

    /// <summary>Moves <paramref name="folder"/> aside with an atomic rename, then deletes it; false if it was already gone.</summary>
    public static bool Discard(string root, string folder)
    {
        var trash = SafePaths.Child(root, $"{TrashPrefix}{Guid.NewGuid():N}");
        try
        {
            Directory.Move(folder, trash);
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        DeleteQuietly(trash);
        return true;
    }

    /// <summary>Deletes a folder tree (symbolic links are removed, never followed), ignoring a concurrent deletion.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                // Git writes read-only object files, which Windows refuses to delete; Unix only needs the folder writable.
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
                foreach (var file in Directory.EnumerateFiles(folder, "*", options))
                {
                    File.SetAttributes(file, FileAttributes.Normal);
                }
            }
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Removes temporary and trash folders that crashed writers left under <paramref name="root"/>.</summary>
    public static void RemoveStale(string root)
    {
        var cutoff = DateTime.UtcNow - StaleAge;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(folder);
            var isLeftover = name.StartsWith(Prefix, StringComparison.Ordinal) || name.StartsWith(TrashPrefix, StringComparison.Ordinal);
            if (isLeftover && Directory.GetLastWriteTimeUtc(folder) < cutoff)
            {
                DeleteQuietly(folder);
            }
        }
    }
}
