using System.Diagnostics;
using System.Collections.Immutable;
using OrleansExperiments.Git;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Builds each commit once per silo. The key is the hash of the commit's whole tree, so commits with identical
/// content (a re-tagged commit, a merge that changes nothing) share one build. A build runs under a file lock (two
/// workers, or two silos on one machine, never build the same key at once) and counts as done only once its marker
/// file exists, so a build killed halfway is redone.
/// </summary>
public sealed class BuildCache(string root, TimeSpan buildTimeout, bool externalLibTorch = false)
{
    /// <summary>
    /// Set for builds on silos that load an external libtorch (CUDA): the trainer SDK's package then leaves its own CPU
    /// libtorch out of the build, since two libtorch copies in one process abort it. Part of the cache key.
    /// </summary>
    public const string ExternalLibTorchBuildVariable = "OrlxExternalLibTorch";
    public const string MarkerFileName = ".orlx-build-ok";
    public const string LogFileName = "build.log";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    public async Task<string> EnsureBuiltAsync(string treeHash, string checkout, WorkloadManifest manifest, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, externalLibTorch ? treeHash + "-external-libtorch" : treeHash);
        var output = Path.Combine(folder, "out");
        if (manifest.Build is null || File.Exists(Path.Combine(folder, MarkerFileName)))
        {
            return output;
        }
        Directory.CreateDirectory(root);
        using var buildLock = await FileLock.AcquireAsync(folder + ".lock", LockTimeout, cancellationToken);
        if (File.Exists(Path.Combine(folder, MarkerFileName)))
        {
            return output;
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(output);
        await RunBuildAsync(manifest.Build, checkout, output, Path.Combine(folder, LogFileName), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, MarkerFileName), DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
        return output;
    }

    private async Task RunBuildAsync(ManifestCommand build, string checkout, string output, string logPath, CancellationToken cancellationToken)
    {
        var arguments = build.Expand(output);
        var log = new LogTail(TrainerProcess.LogTailLines);
        await using var logFile = new StreamWriter(logPath);
        void Record(string line)
        {
            log.Add(line);
            lock (logFile)
            {
                logFile.WriteLine(line);
            }
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(buildTimeout);
        var environment = externalLibTorch
            ? ImmutableDictionary<string, string>.Empty.Add(ExternalLibTorchBuildVariable, "true")
            : ImmutableDictionary<string, string>.Empty;
        var launch = TrainerLaunch.InCheckout(arguments, [], checkout, environment);
        var stopwatch = Stopwatch.StartNew();
        TrainerExit exit;
        try
        {
            exit = await TrainerProcess.RunAsync(launch, Record, onStarted: null, timeout.Token);
        }
        catch (InvalidOperationException e)
        {
            throw new PreparationException($"The build command could not start: {e.Message}", e);
        }
        foreach (var line in exit.StderrTail)
        {
            Record(line);
        }
        if (exit.Cancelled && !cancellationToken.IsCancellationRequested)
        {
            throw new PreparationException($"The build took longer than {buildTimeout} and was stopped; see {logPath}.");
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (exit.ExitCode != 0)
        {
            throw new PreparationException(
                $"The build '{build.Text}' exited with code {exit.ExitCode} after {stopwatch.Elapsed.TotalSeconds:F1} s; last lines:{Environment.NewLine}{string.Join(Environment.NewLine, log.Lines.TakeLast(BuildFailureLines))}");
        }
    }

    private const int BuildFailureLines = 15;
}
