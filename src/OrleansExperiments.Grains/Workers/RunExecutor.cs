using System.Collections.Immutable;
using System.Text.Json;
using OrleansExperiments.Abstractions.Runs;
using OrleansExperiments.Fingerprints;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Protocol;
using OrleansExperiments.Storage;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Trains one attempt of a run on one device: prepares the commit, starts the trainer with the protocol's arguments,
/// streams its curve to storage and turns its exit into a <see cref="RunOutcome"/>. Every failure the user can act on
/// becomes the outcome's reason; only cancellation escapes as an exception.
/// </summary>
public sealed class RunExecutor(
    CommitPreparer preparer,
    ResultStore store,
    SiloFingerprint fingerprint,
    TrainerPidFiles pidFiles,
    WorkerOptions options)
{
    /// <summary>Trainers read this to load libtorch from a given folder (a PyTorch install, for CUDA).</summary>
    public const string LibTorchEnvironmentVariable = "ORLX_LIBTORCH_DIR";

    public async Task<RunOutcome> ExecuteAsync(RunSpec run, string device, string attemptId, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        PreparedCommit prepared;
        try
        {
            prepared = await preparer.PrepareAsync(run.Repository, run.Commit, cancellationToken);
            RequireDeclared(prepared, run);
        }
        catch (PreparationException e)
        {
            return Failed(run, device, startedAt, e.Message, preparation: DateTimeOffset.UtcNow - startedAt);
        }

        var output = Path.Combine(options.RunsFolder, run.RunId, attemptId);
        Directory.CreateDirectory(output);
        var launch = Launch(prepared, run, device, output);
        await using var curve = new MetricCurveWriter(store, run.RunId);
        var collector = new TrainerEventCollector(run.DeclaredMetrics, curve.Add);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.TrainerTimeout);
        TrainerExit exit;
        try
        {
            exit = await TrainerProcess.RunAsync(launch, collector.OnLine, pid => pidFiles.Record(attemptId, pid), timeout.Token);
        }
        catch (InvalidOperationException e)
        {
            return Failed(run, device, startedAt, e.Message, prepared.PreparationTime);
        }
        finally
        {
            pidFiles.Forget(attemptId);
        }
        cancellationToken.ThrowIfCancellationRequested();
        collector.OnStderr(exit.StderrTail);

        var (metrics, failure) = exit.Cancelled
            ? (null, $"the trainer ran longer than {options.TrainerTimeout} and was stopped")
            : collector.Conclude(exit);
        var runFingerprint = collector.EnvironmentLine is { } line
            ? TrainerEnvironmentEvent.Merge(fingerprint.Host, JsonDocument.Parse(line).RootElement)
            : fingerprint.Host;
        return new RunOutcome
        {
            Succeeded = metrics is not null,
            Metrics = metrics ?? ImmutableDictionary<string, double>.Empty,
            FailureReason = failure,
            FingerprintJson = runFingerprint.ToCanonicalJson(),
            Deterministic = collector.Deterministic,
            Silo = options.SiloName,
            Device = device,
            StartedAt = startedAt,
            CompletedAt = DateTimeOffset.UtcNow,
            TrainerSeconds = exit.Duration.TotalSeconds,
            PreparationSeconds = prepared.PreparationTime.TotalSeconds,
        };
    }

    private static void RequireDeclared(PreparedCommit prepared, RunSpec run)
    {
        if (!prepared.Manifest.Modes.Contains(run.Mode))
        {
            throw new PreparationException($"Mode '{run.Mode}' is not declared in orlx.json at {run.Commit} (declared: {string.Join(", ", prepared.Manifest.Modes)}).");
        }
        if (!prepared.Manifest.Profiles.Contains(run.Profile))
        {
            throw new PreparationException($"Profile '{run.Profile}' is not declared in orlx.json at {run.Commit} (declared: {string.Join(", ", prepared.Manifest.Profiles)}).");
        }
    }

    private TrainerLaunch Launch(PreparedCommit prepared, RunSpec run, string device, string output)
    {
        var command = prepared.Manifest.Run.Expand(prepared.BuildOutput);
        var protocol = new TrainerArguments(run.Seed, run.Mode, run.Profile, TrainerDevice.Parse(device), output).ToArgumentList();
        var environment = ImmutableDictionary.CreateBuilder<string, string>();
        environment["ORLX_HOME"] = options.Home;
        if (options.ExternalLibTorch is { } libtorch)
        {
            environment[LibTorchEnvironmentVariable] = libtorch;
        }
        return TrainerLaunch.InCheckout(command, protocol, prepared.Checkout, environment.ToImmutable());
    }

    private RunOutcome Failed(RunSpec run, string device, DateTimeOffset startedAt, string reason, TimeSpan preparation) => new()
    {
        Succeeded = false,
        FailureReason = reason,
        FingerprintJson = fingerprint.Host.ToCanonicalJson(),
        Silo = options.SiloName,
        Device = device,
        StartedAt = startedAt,
        CompletedAt = DateTimeOffset.UtcNow,
        PreparationSeconds = preparation.TotalSeconds,
    };
}
