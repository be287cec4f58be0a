namespace OrleansExperiments.Abstractions.Runs;

/// <summary>Lifecycle of one seeded run; the names are the CLI's JSON values in lower case.</summary>
[GenerateSerializer, Alias("orlx.RunStatus")]
public enum RunStatus { Queued, Running, Succeeded, Failed }
