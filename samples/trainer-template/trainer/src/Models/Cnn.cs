using ShapesTrainer.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace ShapesTrainer.Models;

/// <summary>The <c>cnn</c> backbone: a convolution block, then a classifier with one hidden layer.</summary>
internal static class Cnn
{
    private const int KernelSize = 3;
    // Keeps the feature maps the size of the image.
    private const int Padding = KernelSize / 2;
    private const int PoolSize = 2;

    public static nn.Module<Tensor, Tensor> Create(CnnHyperparameters hyperparameters)
    {
        var channels = hyperparameters.Channels;
        var side = ShapeImages.Size / PoolSize;
        return nn.Sequential(
            ("conv", nn.Conv2d(1, channels, KernelSize, padding: Padding)),
            ("conv_relu", nn.ReLU()),
            ("pool", nn.MaxPool2d(PoolSize)),
            ("flatten", nn.Flatten()),
            ("hidden", nn.Linear(channels * side * side, hyperparameters.HiddenUnits)),
            ("hidden_relu", nn.ReLU()),
            ("dropout", nn.Dropout(hyperparameters.Dropout)),
            ("output", nn.Linear(hyperparameters.HiddenUnits, ShapeImages.Classes)));
    }
}
