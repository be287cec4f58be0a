using MathNet.Numerics.Distributions;

namespace OrleansExperiments.Statistics;

/// <summary>
/// Lan–DeMets O'Brien–Fleming-type α-spending: α(t) = 2 − 2Φ(z₁₋α/₂ / √t) of the total α is spent by
/// information fraction t. It spends almost nothing at early looks and nearly all of α at the last one,
/// so a plan that never stops early loses almost no power. The same function serves one-sided designs
/// (as in gsDesign's sfLDOF) and two-sided ones (Lan &amp; DeMets 1983, split equally between the tails).
/// </summary>
public static class ObrienFlemingSpending
{
    /// <summary>The part of <paramref name="alpha"/> spent once the information fraction reaches <paramref name="informationFraction"/>.</summary>
    public static double Cumulative(double informationFraction, double alpha)
    {
        if (!(informationFraction > 0 && informationFraction <= 1))
        {
            throw new ArgumentException($"An information fraction must be in (0, 1]; got {Text.Number(informationFraction)}.", nameof(informationFraction));
        }

        Require.Alpha(alpha);
        var z = -Normal.InvCDF(0, 1, alpha / 2);
        return 2 * StandardNormal.UpperTail(z / Math.Sqrt(informationFraction));
    }
}
