namespace OrleansExperiments.Protocol;

/// <summary>The names of the arguments the grid appends to a trainer's command line.</summary>
public static class TrainerArgumentNames
{
    /// <summary><c>--seed &lt;int&gt;</c>: the run's seed, a non-negative 32-bit integer.</summary>
    public const string Seed = "--seed";

    /// <summary><c>--mode &lt;name&gt;</c>: which of the workload's modes to train.</summary>
    public const string Mode = "--mode";

    /// <summary><c>--profile &lt;name&gt;</c>: which of the workload's profiles (fast, full) to use.</summary>
    public const string Profile = "--profile";

    /// <summary><c>--device &lt;cpu|cuda:N&gt;</c>: where to train.</summary>
    public const string Device = "--device";

    /// <summary><c>--output &lt;folder&gt;</c>: where the trainer may write files (checkpoints, logs).</summary>
    public const string Output = "--output";

    /// <summary>All of them, in the order the grid writes them.</summary>
    public static IReadOnlyList<string> All { get; } = [Seed, Mode, Profile, Device, Output];
}
