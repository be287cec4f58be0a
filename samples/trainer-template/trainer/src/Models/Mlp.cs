using ShapesTrainer.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace ShapesTrainer.Models;

/// <summary>The <c>mlp</c> backbone: the flattened image through hidden layers with dropout.</summary>
internal static class Mlp
{
    public static nn.Module<Tensor, Tensor> Create(MlpHyperparameters hyperparameters)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)> { ("flatten", nn.Flatten()) };
        var width = ShapeImages.PixelsPerImage;
        for (var layer = 0; layer < hyperparameters.HiddenLayers; layer++)
        {
            layers.Add(($"hidden{layer}", nn.Linear(width, hyperparameters.HiddenUnits)));
            layers.Add(($"relu{layer}", nn.ReLU()));
            layers.Add(($"dropout{layer}", nn.Dropout(hyperparameters.Dropout)));
            width = hyperparameters.HiddenUnits;
        }
        layers.Add(("output", nn.Linear(width, ShapeImages.Classes)));
        return nn.Sequential(layers);
    }
}
