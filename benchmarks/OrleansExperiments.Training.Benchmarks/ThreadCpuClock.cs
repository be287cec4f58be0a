using System.Runtime.InteropServices;

namespace OrleansExperiments.Training.Benchmarks;

/// <summary>
/// The calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID). With libtorch on one thread the step runs on
/// the calling thread, so this counts the step's work and not the time spent waiting for a busy CPU.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;
    private const double NanosecondsPerMillisecond = 1e6;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    public static double NowMilliseconds()
    {
        if (ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        return time.Seconds * 1e3 + time.Nanoseconds / NanosecondsPerMillisecond;
    }

    [LibraryImport("libc.so.6", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
