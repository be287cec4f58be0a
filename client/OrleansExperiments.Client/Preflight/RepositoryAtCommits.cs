using OrleansExperiments.Git;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Client.Preflight;

/// <summary>The user's repository as the pre-flight sees it: a clean source, its synced mirror, manifests read at commits.</summary>
public sealed class RepositoryAtCommits
{
    private RepositoryAtCommits(RepositorySource source, Mirror mirror)
    {
        Source = source;
        Mirror = mirror;
    }

    public RepositorySource Source { get; }
    public Mirror Mirror { get; }

    /// <summary>Refuses a dirty local tree (untracked files count), then syncs the mirror under <paramref name="mirrorsFolder"/>.</summary>
    public static async Task<RepositoryAtCommits> OpenAsync(string repository, string mirrorsFolder, CancellationToken cancellationToken)
    {
        var source = Refusing(() => RepositorySource.Parse(repository));
        Refusing(() => { CleanTreeGate.EnsureClean(source); return 0; });
        var mirror = new MirrorStore(mirrorsFolder).For(source);
        try
        {
            await mirror.SyncAsync(cancellationToken);
        }
        catch (GitRefusedException e)
        {
            throw new PreflightException(e.Message, e);
        }
        return new RepositoryAtCommits(source, mirror);
    }

    public ResolvedRef Resolve(string refText) => Refusing(() => Mirror.Resolve(refText));

    public ResolvedRef ResolveChange(string refText, ResolvedRef baseline) => Refusing(() => Mirror.ResolveChange(refText, baseline));

    public WorkloadManifest ManifestAt(ResolvedRef at)
    {
        var description = $"{WorkloadManifest.FileName} at {at.Input} ({CommitIds.Short(at.Commit)})";
        var text = Mirror.ReadText(at.Commit, WorkloadManifest.FileName)
            ?? throw new PreflightException($"{at.Input} has no {WorkloadManifest.FileName} at the repository root: add the workload manifest (see README) and commit it.");
        try
        {
            return WorkloadManifest.Parse(text, description);
        }
        catch (ManifestException e)
        {
            throw new PreflightException(e.Message, e);
        }
    }

    public InputFingerprint HashInputs(ResolvedRef at, MetricDefinition metric) =>
        Refusing(() => Mirror.HashInputs(at.Commit, metric.Inputs));


    private static T Refusing<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (GitRefusedException e)
        {
            throw new PreflightException(e.Message, e);
        }
    }
}
