using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace OrleansExperiments.Statistics;

/// <summary>
/// The noncentral t distribution's CDF by Lenth's algorithm AS 243 (Applied Statistics 38, 1989,
/// 185–189; Guenther's twin series), the method R's pt(q, df, ncp) uses. Power analysis needs it.
/// </summary>
internal static class NoncentralStudentT
{
    private const int MaximumTerms = 1000;
    private const double SeriesTolerance = 1e-12;

    /// <summary>Beyond these the series underflows; A&amp;S 26.7.10's normal approximation is accurate there.</summary>
    private const double LargeDegreesOfFreedom = 4e5;

    private const double LargeSquaredNoncentrality = 2 * 0.6931471805599453 * 1021;

    private static readonly double SqrtTwoOverPi = Math.Sqrt(2 / Math.PI);
    private static readonly double LogSqrtPi = 0.5 * Math.Log(Math.PI);

    /// <summary>P(T &gt; t) for T noncentral t with the given degrees of freedom and noncentrality.</summary>
    public static double UpperTail(double t, double degreesOfFreedom, double noncentrality)
    {
        if (noncentrality == 0)
        {
            return StudentTDistribution.UpperTail(t, degreesOfFreedom);
        }

        // The series is for t ≥ 0; P(T ≤ t; δ) = P(T ≥ −t; −δ) covers t < 0.
        var reflected = t < 0;
        var absoluteT = Math.Abs(t);
        var delta = reflected ? -noncentrality : noncentrality;
        var lowerOfReflected = LowerTailForNonNegative(absoluteT, degreesOfFreedom, delta);
        return reflected ? lowerOfReflected : 1 - lowerOfReflected;
    }

    private static double LowerTailForNonNegative(double t, double df, double delta)
    {
        if (df > LargeDegreesOfFreedom || delta * delta > LargeSquaredNoncentrality)
        {
            var s = 1 / (4 * df);
            return Normal.CDF(delta, Math.Sqrt(1 + (t * t * 2 * s)), t * (1 - s));
        }

        var total = 0.0;
        var tSquared = t * t;
        if (tSquared > 0)
        {
            var x = tSquared / (tSquared + df);
            var lambda = delta * delta;
            var p = 0.5 * Math.Exp(-0.5 * lambda);
            if (p == 0)
            {
                return 0;
            }

            var q = SqrtTwoOverPi * p * delta;
            var remaining = 0.5 - p;
            if (remaining < 1e-7)
            {
                remaining = -0.5 * ExpMinusOne(-0.5 * lambda);
            }

            var a = 0.5;
            var b = 0.5 * df;
            var oneMinusXToB = Math.Pow(df / (tSquared + df), b);
            var logBeta = LogSqrtPi + SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(0.5 + b);
            var xOdd = SpecialFunctions.BetaRegularized(a, b, x);
            var gOdd = 2 * oneMinusXToB * Math.Exp((a * Math.Log(x)) - logBeta);
            var bx = b * x;
            var xEven = bx < double.Epsilon ? bx : 1 - oneMinusXToB;
            var gEven = bx * oneMinusXToB;
            total = (p * xOdd) + (q * xEven);
            for (var term = 1; term <= MaximumTerms; term++)
            {
                a += 1;
                xOdd -= gOdd;
                xEven -= gEven;
                gOdd *= x * (a + b - 1) / a;
                gEven *= x * (a + b - 0.5) / (a + 0.5);
                p *= lambda / (2 * term);
                q *= lambda / ((2 * term) + 1);
                total += (p * xOdd) + (q * xEven);
                remaining -= p;
                if (remaining <= 0 && term > 1)
                {
                    break;
                }

                if (Math.Abs(2 * remaining * (xOdd - gOdd)) < SeriesTolerance)
                {
                    break;
                }
            }
        }

        total += Normal.CDF(0, 1, -delta);
        return Math.Min(total, 1);
    }

    private static double ExpMinusOne(double x) =>
        Math.Abs(x) < 1e-5 ? x + (x * x / 2) + (x * x * x / 6) : Math.Exp(x) - 1;
}
