using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Grains.Workers;

/// <summary>A commit ready to train: its checkout, its manifest and the folder its build wrote to.</summary>
public sealed record PreparedCommit(string Commit, string Checkout, WorkloadManifest Manifest, string BuildOutput, TimeSpan PreparationTime);

/// <summary>A commit that cannot be trained (missing manifest, failed build): the message says why and what to do.</summary>
public sealed class PreparationException(string message, Exception? inner = null) : Exception(message, inner);
