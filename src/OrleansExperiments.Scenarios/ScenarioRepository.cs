using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using LibGit2Sharp;

namespace OrleansExperiments.Scenarios;

/// <summary>
/// A git repository generated from the trainer template: <see cref="ScenarioBranches.Main"/> is the template
/// (plus a <c>NuGet.config</c> naming the SDK package folder, and the SDK version pinned), and every branch of
/// <see cref="ScenarioBranches.All"/> is one commit on it. The working tree is <c>main</c>, clean.
/// </summary>
public sealed partial class ScenarioRepository
{
    /// <summary>The file, at the repository root, that names the package folders.</summary>
    public const string NuGetConfigPath = "NuGet.config";

    /// <summary>The package source key of the SDK folder in <see cref="NuGetConfigPath"/>.</summary>
    public const string SdkSourceKey = "orlx-sdk";

    private const string PackageVersionsPath = "Directory.Packages.props";
    private const string NuGetOrgUrl = "https://api.nuget.org/v3/index.json";
    // A fixed author and date: the same template and SDK version give the same commit SHAs on every machine.
    private static readonly Signature Author = new("orlx scenarios", "scenarios@orlx.invalid", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private ScenarioRepository(string path, IReadOnlyDictionary<string, string> commits)
    {
        Path = path;
        Commits = commits;
    }

    /// <summary>The repository's folder (its working tree).</summary>
    public string Path { get; }

    /// <summary>The commit SHA of each branch, <see cref="ScenarioBranches.Main"/> included.</summary>
    public IReadOnlyDictionary<string, string> Commits { get; }

    /// <summary>
    /// Creates the repository in <paramref name="folder"/> (which must not exist or be empty), restoring the SDK from
    /// <paramref name="sdk"/>. Commits carry a fixed author and date, so the same template and SDK give the same SHAs.
    /// </summary>
    /// <exception cref="IOException"><paramref name="folder"/> exists and is not empty.</exception>
    public static ScenarioRepository Create(string folder, SdkPackageSet sdk)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        folder = System.IO.Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"{folder} is not empty; choose a new or empty folder for the scenario repository.");

        // Every edit is applied before anything is written, so a template that a scenario no longer fits leaves no half repository.
        var files = MainFiles(sdk);
        var branchFiles = ScenarioBranches.All.Select(branch => (Branch: branch, Edited: EditedFiles(branch, files))).ToList();
        Directory.CreateDirectory(folder);
        foreach (var (path, content) in files)
        {
            var full = System.IO.Path.Combine(folder, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }

        Repository.Init(folder);
        using var repository = new Repository(folder);
        // Whatever init.defaultBranch says, the baseline branch is main.
        repository.Refs.UpdateTarget("HEAD", $"refs/heads/{ScenarioBranches.Main}");
        Commands.Stage(repository, "*");
        var main = repository.Commit("Shapes trainer: mlp and cnn backbones, fast and full profiles", Author, Author);

        var commits = new Dictionary<string, string>(StringComparer.Ordinal) { [ScenarioBranches.Main] = main.Sha };
        foreach (var (branch, edited) in branchFiles)
        {
            var commit = CommitBranch(repository, main, branch.Description, edited);
            repository.Branches.Add(branch.Name, commit);
            commits[branch.Name] = commit.Sha;
        }
        return new ScenarioRepository(folder, commits);
    }

    // The new content of each file the branch changes.
    private static Dictionary<string, byte[]> EditedFiles(ScenarioBranch branch, IReadOnlyDictionary<string, byte[]> files) =>
        branch.Edits.GroupBy(edit => edit.Path).ToDictionary(
            edits => edits.Key,
            edits => Encoding.UTF8.GetBytes(edits.Aggregate(Encoding.UTF8.GetString(files[edits.Key]), (text, edit) => edit.Apply(text))));

    private static Commit CommitBranch(Repository repository, Commit main, string message, Dictionary<string, byte[]> edited)
    {
        var tree = TreeDefinition.From(main.Tree);
        foreach (var (path, content) in edited)
        {
            using var stream = new MemoryStream(content);
            tree.Add(path, repository.ObjectDatabase.CreateBlob(stream), Mode.NonExecutableFile);
        }
        return repository.ObjectDatabase.CreateCommit(Author, Author, message, repository.ObjectDatabase.CreateTree(tree), [main], prettifyMessage: true);
    }

    private static Dictionary<string, byte[]> MainFiles(SdkPackageSet sdk)
    {
        var files = TemplateFiles.All.ToDictionary(file => file.Path, file => file.Content, StringComparer.Ordinal);
        files[NuGetConfigPath] = Encoding.UTF8.GetBytes(NuGetConfig(sdk.Folder));
        files[PackageVersionsPath] = Encoding.UTF8.GetBytes(PinSdkVersion(Encoding.UTF8.GetString(files[PackageVersionsPath]), sdk.Version));
        return files;
    }

    // The SDK packages come only from the local folder (source mapping), everything else from nuget.org.
    private static string NuGetConfig(string packagesFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="{SdkSourceKey}" value="{SecurityElement.Escape(packagesFolder)}" />
            <add key="nuget.org" value="{NuGetOrgUrl}" protocolVersion="3" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="{SdkSourceKey}">
              <package pattern="OrleansExperiments.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>

        """;

    private static string PinSdkVersion(string packageVersions, string version) =>
        SdkVersionPattern().IsMatch(packageVersions)
            ? SdkVersionPattern().Replace(packageVersions, $"${{prefix}}{version}\"", 1)
            : throw new InvalidOperationException($"The template's {PackageVersionsPath} has no PackageVersion of OrleansExperiments.Training to pin.");

    [GeneratedRegex("(?<prefix><PackageVersion Include=\"OrleansExperiments\\.Training\" Version=\")[^\"]*\"")]
    private static partial Regex SdkVersionPattern();
}
