namespace OrleansExperiments.Abstractions.Queue;

/// <summary>A worker (one device slot of one silo) asking for work.</summary>
/// <param name="WorkerId">Unique per silo process and slot.</param>
/// <param name="Silo">The silo's name, for the record.</param>
/// <param name="Device">The device the slot trains on: <c>cpu</c> or <c>cuda:N</c>.</param>
/// <param name="FingerprintClass">The hash of the silo's comparable fingerprint fields: every run of one experiment goes to one class.</param>
/// <param name="FingerprintJson">The silo's host fingerprint, so the grid can tell which baselines its silos may reuse.</param>
[GenerateSerializer, Immutable, Alias("orlx.WorkerInfo")]
public sealed record WorkerInfo(
    [property: Id(0)] string WorkerId,
    [property: Id(1)] string Silo,
    [property: Id(2)] string Device,
    [property: Id(3)] string FingerprintClass,
    [property: Id(4)] string FingerprintJson);
