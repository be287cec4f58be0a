namespace OrleansExperiments.Statistics;

/// <summary>How many seeds per arm a t-test needs to detect a given difference.</summary>
/// <param name="SeedsPerArm">The smallest number of seeds per arm reaching <paramref name="TargetPower"/>, or the cap.</param>
/// <param name="MinimumEffect">The difference to detect, in metric units (absolute value).</param>
/// <param name="TargetPower">The power asked for, for example 0.8.</param>
/// <param name="IsCapped">True when the cap <see cref="PowerAnalysis.MaximumSeedsPerArm"/> was returned because no number up to it suffices.</param>
/// <param name="Explanation">One sentence for the report.</param>
public sealed record SeedRecommendation(int SeedsPerArm, double MinimumEffect, double TargetPower, bool IsCapped, string Explanation);
