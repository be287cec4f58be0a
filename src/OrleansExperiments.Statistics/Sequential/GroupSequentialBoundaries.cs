using MathNet.Numerics.RootFinding;

namespace OrleansExperiments.Statistics;

/// <summary>
/// Critical values on the z scale for a group-sequential design under an α-spending function, by the
/// recursive numerical integration of Armitage, McPherson &amp; Rowe (1969) as in Jennison &amp; Turnbull
/// (2000, ch. 19): Z at look k, given the path stayed inside the boundaries, has a density on a grid;
/// each boundary is the root that makes the probability of first crossing at look k equal to the α
/// spent between looks k − 1 and k. Computed under the null hypothesis (drift 0).
/// </summary>
internal static class GroupSequentialBoundaries
{
    /// <summary>Largest grid spacing on the z scale; Simpson's rule on it is accurate to about 1e-9.</summary>
    private const double MaximumGridStep = 0.02;

    /// <summary>Grid points per standard deviation of the narrowest transition kernel.</summary>
    private const double PointsPerKernelWidth = 10;

    /// <summary>Where a one-sided design's continuation region is cut below: the null density there is below 1e-22.</summary>
    private const double LowerIntegrationLimit = -10;

    private const double BoundarySearchLimit = 40;
    private const double BoundaryAccuracy = 1e-12;

    /// <summary>
    /// Upper z boundaries c₁…c_K for a tail of level <paramref name="tailAlpha"/>; a two-sided design
    /// (α/2 per tail) also stops below −c_k, which under the null is the mirror image.
    /// </summary>
    public static double[] Compute(double[] informationFractions, double tailAlpha, bool twoSided)
    {
        var boundaries = new double[informationFractions.Length];
        var spentBefore = 0.0;
        Grid? continuation = null;
        for (var k = 0; k < informationFractions.Length; k++)
        {
            var spent = ObrienFlemingSpending.Cumulative(informationFractions[k], tailAlpha);
            var target = spent - spentBefore;
            spentBefore = spent;
            if (continuation is null)
            {
                boundaries[k] = -MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, target);
            }
            else
            {
                var grid = continuation;
                boundaries[k] = Brent.FindRoot(
                    c => grid.UpperCrossing(c, informationFractions[k]) - target,
                    twoSided ? 0 : LowerIntegrationLimit,
                    BoundarySearchLimit,
                    BoundaryAccuracy);
            }

            if (k + 1 < informationFractions.Length)
            {
                var low = twoSided ? -boundaries[k] : LowerIntegrationLimit;
                var step = GridStep(informationFractions[k], informationFractions[k + 1]);
                continuation = continuation is null
                    ? Grid.Initial(low, boundaries[k], step, informationFractions[k])
                    : continuation.Next(low, boundaries[k], step, informationFractions[k]);
            }
        }

        return boundaries;
    }

    /// <summary>
    /// The next transition smooths over √((t_{k+1} − t_k)/t_k) on look k's z scale; the grid must resolve that.
    /// </summary>
    private static double GridStep(double current, double next) =>
        Math.Min(MaximumGridStep, Math.Sqrt((next - current) / current) / PointsPerKernelWidth);

    /// <summary>The sub-density of Z at one look (information fraction t) on its continuation region, with Simpson weights.</summary>
    private sealed class Grid
    {
        private readonly double[] points;
        private readonly double[] weightedDensity;
        private readonly double fraction;

        private Grid(double[] points, double[] weightedDensity, double fraction)
        {
            this.points = points;
            this.weightedDensity = weightedDensity;
            this.fraction = fraction;
        }

        public static Grid Initial(double low, double high, double step, double fraction)
        {
            var (points, weights) = Simpson(low, high, step);
            return new Grid(points, points.Select((z, i) => weights[i] * StandardNormal.Density(z)).ToArray(), fraction);
        }

        /// <summary>P(Z at the next look (fraction <paramref name="next"/>) &gt; c, and the path stayed inside up to this look).</summary>
        public double UpperCrossing(double c, double next)
        {
            var (scale, increment) = Kernel(next);
            var total = 0.0;
            for (var i = 0; i < points.Length; i++)
            {
                total += weightedDensity[i] * StandardNormal.UpperTail(((c * Math.Sqrt(next)) - (points[i] * scale)) / increment);
            }

            return total;
        }

        /// <summary>The sub-density at the next look (fraction <paramref name="next"/>) on its continuation region [low, high].</summary>
        public Grid Next(double low, double high, double step, double next)
        {
            var (scale, increment) = Kernel(next);
            var (nextPoints, weights) = Simpson(low, high, step);
            var density = new double[nextPoints.Length];
            for (var j = 0; j < nextPoints.Length; j++)
            {
                var total = 0.0;
                for (var i = 0; i < points.Length; i++)
                {
                    total += weightedDensity[i] * StandardNormal.Density(((nextPoints[j] * Math.Sqrt(next)) - (points[i] * scale)) / increment);
                }

                // Change of variable from the score S = Z·√t to Z.
                density[j] = weights[j] * total * Math.Sqrt(next) / increment;
            }

            return new Grid(nextPoints, density, next);
        }

        /// <summary>Z_next·√t_next = Z·√t + N(0, t_next − t).</summary>
        private (double Scale, double Increment) Kernel(double next) =>
            (Math.Sqrt(fraction), Math.Sqrt(next - fraction));

        private static (double[] Points, double[] Weights) Simpson(double low, double high, double step)
        {
            var intervals = 2 * (int)Math.Ceiling((high - low) / (2 * step));
            var h = (high - low) / intervals;
            var points = new double[intervals + 1];
            var weights = new double[intervals + 1];
            for (var i = 0; i <= intervals; i++)
            {
                points[i] = low + (i * h);
                weights[i] = h / 3 * (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2);
            }

            return (points, weights);
        }
    }
}
