namespace OrleansExperiments.Statistics.Tests;

/// <summary>Masked regressions, naming and input checks of the factorial analysis (numbers: FactorialReferenceTests).</summary>
public sealed class FactorialAnalysisTests
{
    [Fact]
    public void A_component_that_regresses_alone_but_improves_in_combination_is_flagged()
    {
        // k2-masked: A alone −0.0097 (pooled p = 0.0008), A+B +0.0203 (p = 4e-6); B and A on top of B improve.
        var (components, cells) = FactorialReferenceTests.Designs["k2-masked"];
        var result = FactorialAnalysis.Analyze(components, cells, new FactorialOptions { Goal = MetricGoal.Maximize });

        var finding = Assert.Single(result.MaskedRegressions);
        Assert.Equal(("A", "alone", "A+B"), (finding.Change, finding.Context, finding.MaskedBy));
        Approximately.Equal(-0.00966666666666671, finding.Estimate, "estimate");
        Approximately.Equal(0.000813862111732101, finding.PValue, "p");
        Approximately.Equal(0.0203333333333332, finding.MaskedByEstimate, "combination estimate");
        Assert.Contains("masks the regression of 'A'", finding.Description);
    }

    [Fact]
    public void A_component_that_regresses_on_top_of_the_others_is_flagged_for_each_improving_combination()
    {
        // k3-loss (minimized): wd on top of lr+aug raises the loss by 0.004, while lr+wd, wd+aug and
        // lr+wd+aug all lower it significantly with the pooled variance.
        var (components, cells) = FactorialReferenceTests.Designs["k3-loss"];
        var pooled = FactorialAnalysis.Analyze(components, cells, new FactorialOptions { Goal = MetricGoal.Minimize });

        Assert.All(pooled.MaskedRegressions, finding => Assert.Equal(("wd", "on top of lr+aug"), (finding.Change, finding.Context)));
        Assert.Equal(["lr+wd", "wd+aug", "lr+wd+aug"], pooled.MaskedRegressions.Select(finding => finding.MaskedBy));
        Assert.Equal(0.004, pooled.MaskedRegressions[0].Estimate, 12);

        // With each cell's own variance wd+aug (Welch p = 0.10) no longer counts as an improvement.
        var welch = FactorialAnalysis.Analyze(components, cells, new FactorialOptions { Goal = MetricGoal.Minimize, Variance = FactorialVariance.Welch });
        Assert.Equal(["lr+wd", "lr+wd+aug"], welch.MaskedRegressions.Select(finding => finding.MaskedBy));
    }

    [Fact]
    public void The_same_data_with_the_opposite_goal_masks_nothing()
    {
        var (components, cells) = FactorialReferenceTests.Designs["k2-masked"];
        Assert.Empty(FactorialAnalysis.Analyze(components, cells, new FactorialOptions { Goal = MetricGoal.Minimize }).MaskedRegressions);
    }

    [Fact]
    public void Cells_and_effects_are_named_in_component_order()
    {
        var (components, cells) = FactorialReferenceTests.Designs["k3-n2"];
        var result = FactorialAnalysis.Analyze(components, cells.Reverse().ToArray(), new FactorialOptions { Goal = MetricGoal.Maximize });

        Assert.Equal(["baseline", "A", "B", "A+B", "C", "A+C", "B+C", "A+B+C"], result.Cells.Select(cell => cell.Name));
        Assert.Equal(["A", "B", "C", "A:B", "A:C", "B:C", "A:B:C"], result.Effects.Select(effect => effect.Name));
        Assert.Equal(["A", "B", "A+B", "C", "A+C", "B+C", "A+B+C"], result.CellComparisons.Select(comparison => comparison.Name));
        Assert.Equal(8, result.PooledDegreesOfFreedom);
        Approximately.Equal(0.00026875, result.PooledVariance, "pooled variance");
    }

    [Fact]
    public void Deterministic_cells_are_compared_exactly()
    {
        FactorialCell[] cells = [new([], [1.0, 1.0]), new(["A"], [2.0, 2.0])];
        var effect = Assert.Single(FactorialAnalysis.Analyze(["A"], cells, new FactorialOptions { Goal = MetricGoal.Maximize }).Effects);
        Assert.Equal(1, effect.Estimate);
        Assert.Null(effect.Pooled.Statistic);
        Assert.Equal(0, effect.Pooled.PValue);
        Assert.Equal(0, effect.Welch.PValue);
    }

    [Fact]
    public void A_missing_cell_is_refused()
    {
        FactorialCell[] cells = [new([], [1.0, 2.0]), new(["A"], [1.0, 2.0]), new(["B"], [1.0, 2.0])];
        var error = Assert.Throws<ArgumentException>(() => FactorialAnalysis.Analyze(["A", "B"], cells, new FactorialOptions { Goal = MetricGoal.Maximize }));
        Assert.Contains("2 components need 4 cells", error.Message);
    }

    [Fact]
    public void An_unknown_component_is_refused()
    {
        FactorialCell[] cells = [new([], [1.0, 2.0]), new(["X"], [1.0, 2.0])];
        var error = Assert.Throws<ArgumentException>(() => FactorialAnalysis.Analyze(["A"], cells, new FactorialOptions { Goal = MetricGoal.Maximize }));
        Assert.Contains("'X', which is not one of the components [A]", error.Message);
    }

    [Fact]
    public void A_repeated_cell_is_refused()
    {
        FactorialCell[] cells = [new(["A"], [1.0, 2.0]), new(["A"], [1.0, 2.0])];
        var error = Assert.Throws<ArgumentException>(() => FactorialAnalysis.Analyze(["A"], cells, new FactorialOptions { Goal = MetricGoal.Maximize }));
        Assert.Contains("The cell 'A' is given twice", error.Message);
    }

    [Fact]
    public void A_cell_with_one_seed_is_refused_by_name()
    {
        FactorialCell[] cells = [new([], [1.0, 2.0]), new(["A"], [1.0])];
        var error = Assert.Throws<ArgumentException>(() => FactorialAnalysis.Analyze(["A"], cells, new FactorialOptions { Goal = MetricGoal.Maximize }));
        Assert.Contains("'cells[A].Values' has 1 value(s)", error.Message);
    }

    [Fact]
    public void More_than_four_components_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => FactorialAnalysis.Analyze(["A", "B", "C", "D", "E"], [], new FactorialOptions { Goal = MetricGoal.Maximize }));
        Assert.Contains("1 to 4 components", error.Message);
    }
}
