namespace ShapesTrainer.Data;

/// <summary>Labelled grey-scale images, one byte per pixel, row-major, <see cref="Size"/>×<see cref="Size"/> each.</summary>
internal sealed record ShapeImages(byte[] Labels, byte[] Pixels)
{
    /// <summary>The side of an image in pixels.</summary>
    public const int Size = 16;

    /// <summary>Pixels per image.</summary>
    public const int PixelsPerImage = Size * Size;

    /// <summary>The number of classes, one per <see cref="Shape"/>.</summary>
    public static readonly int Classes = Enum.GetValues<Shape>().Length;

    /// <summary>The number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>The first <paramref name="count"/> images.</summary>
    public ShapeImages Take(int count)
    {
        if (count < 1 || count > Count)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Choose between 1 and {Count} images.");
        return new ShapeImages(Labels[..count], Pixels[..(count * PixelsPerImage)]);
    }
}
