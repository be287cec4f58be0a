using MathNet.Numerics;

namespace OrleansExperiments.Statistics;

/// <summary>Standard normal density and upper tail, accurate far into the tail (via erfc).</summary>
internal static class StandardNormal
{
    private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    public static double Density(double z) => InverseSqrtTwoPi * Math.Exp(-0.5 * z * z);

    /// <summary>P(Z &gt; z).</summary>
    public static double UpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));
}
