namespace OrleansExperiments.Abstractions.Experiments;

/// <summary>What an experiment asks: seeded runs of one commit, a baseline/change comparison, or a factorial ablation.</summary>
[GenerateSerializer, Alias("orlx.ExperimentKind")]
public enum ExperimentKind { Run, Compare, Ablate }

/// <summary>Lifecycle of an experiment; the names are the CLI's JSON values in lower case.</summary>
[GenerateSerializer, Alias("orlx.ExperimentStatus")]
public enum ExperimentStatus { Queued, Running, Completed, Failed, Refused }

/// <summary>Whether a higher or a lower metric value is an improvement.</summary>
[GenerateSerializer, Alias("orlx.MetricGoal")]
public enum MetricGoal { Maximize, Minimize }

/// <summary>The alternative hypothesis of a comparison, in the metric's own direction.</summary>
[GenerateSerializer, Alias("orlx.ComparisonAlternative")]
public enum ComparisonAlternative { TwoSided, Better, Worse }
