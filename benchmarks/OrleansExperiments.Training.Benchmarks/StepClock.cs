using System.Diagnostics;
using System.Globalization;

namespace OrleansExperiments.Training.Benchmarks;

/// <summary>
/// What a benchmark child measures while it trains: steady-state time per step (after a warm-up), and the
/// resident memory over the run. Both loops use it the same way.
/// </summary>
internal sealed class StepClock(long steps)
{
    /// <summary>Steps left out of the timing: allocator and JIT warm-up.</summary>
    public const long WarmupSteps = 200;
    private const int MemorySamples = 10;
    private const string FirstStepMarker = "first-step-done";

    private readonly Stopwatch clock = new();
    private readonly List<double> residentMegabytes = [];

    public long Steps { get; } = steps;

    /// <summary>Call after each step.</summary>
    public void After(long step)
    {
        if (step == 0)
            Console.WriteLine(FirstStepMarker);
        if (step == WarmupSteps - 1)
            clock.Restart();
        if ((step + 1) % Math.Max(1, Steps / MemorySamples) == 0)
            residentMegabytes.Add(MemoryProbe.ResidentMegabytes());
    }

    /// <summary>The measurements as metrics: ms_per_step, peak_rss_mb and rss_mb_N for each tenth of the run.</summary>
    public Dictionary<string, double> Metrics()
    {
        var metrics = new Dictionary<string, double> { ["peak_rss_mb"] = MemoryProbe.PeakResidentMegabytes() };
        if (Steps > WarmupSteps)
            metrics["ms_per_step"] = clock.Elapsed.TotalMilliseconds / (Steps - WarmupSteps);
        for (var sample = 0; sample < residentMegabytes.Count; sample++)
            metrics[string.Create(CultureInfo.InvariantCulture, $"rss_mb_{sample + 1}")] = residentMegabytes[sample];
        return metrics;
    }

    /// <summary>Whether a line of the child's stdout says the first step finished.</summary>
    public static bool IsFirstStepMarker(string line) => line == FirstStepMarker;
}
