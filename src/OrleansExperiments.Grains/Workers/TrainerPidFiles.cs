using System.Diagnostics;
using System.Globalization;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Remembers the trainer processes a silo started, so that after the silo is killed (kill -9 leaves its children
/// running) the next silo on the machine stops them. A file names the silo's process id; only files of silos that are
/// gone are reaped, and a process is killed only if its start time still matches (process ids are reused).
/// </summary>
public sealed class TrainerPidFiles(string folder)
{
    private const string Extension = ".pid";
    private readonly int _siloProcessId = System.Environment.ProcessId;

    public void Record(string attemptId, int processId)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(PathFor(attemptId), $"{processId} {StartTimeOf(processId)}");
    }

    public void Forget(string attemptId) => File.Delete(PathFor(attemptId));

    /// <summary>Kills trainers left behind by silos that died; returns how many it killed.</summary>
    public int ReapOrphans()
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }
        var killed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension))
        {
            var siloId = int.Parse(Path.GetFileName(file).Split('-')[0], CultureInfo.InvariantCulture);
            if (IsAlive(siloId))
            {
                continue;
            }
            var parts = File.ReadAllText(file).Split(' ');
            if (parts.Length == 2 && int.TryParse(parts[0], out var pid) && StartTimeOf(pid) == parts[1] && Kill(pid))
            {
                killed++;
            }
            File.Delete(file);
        }
        return killed;
    }

    private string PathFor(string attemptId) =>
        Path.Combine(folder, $"{_siloProcessId.ToString(CultureInfo.InvariantCulture)}-{attemptId}{Extension}");

    private static bool IsAlive(int processId) => File.Exists($"/proc/{processId}/stat");

    /// <summary>Field 22 of /proc/PID/stat: the process's start time in clock ticks since boot; empty if it is gone.</summary>
    private static string StartTimeOf(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var afterName = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return afterName[StartTimeFieldAfterName];
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>Field 22 of the stat line, counted from field 3 (the first after the parenthesized name).</summary>
    private const int StartTimeFieldAfterName = 19;

    private static bool Kill(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
