namespace OrleansExperiments.Storage.Records;

/// <summary>What identifies a run within the store: one seed of one arm, mode and profile of an experiment.</summary>
public sealed record RunKey(string ExperimentId, string Arm, string Mode, string Profile, int Seed);
