namespace OrleansExperiments.Statistics;

/// <summary>
/// The probability of improvement P(change better than baseline) = U/(n₁n₂), ties ½ (the Mann–Whitney
/// U of the change over the baseline, oriented by the metric's goal), and its percentile bootstrap interval.
/// </summary>
public static class ProbabilityOfImprovement
{
    /// <summary>Seed used when the caller gives none, so that reports are reproducible.</summary>
    public const int DefaultSeed = 20_240_601;

    /// <summary>
    /// Estimates the probability and, when <paramref name="resamples"/> &gt; 0, its percentile bootstrap
    /// interval at <paramref name="level"/>. Independent arms are resampled separately; with
    /// <paramref name="paired"/> the seed pairs are resampled together.
    /// </summary>
    public static ProbabilityOfImprovementEstimate Estimate(
        IReadOnlyList<double> baseline,
        IReadOnlyList<double> change,
        MetricGoal goal,
        bool paired = false,
        int resamples = 0,
        double level = 0.95,
        int seed = DefaultSeed)
    {
        var baselineValues = Require.Sample(baseline, nameof(baseline));
        var changeValues = Require.Sample(change, nameof(change));
        if (paired)
        {
            Require.SameLength(baselineValues, changeValues, "A paired bootstrap");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        if (!(level >= 0 && level < 1))
        {
            throw new ArgumentException($"The interval level must be in [0, 1); got {Text.Number(level)}.", nameof(level));
        }

        var counter = new ImprovementCounter(baselineValues, changeValues, goal);
        var estimate = counter.Probability(Ones(baselineValues.Length), Ones(changeValues.Length));
        var interval = resamples == 0 ? null : Bootstrap(counter, paired, resamples, level, seed);
        return new ProbabilityOfImprovementEstimate(estimate, interval, resamples, seed);
    }

    private static ConfidenceInterval Bootstrap(ImprovementCounter counter, bool paired, int resamples, double level, int seed)
    {
        var random = new Random(seed);
        var baselineWeights = new int[counter.BaselineCount];
        var changeWeights = paired ? baselineWeights : new int[counter.ChangeCount];
        var probabilities = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            Resample(random, baselineWeights);
            if (!paired)
            {
                Resample(random, changeWeights);
            }

            probabilities[r] = counter.Probability(baselineWeights, changeWeights);
        }

        Array.Sort(probabilities);
        var tail = (1 - level) / 2;
        return new ConfidenceInterval(Quantiles.R7Sorted(probabilities, tail), Quantiles.R7Sorted(probabilities, 1 - tail), level);
    }

    /// <summary>Draws n indices with replacement and stores how often each was drawn.</summary>
    private static void Resample(Random random, int[] weights)
    {
        Array.Clear(weights);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[random.Next(weights.Length)]++;
        }
    }

    private static int[] Ones(int count) => Enumerable.Repeat(1, count).ToArray();
}
