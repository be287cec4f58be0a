using Microsoft.Extensions.Logging;
using OrleansExperiments.Abstractions.Baselines;
using OrleansExperiments.Fingerprints;
using OrleansExperiments.Grains.Workers;
using OrleansExperiments.Storage;
using OrleansExperiments.Storage.Records;

namespace OrleansExperiments.Grains.Baselines;

/// <summary>
/// At silo start: compares this host's fingerprint with the one stored at its last start and, when the policy sees a
/// difference (a new driver, CUDA, libtorch, CPU...), tells every baseline, so those measured here under the old
/// fingerprint invalidate themselves. Then stores the new fingerprint.
/// </summary>
public sealed class SiloFingerprintAnnouncer(IGrainFactory grains, ResultStore store, SiloFingerprint silo, ILogger<SiloFingerprintAnnouncer> logger)
{
    private const string RecordPrefix = "host:";

    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        var host = silo.Host[FingerprintFields.Host] ?? FingerprintValues.Unknown;
        var id = RecordPrefix + host;
        var previous = await store.GetFingerprintAsync(id, cancellationToken);
        var current = silo.Host.ToCanonicalJson();
        if (previous is not null && silo.Policy.Differences(EnvironmentFingerprint.FromCanonicalJson(previous.FingerprintJson), silo.Host).Count > 0)
        {
            var keys = await grains.GetGrain<IBaselineRegistryGrain>(0).List();
            logger.LogWarning("This host's environment changed since its last start; checking {Count} baseline(s)", keys.Length);
            await Task.WhenAll(keys.Select(key => grains.GetGrain<IBaselineGrain>(key).OnSiloFingerprint(current)));
        }
        await store.UpsertFingerprintAsync(new FingerprintRecord
        {
            FingerprintId = id,
            CapturedBy = host,
            CapturedAt = DateTimeOffset.UtcNow,
            FingerprintJson = current,
        }, cancellationToken);
    }
}
