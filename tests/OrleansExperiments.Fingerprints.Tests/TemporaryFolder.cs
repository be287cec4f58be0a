namespace OrleansExperiments.Fingerprints.Tests;

/// <summary>A folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("orlx-environment-tests-").FullName;
    }

    public string Path { get; }

    public string WriteFile(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteScript(string name, string body)
    {
        var path = WriteFile(name, "#!/bin/sh\n" + body + "\n");
        // The silo runs on Linux; the guard only satisfies the platform analyzer.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
