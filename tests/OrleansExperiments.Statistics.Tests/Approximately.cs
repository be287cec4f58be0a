namespace OrleansExperiments.Statistics.Tests;

/// <summary>Comparison with reference values from R or SciPy to the acceptance tolerance.</summary>
internal static class Approximately
{
    /// <summary>The acceptance criterion: 1e-6 relative.</summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>For references that are 0 up to rounding (R prints −1.1e-16 for a zero contrast).</summary>
    public const double AbsoluteFloor = 1e-12;

    public static void Equal(double expected, double? actual, string what)
    {
        Assert.True(actual.HasValue, $"{what}: expected {expected:R}, got null");
        var value = actual.Value;
        if (double.IsInfinity(expected))
        {
            Assert.True(expected == value, $"{what}: expected {expected}, got {value:R}");
            return;
        }

        var tolerance = (RelativeTolerance * Math.Abs(expected)) + AbsoluteFloor;
        Assert.True(Math.Abs(value - expected) <= tolerance, $"{what}: expected {expected:R}, got {value:R} (tolerance {tolerance:G3})");
    }
}
