namespace OrleansExperiments.Statistics;

/// <summary>A verdict with the test that decided it and the reason in words.</summary>
public sealed record VerdictDecision(MeanDifferenceTestResult Test, Verdict Verdict, string Reason);
