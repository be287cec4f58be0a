namespace OrleansExperiments.Statistics;

/// <summary>
/// Finds components that significantly regress on their own (versus the baseline) or on top of all the
/// others (all components versus all but this one), while a combination containing them significantly
/// improves on the baseline.
/// </summary>
internal static class MaskedRegressionFinder
{
    public static IReadOnlyList<MaskedRegression> Find(FactorialDesign design, ContrastCalculator calculator, FactorialContrast[] cellComparisons, FactorialOptions options)
    {
        var sign = options.Goal.ImprovementSign();
        bool Significant(FactorialContrast contrast) => contrast.Under(options.Variance).PValue <= options.Alpha;
        bool Regresses(FactorialContrast contrast) => Significant(contrast) && sign * contrast.Estimate < 0;
        bool Improves(FactorialContrast contrast) => Significant(contrast) && sign * contrast.Estimate > 0;

        var findings = new List<MaskedRegression>();
        for (var component = 0; component < design.Components.Count; component++)
        {
            var improvingCombinations = Enumerable.Range(1, design.AllComponents)
                .Where(mask => FactorialDesign.Contains(mask, component) && System.Numerics.BitOperations.PopCount((uint)mask) >= 2)
                .Select(mask => cellComparisons[mask - 1])
                .Where(Improves)
                .ToArray();
            if (improvingCombinations.Length == 0)
            {
                continue;
            }

            foreach (var (context, effect) in OwnEffects(design, calculator, component))
            {
                if (!Regresses(effect))
                {
                    continue;
                }

                findings.AddRange(improvingCombinations.Select(combination => Finding(design.Components[component], context, effect, combination, options.Variance)));
            }
        }

        return findings;
    }

    /// <summary>The component alone versus the baseline, and (for k ≥ 2) all components versus all but this one.</summary>
    private static IEnumerable<(string Context, FactorialContrast Effect)> OwnEffects(FactorialDesign design, ContrastCalculator calculator, int component)
    {
        var alone = 1 << component;
        yield return ("alone", FactorialAnalysis.CellVersusBaseline(design, calculator, alone));
        var others = design.AllComponents & ~alone;
        if (others != 0)
        {
            var context = $"on top of {design.NameOf(others)}";
            yield return (context, FactorialAnalysis.Difference(design, calculator, $"{design.Components[component]} {context}", design.AllComponents, others));
        }
    }

    private static MaskedRegression Finding(string change, string context, FactorialContrast effect, FactorialContrast combination, FactorialVariance variance)
    {
        var effectTest = effect.Under(variance);
        var combinationTest = combination.Under(variance);
        var description = $"'{change}' {context} worsens the metric by {Text.Number(effect.Estimate)} (p = {Text.Number(effectTest.PValue)}), "
            + $"while '{combination.Name}' improves on the baseline by {Text.Number(combination.Estimate)} (p = {Text.Number(combinationTest.PValue)}): "
            + $"the combination's gain masks the regression of '{change}'.";
        return new MaskedRegression(change, context, effect.Estimate, effectTest.PValue, combination.Name, combination.Estimate, combinationTest.PValue, description);
    }
}
