namespace OrleansExperiments.Statistics;

/// <summary>
/// Computes U/(n₁n₂) for weighted copies of the two arms in O(n₁ + n₂): every bootstrap resample is a
/// set of weights on the original values, and the order of the originals is found once, here.
/// </summary>
internal sealed class ImprovementCounter
{
    private readonly int[] baselineOrder;
    private readonly int[] baselineBelow;
    private readonly int[] baselineAtOrBelow;
    private readonly double[] prefix;

    public ImprovementCounter(double[] baseline, double[] change, MetricGoal goal)
    {
        // Orienting by the goal makes "better" mean "larger" for both goals.
        var sign = goal.ImprovementSign();
        var orientedBaseline = baseline.Select(value => sign * value).ToArray();
        baselineOrder = Enumerable.Range(0, baseline.Length).ToArray();
        var sortedBaseline = (double[])orientedBaseline.Clone();
        Array.Sort(sortedBaseline, baselineOrder);

        baselineBelow = new int[change.Length];
        baselineAtOrBelow = new int[change.Length];
        for (var j = 0; j < change.Length; j++)
        {
            var oriented = sign * change[j];
            baselineBelow[j] = CountBelow(sortedBaseline, oriented, orEqual: false);
            baselineAtOrBelow[j] = CountBelow(sortedBaseline, oriented, orEqual: true);
        }

        prefix = new double[baseline.Length + 1];
    }

    public int BaselineCount => baselineOrder.Length;

    public int ChangeCount => baselineBelow.Length;

    /// <summary>Weighted share of (baseline, change) pairs where the change is better, ties ½.</summary>
    public double Probability(int[] baselineWeights, int[] changeWeights)
    {
        var baselineTotal = 0.0;
        for (var k = 0; k < baselineOrder.Length; k++)
        {
            baselineTotal += baselineWeights[baselineOrder[k]];
            prefix[k + 1] = baselineTotal;
        }

        var wins = 0.0;
        var changeTotal = 0.0;
        for (var j = 0; j < baselineBelow.Length; j++)
        {
            var below = prefix[baselineBelow[j]];
            var tied = prefix[baselineAtOrBelow[j]] - below;
            wins += changeWeights[j] * (below + (0.5 * tied));
            changeTotal += changeWeights[j];
        }

        return wins / (baselineTotal * changeTotal);
    }

    private static int CountBelow(double[] sorted, double value, bool orEqual)
    {
        var count = 0;
        while (count < sorted.Length && (sorted[count] < value || (orEqual && sorted[count] == value)))
        {
            count++;
        }

        return count;
    }
}
