using System.Diagnostics;

namespace OrleansExperiments.Azurite.Tests;

/// <summary>Whether a process that is not our child has ended (Linux: gone from /proc, or a zombie nobody reaped).</summary>
internal static class ProcessState
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Generous: the point is that the process ends at all, not how fast (Azurite saves before exiting).</summary>
    private static readonly TimeSpan ExitWaitLimit = TimeSpan.FromSeconds(30);

    public static async Task<bool> WaitUntilGoneAsync(int processId)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ExitWaitLimit)
        {
            if (IsGone(processId))
            {
                return true;
            }

            await Task.Delay(PollInterval);
        }

        return IsGone(processId);
    }

    private static bool IsGone(int processId)
    {
        try
        {
            // The state is the field after the parenthesized command name: "pid (comm) S ...".
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state == "Z";
        }
        catch (IOException)
        {
            return true;
        }
    }
}
