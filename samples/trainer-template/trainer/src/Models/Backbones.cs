using TorchSharp;
using static TorchSharp.torch;

namespace ShapesTrainer.Models;

/// <summary>The modes: each is a backbone with its own hyperparameters; both train in the same loop.</summary>
internal static class Backbones
{
    public const string MlpMode = "mlp";
    public const string CnnMode = "cnn";

    public static IReadOnlyList<string> Modes { get; } = [MlpMode, CnnMode];

    /// <summary>The model of <paramref name="mode"/>, on <paramref name="device"/>. Only that model is built, so
    /// one mode's initialization never draws random numbers that another mode would see.</summary>
    public static nn.Module<Tensor, Tensor> Create(string mode, Hyperparameters hyperparameters, Device device)
    {
        var model = mode switch
        {
            MlpMode => Mlp.Create(hyperparameters.Mlp),
            CnnMode => Cnn.Create(hyperparameters.Cnn),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"Unknown mode; the modes are {string.Join(", ", Modes)}."),
        };
        return model.to(device);
    }
}
