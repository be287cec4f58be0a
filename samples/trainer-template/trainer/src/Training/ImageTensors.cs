using ShapesTrainer.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace ShapesTrainer.Training;

/// <summary>Turns images into tensors: inputs as [count, 1, side, side], standardized; labels as int64 class indices.</summary>
internal static class ImageTensors
{
    private const float ByteScale = 255f;
    // The pixel mean and standard deviation of the generated images (intensities in [0, 1]): standardized
    // inputs let plain SGD train both backbones in a few hundred steps.
    private const float PixelMean = 0.11f;
    private const float PixelStandardDeviation = 0.22f;

    public static Tensor Inputs(ShapeImages images, Device device)
    {
        var values = Array.ConvertAll(images.Pixels, pixel => (pixel / ByteScale - PixelMean) / PixelStandardDeviation);
        return tensor(values, [images.Count, 1, ShapeImages.Size, ShapeImages.Size], device: device);
    }

    public static Tensor Labels(ShapeImages images, Device device) =>
        tensor(Array.ConvertAll(images.Labels, label => (long)label), device: device);
}
