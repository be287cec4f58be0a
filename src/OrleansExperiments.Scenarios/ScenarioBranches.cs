namespace OrleansExperiments.Scenarios;

/// <summary>
/// The branches of a scenario repository and their ground truth. Each is one commit on <see cref="Main"/>. The
/// effects were measured with seeds 1–5 at the <c>fast</c> profile (see the Scenarios tests, which check them).
/// </summary>
public static class ScenarioBranches
{
    /// <summary>The baseline branch: the template as it is.</summary>
    public const string Main = "main";

    /// <summary>A clear improvement of <c>cnn</c> (code and cnn hyperparameters); <c>mlp</c> is bitwise unchanged.</summary>
    public const string BetterCnn = "exp/better-cnn";

    /// <summary>A clear regression of <c>cnn</c> (a cnn hyperparameter); <c>mlp</c> is bitwise unchanged.</summary>
    public const string Worse = "exp/worse";

    /// <summary>A small regression of <c>mlp</c> that <see cref="LargeGain"/> masks when they are combined.</summary>
    public const string SmallRegression = "exp/small-regression";

    /// <summary>A large gain of <c>mlp</c>; merges cleanly with <see cref="SmallRegression"/>.</summary>
    public const string LargeGain = "exp/large-gain";

    /// <summary>A change of a shared hyperparameter meant for <c>cnn</c> that also changes <c>mlp</c> (intrusive).</summary>
    public const string SharedChange = "exp/shared-change";

    /// <summary>A change of <c>val_accuracy</c>'s definition with the metric versions bumped to 2.</summary>
    public const string MetricV2 = "exp/metric-v2";

    /// <summary>The same change of <c>val_accuracy</c> without a version bump.</summary>
    public const string MetricSilent = "exp/metric-silent";

    /// <summary>A change that makes every run fail: the loss turns non-finite in the first steps.</summary>
    public const string Crash = "exp/crash";

    private const string Hyperparameters = TemplateWorkload.HyperparametersPath;
    private const string CnnSource = "trainer/src/Models/Cnn.cs";

    private static readonly FileEdit TopTwoAccuracyCode = new(TemplateWorkload.EvaluationPath,
        "var accuracy = logits.argmax(1).eq(labels)",
        "var accuracy = logits.topk(AcceptedGuesses).indexes.eq(labels.unsqueeze(1)).any(1)");

    private static readonly FileEdit TopTwoAccuracyConstant = new(TemplateWorkload.EvaluationPath,
        "    public const string Loss = \"val_loss\";\n",
        "    public const string Loss = \"val_loss\";\n    private const int AcceptedGuesses = 2;\n");

    private static readonly FileEdit TopTwoAccuracyDocumentation = new(TemplateWorkload.EvaluationPath,
        "(the share of images whose most likely class is right)",
        "(the share of images whose true class is one of the two most likely)");

    /// <summary>Every branch other than <see cref="Main"/>, in a fixed order.</summary>
    public static IReadOnlyList<ScenarioBranch> All { get; } =
    [
        new(BetterCnn, TemplateWorkload.CnnMode,
            "cnn: 5×5 convolution kernels (Cnn.cs), 16 channels and 64 hidden units (the cnn section): cnn's val_accuracy " +
            "clearly higher; mlp's code path and hyperparameters untouched, so its results are bitwise equal to main's.",
            [
                new(CnnSource, "private const int KernelSize = 3;", "private const int KernelSize = 5;"),
                new(Hyperparameters, "\"channels\": 8,", "\"channels\": 16,"),
                new(Hyperparameters, "\"hiddenUnits\": 32,", "\"hiddenUnits\": 64,"),
            ]),
        new(Worse, TemplateWorkload.CnnMode,
            "cnn: 2 convolution channels instead of 8 (the cnn section): cnn's val_accuracy clearly lower; mlp untouched.",
            [new(Hyperparameters, "\"channels\": 8,", "\"channels\": 2,")]),
        new(SmallRegression, TemplateWorkload.MlpMode,
            "mlp: dropout 0.3 (the mlp section): mlp's val_accuracy a little lower, alone and together with " +
            $"{LargeGain}; ablation of the two shows this component as a regression that the combination masks.",
            [new(Hyperparameters, "\"hiddenLayers\": 1,\n    \"dropout\": 0.0", "\"hiddenLayers\": 1,\n    \"dropout\": 0.3")]),
        new(LargeGain, TemplateWorkload.MlpMode,
            $"mlp: 256 hidden units instead of 64 (the mlp section): mlp's val_accuracy clearly higher, also with {SmallRegression}, " +
            "whose edit is two lines away (the branches merge without conflict).",
            [new(Hyperparameters, "\"hiddenUnits\": 64,", "\"hiddenUnits\": 256,")]),
        new(SharedChange, TemplateWorkload.CnnMode,
            "shared learning rate 0.08 instead of 0.05, tuned for cnn: a shared value, so mlp's results change too (an intrusive change).",
            [new(Hyperparameters, "\"learningRate\": 0.05,", "\"learningRate\": 0.08,")]),
        new(MetricV2, null,
            "val_accuracy becomes top-2 accuracy (Metrics.cs) and orlx.json bumps both metrics to version 2 " +
            "(both declare the evaluation code as an input): results are not comparable with version 1.",
            [
                TopTwoAccuracyConstant, TopTwoAccuracyCode, TopTwoAccuracyDocumentation,
                new(TemplateWorkload.ManifestPath, "\"goal\": \"maximize\", \"version\": \"1\"", "\"goal\": \"maximize\", \"version\": \"2\""),
                new(TemplateWorkload.ManifestPath, "\"goal\": \"minimize\", \"version\": \"1\"", "\"goal\": \"minimize\", \"version\": \"2\""),
            ]),
        new(MetricSilent, null,
            "val_accuracy becomes top-2 accuracy (Metrics.cs) without a version bump: the metric's inputs change under version 1.",
            [TopTwoAccuracyConstant, TopTwoAccuracyCode, TopTwoAccuracyDocumentation]),
        new(Crash, null,
            "shared learning rate 1000: for almost every seed the loss becomes non-finite within the first steps and the run fails " +
            "(the SDK exits with the non-finite-value code and says at which step); an experiment on it cannot finish.",
            [new(Hyperparameters, "\"learningRate\": 0.05,", "\"learningRate\": 1000,")]),
    ];

    /// <summary>The branch named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No scenario branch has that name.</exception>
    public static ScenarioBranch Get(string name) =>
        All.SingleOrDefault(branch => branch.Name == name)
        ?? throw new ArgumentException($"'{name}' is not a scenario branch; the branches are {string.Join(", ", All.Select(branch => branch.Name))}.", nameof(name));
}
