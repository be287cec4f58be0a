using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansExperiments.Protocol;
using OrleansExperiments.Training;

namespace ShapesTrainer;

/// <summary>
/// The hyperparameters in <c>trainer/hyperparameters.json</c>, read at run time from the repository root (the
/// trainer's working directory), so a branch that changes only hyperparameters reuses the build of its parent.
/// <see cref="Shared"/> applies to both modes: changing it changes both.
/// </summary>
internal sealed record Hyperparameters(
    SharedHyperparameters Shared,
    IReadOnlyDictionary<string, ProfileSettings> Profiles,
    MlpHyperparameters Mlp,
    CnnHyperparameters Cnn)
{
    /// <summary>The file, relative to the repository root.</summary>
    public const string FilePath = "trainer/hyperparameters.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Reads <see cref="FilePath"/> from the working directory.</summary>
    public static Hyperparameters Load()
    {
        var path = Path.GetFullPath(FilePath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{FilePath} was not found in {Environment.CurrentDirectory}; run the trainer from the repository root.", path);
        try
        {
            return JsonSerializer.Deserialize<Hyperparameters>(File.ReadAllText(path), Json)
                ?? throw new JsonException("The file holds null.");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{FilePath} is not valid: {error.Message}", error);
        }
    }

    /// <summary>The settings of <paramref name="profile"/>; an unknown profile fails the run as invalid arguments.</summary>
    public ProfileSettings Profile(string profile) =>
        Profiles.TryGetValue(profile, out var settings)
            ? settings
            : throw new TrainerFailedException(TrainerExitCodes.InvalidArguments,
                $"Unknown profile '{profile}': {FilePath} has {string.Join(", ", Profiles.Keys.Select(name => $"'{name}'"))}.");
}

/// <summary>Settings of the training loop that both modes use: the peak learning rate, reached after
/// <paramref name="WarmupSteps"/> and decayed to zero at the end, SGD's momentum and the mini-batch size.</summary>
internal sealed record SharedHyperparameters(double LearningRate, double Momentum, int WarmupSteps, int BatchSize);

/// <summary>How long a profile trains: <c>fast</c> is the smoke test, <c>full</c> the measurement.</summary>
internal sealed record ProfileSettings(int Epochs, int TrainingSamples);

/// <summary>The <c>mlp</c> backbone: its hidden layers' number and width, and their dropout.</summary>
internal sealed record MlpHyperparameters(int HiddenUnits, int HiddenLayers, double Dropout);

/// <summary>The <c>cnn</c> backbone: convolution channels, the classifier's hidden units and its dropout.</summary>
internal sealed record CnnHyperparameters(int Channels, int HiddenUnits, double Dropout);
