namespace OrleansExperiments.Grains.Configuration;

/// <summary>How the grid schedules and retries work. Bound from the <c>Grid</c> configuration section.</summary>
public sealed class GridOptions
{
    public const string SectionName = "Grid";

    /// <summary>How long a leased run stays with a worker without a heartbeat before it is queued again.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a worker heartbeats its lease; well under <see cref="LeaseDuration"/>.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an idle worker waits before asking its queue again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Attempts a run gets (the first plus retries) before it, and its experiment, fail.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>A baseline older than this is stale: it is not reused, and its reminder re-measures it.</summary>
    public TimeSpan BaselineMaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often a baseline's reminder checks whether it has gone stale (Orleans reminders fire at most once a minute).</summary>
    public TimeSpan BaselineCheckPeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A worker that has not polled for this long no longer counts as one of the pool's silos.</summary>
    public TimeSpan WorkerActivityWindow { get; set; } = TimeSpan.FromMinutes(1);
}
