using System.Diagnostics;
using OrleansExperiments.Git;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Grains.Workers;

/// <summary>Turns (repository, commit) into a checkout with a parsed manifest and a finished build, reusing all three.</summary>
public sealed class CommitPreparer(MirrorStore mirrors, CommitCheckouts checkouts, BuildCache builds)
{
    public async Task<PreparedCommit> PrepareAsync(string repository, string commit, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var mirror = mirrors.For(RepositorySource.Parse(repository));
        string checkout;
        try
        {
            await mirror.EnsureCommitsAsync([commit], cancellationToken);
            checkout = await checkouts.MaterializeAsync(mirror, commit, cancellationToken);
        }
        catch (GitRefusedException e)
        {
            throw new PreparationException($"Commit {commit} of {repository} could not be checked out: {e.Message}", e);
        }
        var manifest = ReadManifest(checkout, commit);
        var output = await builds.EnsureBuiltAsync(mirror.TreeHash(commit, manifest.BuildInputs), checkout, manifest, cancellationToken);
        return new PreparedCommit(commit, checkout, manifest, output, stopwatch.Elapsed);
    }

    private static WorkloadManifest ReadManifest(string checkout, string commit)
    {
        var path = Path.Combine(checkout, WorkloadManifest.FileName);
        if (!File.Exists(path))
        {
            throw new PreparationException($"Commit {commit} has no {WorkloadManifest.FileName} at the repository root.");
        }
        try
        {
            return WorkloadManifest.Parse(File.ReadAllText(path), $"{WorkloadManifest.FileName} at {commit}");
        }
        catch (ManifestException e)
        {
            throw new PreparationException(e.Message, e);
        }
    }
}
