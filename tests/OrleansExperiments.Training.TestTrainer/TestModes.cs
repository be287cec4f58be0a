namespace OrleansExperiments.Training.TestTrainer;

/// <summary>The modes of the test trainer: one that trains, and one per failure the tests provoke.</summary>
internal static class TestModes
{
    /// <summary>Trains the MLP and reports its metrics.</summary>
    public const string Mlp = "mlp";

    /// <summary>The loss turns NaN part-way.</summary>
    public const string NanLoss = "nan-loss";

    /// <summary>Trains, then returns a NaN final metric.</summary>
    public const string NanMetric = "nan-metric";

    /// <summary>Returns only one of the required metrics.</summary>
    public const string MissingMetric = "missing-metric";

    /// <summary>Throws from the trainer's own code.</summary>
    public const string Throws = "throws";

    /// <summary>Trains until terminated, through the SDK's step helper.</summary>
    public const string Forever = "forever";

    /// <summary>Spins without calling the SDK, so only the grace period can stop it.</summary>
    public const string Stubborn = "stubborn";

    public static IReadOnlyList<string> All { get; } = [Mlp, NanLoss, NanMetric, MissingMetric, Throws, Forever, Stubborn];
}
