using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace OrleansExperiments.Statistics;

/// <summary>
/// Student's t distribution with real (Welch) degrees of freedom. Tails are computed directly from the
/// regularized incomplete beta function, so small p-values keep their relative precision; the quantile
/// is a safeguarded Newton search on the tail, much faster than MathNet's InvCDF.
/// </summary>
internal static class StudentTDistribution
{
    private const int MaximumNewtonSteps = 200;
    private const double RelativeTolerance = 1e-14;

    /// <summary>P(T &gt; t).</summary>
    public static double UpperTail(double t, double degreesOfFreedom)
    {
        if (double.IsPositiveInfinity(t))
        {
            return 0;
        }

        if (double.IsNegativeInfinity(t))
        {
            return 1;
        }

        // P(|T| > |t|) = I_{ν/(ν+t²)}(ν/2, 1/2).
        var beyond = 0.5 * SpecialFunctions.BetaRegularized(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + (t * t)));
        return t >= 0 ? beyond : 1 - beyond;
    }

    /// <summary>P(T &lt; t).</summary>
    public static double LowerTail(double t, double degreesOfFreedom) => UpperTail(-t, degreesOfFreedom);

    public static double Density(double t, double degreesOfFreedom)
    {
        var logDensity = SpecialFunctions.GammaLn((degreesOfFreedom + 1) / 2)
            - SpecialFunctions.GammaLn(degreesOfFreedom / 2)
            - (0.5 * Math.Log(degreesOfFreedom * Math.PI))
            - ((degreesOfFreedom + 1) / 2 * Math.Log(1 + (t * t / degreesOfFreedom)));
        return Math.Exp(logDensity);
    }

    /// <summary>The t with P(T &gt; t) = <paramref name="upperTailProbability"/>.</summary>
    public static double UpperQuantile(double upperTailProbability, double degreesOfFreedom)
    {
        if (!(upperTailProbability > 0 && upperTailProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(upperTailProbability), upperTailProbability, "A tail probability must be in (0, 1).");
        }

        if (upperTailProbability == 0.5)
        {
            return 0;
        }

        return upperTailProbability > 0.5
            ? -PositiveQuantile(1 - upperTailProbability, degreesOfFreedom)
            : PositiveQuantile(upperTailProbability, degreesOfFreedom);
    }

    /// <summary>
    /// Newton's method on the tail from the Cornish–Fisher guess, kept inside the bracket the iterates
    /// establish (bisecting, or doubling while no upper end is known): typically three tail evaluations.
    /// </summary>
    private static double PositiveQuantile(double p, double degreesOfFreedom)
    {
        var low = 0.0;
        var high = double.PositiveInfinity;
        var t = CornishFisherGuess(p, degreesOfFreedom);
        if (!(t > 0 && double.IsFinite(t)))
        {
            t = 1;
        }

        for (var step = 0; step < MaximumNewtonSteps; step++)
        {
            var excess = UpperTail(t, degreesOfFreedom) - p;
            if (excess == 0)
            {
                return t;
            }

            if (excess > 0)
            {
                low = t;
            }
            else
            {
                high = t;
            }

            // The tail falls with slope −density, so Newton moves by excess / density.
            var next = t + (excess / Density(t, degreesOfFreedom));
            if (!(next > low && next < high))
            {
                next = double.IsPositiveInfinity(high) ? 2 * t : (low + high) / 2;
            }

            if (Math.Abs(next - t) <= RelativeTolerance * Math.Abs(next))
            {
                return next;
            }

            t = next;
        }

        return t;
    }

    /// <summary>Cornish–Fisher expansion of the t quantile around the normal one (Abramowitz &amp; Stegun 26.7.5).</summary>
    private static double CornishFisherGuess(double p, double v)
    {
        var z = -Normal.InvCDF(0, 1, p);
        var z2 = z * z;
        var g1 = ((z2 + 1) * z) / 4;
        var g2 = ((((5 * z2) + 16) * z2) + 3) * z / 96;
        var g3 = ((((((3 * z2) + 19) * z2) + 17) * z2) - 15) * z / 384;
        var g4 = ((((((((79 * z2) + 776) * z2) + 1482) * z2) - 1920) * z2) - 945) * z / 92160;
        return z + (g1 / v) + (g2 / (v * v)) + (g3 / (v * v * v)) + (g4 / (v * v * v * v));
    }
}
