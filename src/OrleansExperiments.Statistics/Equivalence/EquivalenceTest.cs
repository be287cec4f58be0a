namespace OrleansExperiments.Statistics;

/// <summary>Equivalence of a change and its baseline within a declared margin, for the non-intrusiveness check.</summary>
public static class EquivalenceTest
{
    /// <summary>
    /// Two one-sided tests (Schuirmann's TOST) with margin δ: <see cref="EquivalenceStatus.Unchanged"/> when
    /// both H₀: difference ≤ −δ and H₀: difference ≥ δ are rejected at α; otherwise
    /// <see cref="EquivalenceStatus.Changed"/> when the two-sided test of no difference rejects at α; otherwise
    /// <see cref="EquivalenceStatus.Inconclusive"/>. Equivalence is checked first: a difference smaller than
    /// the margin is what the margin declares unimportant, even when many seeds make it significant.
    /// Deterministic paired runs are compared bitwise instead: any difference is a change.
    /// </summary>
    public static EquivalenceResult Tost(IReadOnlyList<double> baseline, IReadOnlyList<double> change, EquivalenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baselineValues = Require.Sample(baseline, nameof(baseline));
        var changeValues = Require.Sample(change, nameof(change));
        Require.Alpha(options.Alpha, nameof(options.Alpha));
        Require.PositiveFinite(options.Margin, nameof(options.Margin), "Declare the largest difference that still counts as unchanged.");
        var estimate = DifferenceEstimate.Of(baselineValues, changeValues, options.Test);
        var tests = TwoOneSidedTests.Run(estimate, options.Margin, options.Alpha);
        var (status, reason) = options.Deterministic && options.Test == TestKind.Paired
            ? BitwiseStatus(baselineValues, changeValues)
            : StatusOf(tests, estimate, options);
        return tests.ToResult(status, reason, options.Deterministic && options.Test == TestKind.Paired);
    }

    private static (EquivalenceStatus Status, string Reason) StatusOf(TwoOneSidedTests tests, DifferenceEstimate estimate, EquivalenceOptions options)
    {
        var margin = Text.Number(options.Margin);
        var alpha = Text.Number(options.Alpha);
        var interval = $"{Text.Percent(tests.Interval.Level)} CI [{Text.Number(tests.Interval.Low)}, {Text.Number(tests.Interval.High)}]";
        var difference = $"difference (change − baseline) {Text.Number(estimate.Estimate)}";
        if (estimate.IsExact)
        {
            return Math.Abs(estimate.Estimate) < options.Margin
                ? (EquivalenceStatus.Unchanged, $"Unchanged: both arms have zero variance and the exact {difference} lies inside ±{margin}.")
                : (EquivalenceStatus.Changed, $"Changed: both arms have zero variance and the exact {difference} is not inside ±{margin}.");
        }

        if (tests.LowerPValue <= options.Alpha && tests.UpperPValue <= options.Alpha)
        {
            return (EquivalenceStatus.Unchanged, $"Unchanged within ±{margin}: {difference}, {interval}; TOST p = {Text.Number(tests.EquivalencePValue)} ≤ α = {alpha}.");
        }

        if (tests.DifferencePValue <= options.Alpha)
        {
            return (EquivalenceStatus.Changed, $"Changed: {difference} is significant (two-sided p = {Text.Number(tests.DifferencePValue)} ≤ α = {alpha}) and the {interval} is not inside ±{margin}.");
        }

        return (EquivalenceStatus.Inconclusive, $"Inconclusive: neither equivalence within ±{margin} (TOST p = {Text.Number(tests.EquivalencePValue)}) nor a difference (two-sided p = {Text.Number(tests.DifferencePValue)}) is shown at α = {alpha}; {difference}, {interval}. More seeds would decide.");
    }

    private static (EquivalenceStatus Status, string Reason) BitwiseStatus(double[] baseline, double[] change)
    {
        var differing = 0;
        var largest = 0.0;
        for (var i = 0; i < baseline.Length; i++)
        {
            // Bitwise, not ==: deterministic training must reproduce the exact bits (this also tells 0.0 from −0.0).
            if (BitConverter.DoubleToInt64Bits(baseline[i]) != BitConverter.DoubleToInt64Bits(change[i]))
            {
                differing++;
                largest = Math.Max(largest, Math.Abs(change[i] - baseline[i]));
            }
        }

        return differing == 0
            ? (EquivalenceStatus.Unchanged, $"Unchanged: all {baseline.Length} paired deterministic runs are bitwise equal.")
            : (EquivalenceStatus.Changed, $"Changed: {differing} of {baseline.Length} paired deterministic runs differ (largest |difference| {Text.Number(largest)}); deterministic runs must be bitwise equal.");
    }
}
