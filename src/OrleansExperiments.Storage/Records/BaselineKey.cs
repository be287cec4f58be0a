namespace OrleansExperiments.Storage.Records;

/// <summary>What a baseline is of: one mode and profile of a branch of a repository.</summary>
public sealed record BaselineKey(string Repository, string Branch, string Mode, string Profile);
