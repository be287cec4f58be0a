using Microsoft.Extensions.DependencyInjection;
using OrleansExperiments.Fingerprints;
using OrleansExperiments.Git;
using OrleansExperiments.Grains.Configuration;
using OrleansExperiments.Grains.Storage;
using OrleansExperiments.Grains.Workers;
using OrleansExperiments.Storage;

namespace OrleansExperiments.Grains;

/// <summary>Registers what the grid's grains and workers need in a silo.</summary>
public static class GridServiceCollectionExtensions
{
    public static IServiceCollection AddGrid(this IServiceCollection services, string storageConnectionString, WorkerOptions workers, string comparabilityPolicy)
    {
        var policy = ComparabilityPolicy.Parse(comparabilityPolicy);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(workers);
        services.AddSingleton(new SiloFingerprint(new HostFingerprintCapture().Capture(), policy));
        services.AddSingleton(_ => new ResultStore(storageConnectionString));
        services.AddSingleton<RunRecords>();
        services.AddSingleton<ExperimentRecords>();
        services.AddSingleton<BaselineRecords>();
        services.AddSingleton(new TrainerPidFiles(workers.PidsFolder));
        services.AddSingleton(sp => new CommitPreparer(
            new MirrorStore(workers.MirrorsFolder),
            new CommitCheckouts(workers.WorktreesFolder),
            new BuildCache(workers.BuildsFolder, workers.BuildTimeout, externalLibTorch: workers.ExternalLibTorch is not null)));
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<Baselines.SiloFingerprintAnnouncer>();
        services.AddHostedService<WorkerPool>();
        return services;
    }
}
