using MathNet.Numerics.Distributions;

namespace OrleansExperiments.Statistics;

/// <summary>
/// Lan–DeMets O'Brien–Fleming-type α-spending: a tail with level α has spent α(t) = 2 − 2Φ(z₁₋α/₂ / √t)
/// by information fraction t. It spends almost nothing at early looks and nearly all of α at the last
/// one, so a plan that never stops early loses almost no power. A two-sided design spends α/2 in each
/// tail with this function, the convention of gsDesign (sfLDOF), rpact and ldbounds, whose published
/// boundaries (4.333, 2.963, 2.359, 2.014 for four equally spaced looks at α = 0.05) it reproduces.
/// </summary>
public static class ObrienFlemingSpending
{
    /// <summary>The part of a tail's level <paramref name="tailAlpha"/> spent once the information fraction reaches <paramref name="informationFraction"/>.</summary>
    public static double Cumulative(double informationFraction, double tailAlpha)
    {
        if (!(informationFraction > 0 && informationFraction <= 1))
        {
            throw new ArgumentException($"An information fraction must be in (0, 1]; got {Text.Number(informationFraction)}.", nameof(informationFraction));
        }

        Require.Alpha(tailAlpha, nameof(tailAlpha));
        var z = -Normal.InvCDF(0, 1, tailAlpha / 2);
        return 2 * StandardNormal.UpperTail(z / Math.Sqrt(informationFraction));
    }
}
