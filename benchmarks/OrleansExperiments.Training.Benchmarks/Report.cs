using System.Globalization;

namespace OrleansExperiments.Training.Benchmarks;

/// <summary>Prints the measurements as the Markdown tables BENCHMARKS.md shows.</summary>
internal static class Report
{
    public static void Overhead(IReadOnlyList<ChildRun> runs, string baseline, IReadOnlyDictionary<string, string> loops)
    {
        Console.WriteLine("| loop | wall ms/step (median of runs) | thread CPU ms/step (median) | overhead vs plain, wall: median (min to max) | overhead vs plain, CPU: median (min to max) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (key, name) in loops)
            Console.WriteLine($"| {name} | {Invariant($"{Median(runs.Select(run => run.Metrics[$"{key}_wall_ms"])):0.000}")} | {Invariant($"{Median(runs.Select(run => run.Metrics[$"{key}_cpu_ms"])):0.000}")} | {Ratio(runs, key, baseline, "wall")} | {Ratio(runs, key, baseline, "cpu")} |");
    }

    private static string Ratio(IReadOnlyList<ChildRun> runs, string key, string baseline, string clock)
    {
        var ratios = runs.Select(run => (run.Metrics[$"{key}_{clock}_ms"] / run.Metrics[$"{baseline}_{clock}_ms"] - 1) * 100).ToList();
        return Invariant($"{Median(ratios):+0.0;-0.0}% ({ratios.Min():+0.0;-0.0}% to {ratios.Max():+0.0;-0.0}%)");
    }

    public static void Startup(IReadOnlyList<ChildRun> runs)
    {
        Console.WriteLine("| process | runs | wall time from process start to the end of step 0, ms (median) | min–max |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var group in runs.GroupBy(run => run.Variant))
        {
            var startup = group.Select(run => run.StartupMilliseconds!.Value).ToList();
            Console.WriteLine(Invariant($"| {group.Key} | {startup.Count} | {Median(startup):0} | {startup.Min():0}–{startup.Max():0} |"));
        }
    }

    public static void Memory(IReadOnlyList<ChildRun> runs, long steps)
    {
        var samples = runs[0].Metrics.Keys.Count(key => key.StartsWith("rss_mb_", StringComparison.Ordinal));
        Console.WriteLine(Invariant($"Resident memory (MB) after each tenth of a {steps}-step run, and the peak (VmHWM):"));
        Console.WriteLine();
        Console.WriteLine("| loop | " + string.Join(" | ", Enumerable.Range(1, samples).Select(sample => $"{sample * 10}%")) + " | peak |");
        Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", samples + 1)));
        foreach (var run in runs)
            Console.WriteLine($"| {run.Variant} | " + string.Join(" | ", Enumerable.Range(1, samples).Select(sample => Invariant($"{run.Metrics[$"rss_mb_{sample}"]:0}"))) + Invariant($" | {run.Metrics["peak_rss_mb"]:0} |"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
