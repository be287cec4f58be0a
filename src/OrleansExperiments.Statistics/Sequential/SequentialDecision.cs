namespace OrleansExperiments.Statistics;

/// <summary>What a group-sequential plan decides at one look.</summary>
/// <param name="Stage">The look.</param>
/// <param name="Stop">True when the verdict is final: a significant result, or the last look.</param>
/// <param name="Verdict">Progress or regression when significant at the look's nominal α; otherwise inconclusive.</param>
/// <param name="NextSeedsPerArm">Seeds per arm to run up to when not stopping; null when stopping.</param>
/// <param name="Test">The t-test at the look's nominal α.</param>
/// <param name="Reason">The decision in words.</param>
public sealed record SequentialDecision(SequentialStage Stage, bool Stop, Verdict Verdict, int? NextSeedsPerArm, MeanDifferenceTestResult Test, string Reason);
