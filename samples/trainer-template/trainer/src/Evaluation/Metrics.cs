using TorchSharp;
using static TorchSharp.torch;

namespace ShapesTrainer.Evaluation;

/// <summary>
/// The metrics, computed on the validation set. This folder (the metrics and the validation file's format) and
/// <c>data/val.bin</c> are the metrics' declared inputs: change a metric here and bump its version in orlx.json.
/// <list type="bullet">
/// <item><c>val_accuracy</c> (the share of images whose most likely class is right)</item>
/// <item><c>val_loss</c> (the mean cross-entropy)</item>
/// </list>
/// </summary>
internal static class Metrics
{
    public const string Accuracy = "val_accuracy";
    public const string Loss = "val_loss";

    public static IReadOnlyList<string> Names { get; } = [Accuracy, Loss];

    /// <summary>The metrics of <paramref name="model"/> on (<paramref name="inputs"/>, <paramref name="labels"/>).</summary>
    public static Dictionary<string, double> Evaluate(nn.Module<Tensor, Tensor> model, Tensor inputs, Tensor labels)
    {
        model.eval();
        var logits = model.call(inputs);
        var loss = nn.functional.cross_entropy(logits, labels).to(ScalarType.Float64).item<double>();
        var accuracy = logits.argmax(1).eq(labels).to(ScalarType.Float64).mean().item<double>();
        model.train();
        return new Dictionary<string, double> { [Accuracy] = accuracy, [Loss] = loss };
    }
}
