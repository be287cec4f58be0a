namespace OrleansExperiments.Statistics;

/// <summary>One look of a group-sequential plan.</summary>
/// <param name="Number">1-based look number.</param>
/// <param name="SeedsPerArm">Seeds per arm at this look.</param>
/// <param name="InformationFraction">SeedsPerArm over the final look's seeds per arm.</param>
/// <param name="CumulativeAlphaSpent">α spent up to and including this look, both tails together when two-sided.</param>
/// <param name="Boundary">Critical value on the z scale (both ±Boundary for a two-sided plan).</param>
/// <param name="NominalAlpha">The significance level of the t-test at this look: the tail area beyond the boundary (both tails when two-sided).</param>
public sealed record SequentialStage(int Number, int SeedsPerArm, double InformationFraction, double CumulativeAlphaSpent, double Boundary, double NominalAlpha);
