namespace OrleansExperiments.Scenarios.Tests;

/// <summary>A scenario repository generated with a package set that is never restored: enough to inspect its git history.</summary>
public sealed class ScenarioRepositoryFixture : IDisposable
{
    public static readonly SdkPackageSet Packages = new("/packages/orlx", "0.1.0-local.0123456789ab");

    private readonly TemporaryFolder folder = new();

    public ScenarioRepositoryFixture() => Scenario = ScenarioRepository.Create(folder.Combine("repository"), Packages);

    public ScenarioRepository Scenario { get; }

    public string CreateAnother() => ScenarioRepository.Create(folder.Combine($"another-{Guid.NewGuid():N}"), Packages).Path;

    public string TemporaryPath(string name) => folder.Combine(name);

    public void Dispose() => folder.Dispose();
}
