namespace OrleansExperiments.Grains.Configuration;

/// <summary>The device slots of this silo and where its workers keep mirrors, worktrees and builds.</summary>
public sealed class WorkerOptions
{
    /// <summary>Root of the silo's local state (<c>$ORLX_HOME</c>).</summary>
    public required string Home { get; set; }

    /// <summary>The silo's name in run records.</summary>
    public required string SiloName { get; set; }

    /// <summary>One entry per worker: <c>cpu</c> or <c>cuda:N</c>. A device listed twice runs two trainers at once.</summary>
    public required IReadOnlyList<string> Slots { get; set; }

    /// <summary>A libtorch folder passed to trainers (as <c>ORLX_LIBTORCH_DIR</c>) instead of their own CPU libtorch.</summary>
    public string? ExternalLibTorch { get; set; }

    /// <summary>The longest a build may take before it is killed.</summary>
    public TimeSpan BuildTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest a trainer may run before it is killed and the attempt fails.</summary>
    public TimeSpan TrainerTimeout { get; set; } = TimeSpan.FromHours(12);

    public string MirrorsFolder => Path.Combine(Home, "mirrors");
    public string WorktreesFolder => Path.Combine(Home, "worktrees");
    public string BuildsFolder => Path.Combine(Home, "builds");
    public string RunsFolder => Path.Combine(Home, "runs");
    public string PidsFolder => Path.Combine(Home, "pids");
}
