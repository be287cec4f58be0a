namespace OrleansExperiments.Scenarios;

/// <summary>The names the template's <c>orlx.json</c> declares, for callers that run its scenarios.</summary>
public static class TemplateWorkload
{
    /// <summary>The multi-layer perceptron backbone.</summary>
    public const string MlpMode = "mlp";

    /// <summary>The convolutional backbone.</summary>
    public const string CnnMode = "cnn";

    /// <summary>The quick profile (one epoch over 8,000 images).</summary>
    public const string FastProfile = "fast";

    /// <summary>The measuring profile (four epochs over 32,000 images: 16 times the steps of fast).</summary>
    public const string FullProfile = "full";

    /// <summary>The primary metric (maximize).</summary>
    public const string Accuracy = "val_accuracy";

    /// <summary>The second metric (minimize).</summary>
    public const string Loss = "val_loss";

    /// <summary>The file that holds the hyperparameters; the trainer reads it at run time, so it is not a build input.</summary>
    public const string HyperparametersPath = "trainer/hyperparameters.json";

    /// <summary>The evaluation code (the metrics and the validation file's format), an input of both metrics.</summary>
    public const string EvaluationFolder = "trainer/src/Evaluation";

    /// <summary>The file in <see cref="EvaluationFolder"/> that computes the metrics; the metric branches change it.</summary>
    public const string EvaluationPath = EvaluationFolder + "/Metrics.cs";

    /// <summary>The committed validation set that both metrics depend on.</summary>
    public const string ValidationSetPath = "data/val.bin";

    /// <summary>The manifest.</summary>
    public const string ManifestPath = "orlx.json";
}
