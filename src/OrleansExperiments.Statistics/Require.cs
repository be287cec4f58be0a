namespace OrleansExperiments.Statistics;

/// <summary>Argument checks shared by every entry point, so that bad input gets the same clear message everywhere.</summary>
internal static class Require
{
    /// <summary>A variance (and so a test) needs two values.</summary>
    public const int MinimumValuesPerArm = 2;

    /// <summary>Above 0.5 a one-sided test would reject more often than it accepts under the null.</summary>
    public const double MaximumAlpha = 0.5;

    public static double[] Sample(IReadOnlyList<double>? values, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(values, argumentName);
        if (values.Count < MinimumValuesPerArm)
        {
            throw new ArgumentException(
                $"'{argumentName}' has {values.Count} value(s); at least {MinimumValuesPerArm} are needed per arm. Run more seeds.",
                argumentName);
        }

        var copy = new double[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var value = values[i];
            if (!double.IsFinite(value))
            {
                throw new ArgumentException(
                    $"'{argumentName}'[{i}] is {Text.Number(value)}; every value must be a finite number. Check the run that produced it.",
                    argumentName);
            }

            copy[i] = value;
        }

        return copy;
    }

    public static void Alpha(double alpha, string argumentName = "alpha")
    {
        if (!(alpha > 0 && alpha <= MaximumAlpha))
        {
            throw new ArgumentException(
                $"alpha must be in (0, {Text.Number(MaximumAlpha)}]; got {Text.Number(alpha)}. Use for example 0.05.",
                argumentName);
        }
    }

    public static void SameLength(double[] baseline, double[] change, string what)
    {
        if (baseline.Length != change.Length)
        {
            throw new ArgumentException(
                $"{what} needs the same seeds in both arms, in the same order; got {baseline.Length} baseline and {change.Length} change values.");
        }
    }

    public static void PositiveFinite(double value, string argumentName, string advice)
    {
        if (!(double.IsFinite(value) && value > 0))
        {
            throw new ArgumentException($"'{argumentName}' must be a positive finite number; got {Text.Number(value)}. {advice}", argumentName);
        }
    }
}
