using OrleansExperiments.Protocol;
using OrleansExperiments.Training.Native;

namespace OrleansExperiments.Training;

/// <summary>How <see cref="TrainerHost"/> runs a trainer. Every setting has a default.</summary>
public sealed record TrainerOptions
{
    /// <summary>libtorch's intra-op thread count unless set otherwise: one thread gives the same bits on any machine size.</summary>
    public const int DefaultThreads = 1;

    /// <summary>How long a trainer may take to stop after SIGTERM before the SDK exits the process itself.</summary>
    public static readonly TimeSpan DefaultTerminationGracePeriod = TimeSpan.FromSeconds(5);

    /// <summary>The modes the trainer has; a <c>--mode</c> outside them fails with <see cref="TrainerExitCodes.InvalidArguments"/>. Null accepts any.</summary>
    public IReadOnlyCollection<string>? Modes { get; init; }

    /// <summary>The profiles the trainer has; a <c>--profile</c> outside them fails with <see cref="TrainerExitCodes.InvalidArguments"/>. Null accepts any.</summary>
    public IReadOnlyCollection<string>? Profiles { get; init; }

    /// <summary>The metrics every result must have (the manifest's metrics); a missing one fails the run. Null requires none in particular.</summary>
    public IReadOnlyCollection<string>? RequiredMetrics { get; init; }

    /// <summary>libtorch's intra-op thread count; recorded in the environment event, because it can change results bitwise.</summary>
    public int Threads { get; init; } = DefaultThreads;

    /// <summary>Whether libtorch's deterministic algorithms are on (and cuDNN deterministic); recorded in the environment event.</summary>
    public bool Deterministic { get; init; } = true;

    /// <summary>How long the trainer may take to stop after SIGTERM before the SDK exits the process.</summary>
    public TimeSpan TerminationGracePeriod { get; init; } = DefaultTerminationGracePeriod;

    /// <summary>Where libtorch comes from; null for <see cref="NativeLoaderOptions.FromEnvironment"/>.</summary>
    public NativeLoaderOptions? NativeLoader { get; init; }

    /// <summary>Throws when the options themselves are wrong (a programming error in the trainer).</summary>
    internal void Validate()
    {
        if (Threads < 1)
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "A trainer needs at least one thread.");
        if (TerminationGracePeriod <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(TerminationGracePeriod), TerminationGracePeriod, "The grace period must be positive.");
        foreach (var mode in Modes ?? [])
            ProtocolName.EnsureValid(mode, "mode");
        foreach (var profile in Profiles ?? [])
            ProtocolName.EnsureValid(profile, "profile");
        foreach (var metric in RequiredMetrics ?? [])
            ProtocolName.EnsureValidMetric(metric);
    }

    /// <summary>Fails with <see cref="TrainerExitCodes.InvalidArguments"/> when the arguments name a mode or profile the trainer does not have.</summary>
    internal void EnsureSupports(TrainerArguments arguments)
    {
        EnsureListed(Modes, arguments.Mode, "mode");
        EnsureListed(Profiles, arguments.Profile, "profile");
    }

    private static void EnsureListed(IReadOnlyCollection<string>? known, string name, string role)
    {
        if (known is not null && !known.Contains(name, StringComparer.Ordinal))
            throw new TrainerFailedException(TrainerExitCodes.InvalidArguments,
                $"Unknown {role} '{name}': this trainer has {string.Join(", ", known.Select(item => $"'{item}'"))}.");
    }
}
