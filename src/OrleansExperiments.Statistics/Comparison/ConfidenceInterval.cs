namespace OrleansExperiments.Statistics;

/// <summary>A two-sided confidence interval.</summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Level">Confidence level, for example 0.95.</param>
public sealed record ConfidenceInterval(double Low, double High, double Level)
{
    /// <summary>
    /// The level of the interval that goes with a test at <paramref name="alpha"/>: 1 − α for a two-sided
    /// test, 1 − 2α for a one-sided one, whose bounds are then exactly the two one-sided 1 − α bounds
    /// (R's one-sided conf.int) so the interval excludes 0 on the tested side exactly when the test rejects.
    /// </summary>
    public static double LevelFor(Alternative alternative, double alpha) =>
        alternative == Alternative.TwoSided ? 1 - alpha : 1 - (2 * alpha);

    /// <summary>Whether <paramref name="value"/> lies in [Low, High].</summary>
    public bool Contains(double value) => value >= Low && value <= High;
}
