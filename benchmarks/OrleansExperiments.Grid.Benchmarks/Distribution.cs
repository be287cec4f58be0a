using System.Globalization;

namespace OrleansExperiments.Grid.Benchmarks;

/// <summary>A sample of durations in milliseconds, summarized as the tables in BENCHMARKS.md show them.</summary>
public sealed class Distribution(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;
    public double Median => Quantile(0.5);
    public double P90 => Quantile(0.9);
    public double Mean => _sorted.Average();
    public double Min => _sorted[0];
    public double Max => _sorted[^1];

    /// <summary>Linear interpolation between order statistics (R's type 7).</summary>
    public double Quantile(double p)
    {
        var position = p * (_sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, _sorted.Length - 1);
        return _sorted[below] + (position - below) * (_sorted[above] - _sorted[below]);
    }

    public string Row(string label) => string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {Count} | {Median:F1} | {P90:F1} | {Mean:F1} | {Min:F1}–{Max:F1} |");

    public const string Header = "| measure | n | median ms | p90 ms | mean ms | min–max ms |\n|---|---:|---:|---:|---:|---|";
}
