using OrleansExperiments.Abstractions.Experiments;
using OrleansExperiments.Grains.Storage;

namespace OrleansExperiments.Grains.Experiments;

/// <summary>Maps the grid's contract enums onto the statistics engine's and its results onto the JSON words.</summary>
public static class StatisticsMapping
{
    public static Statistics.MetricGoal ToStatistics(this MetricGoal goal) => goal switch
    {
        MetricGoal.Maximize => Statistics.MetricGoal.Maximize,
        _ => Statistics.MetricGoal.Minimize,
    };

    public static Statistics.Alternative ToStatistics(this ComparisonAlternative alternative) => alternative switch
    {
        ComparisonAlternative.Better => Statistics.Alternative.Better,
        ComparisonAlternative.Worse => Statistics.Alternative.Worse,
        _ => Statistics.Alternative.TwoSided,
    };

    public static string Word(this Statistics.Verdict verdict) => GridJson.Lower(verdict);

    public static string Word(this Statistics.EquivalenceStatus status) => GridJson.Lower(status);
}
