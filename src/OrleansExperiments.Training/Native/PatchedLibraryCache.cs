using System.Security.Cryptography;

namespace OrleansExperiments.Training.Native;

/// <summary>
/// Patched copies of native libraries under one folder, one sub-folder per content hash, so that a
/// patched copy is written once per machine and never into the NuGet cache. Writes are atomic
/// (a temporary file renamed into place), so processes that race to write the same copy are safe.
/// </summary>
/// <param name="directory">The cache's root folder, for example <c>$ORLX_HOME/native-cache</c>.</param>
public sealed class PatchedLibraryCache(string directory)
{
    private const int HashCharacters = 32;

    /// <summary>The cache's root folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>
    /// The path of a file named <paramref name="fileName"/> with exactly <paramref name="content"/>,
    /// writing it when absent or different.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be created or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public string Store(string fileName, byte[] content)
    {
        var folder = Path.Combine(Directory, Convert.ToHexStringLower(SHA256.HashData(content))[..HashCharacters]);
        var path = Path.Combine(folder, fileName);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            return path;

        System.IO.Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{fileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            // rename(2) replaces atomically: a reader sees the old file or the new one, never a partial one.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return path;
    }
}
