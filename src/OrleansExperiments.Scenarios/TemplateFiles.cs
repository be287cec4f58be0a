namespace OrleansExperiments.Scenarios;

/// <summary>One file of the trainer template: its repository path ('/'-separated) and its bytes.</summary>
public sealed record TemplateFile(string Path, byte[] Content);

/// <summary>
/// The trainer repository template (<c>samples/trainer-template</c>), embedded in this assembly at build time so
/// that scenario repositories can be generated without the source tree.
/// </summary>
public static class TemplateFiles
{
    private const string ResourcePrefix = "template/";

    /// <summary>The template's files, ordered by path.</summary>
    public static IReadOnlyList<TemplateFile> All { get; } = Load();

    private static List<TemplateFile> Load()
    {
        var assembly = typeof(TemplateFiles).Assembly;
        var files = new List<TemplateFile>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // RecursiveDir uses the build machine's separator.
            var normalized = name.Replace('\\', '/');
            if (!normalized.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add(new TemplateFile(normalized[ResourcePrefix.Length..], buffer.ToArray()));
        }
        if (files.Count == 0)
            throw new InvalidOperationException("The trainer template is missing from the OrleansExperiments.Scenarios assembly; rebuild it from a checkout that has samples/trainer-template.");
        return [.. files.OrderBy(file => file.Path, StringComparer.Ordinal)];
    }
}
