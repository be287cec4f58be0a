namespace OrleansExperiments.Training.Native;

/// <summary>Finds native files where the .NET host looks for them: the deps.json native folders, then the application folder.</summary>
internal static class NativeFileSearch
{
    // The host passes the native asset folders of every package the application references here.
    private const string SearchDirectoriesKey = "NATIVE_DLL_SEARCH_DIRECTORIES";

    /// <summary>The first existing file named <paramref name="fileName"/> in <see cref="Directories"/>, or null.</summary>
    public static string? Find(string fileName) =>
        Directories().Select(directory => Path.Combine(directory, fileName)).FirstOrDefault(File.Exists);

    /// <summary>The folders searched, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Directories()
    {
        var hostDirectories = (AppContext.GetData(SearchDirectoriesKey) as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hostDirectories.Append(AppContext.BaseDirectory)
            .Select(directory => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
