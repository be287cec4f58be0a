namespace ShapesTrainer.Data;

/// <summary>
/// Generates noisy shape images from a data seed: each image is one shape (classes in turn, so the set is
/// balanced) at a random position, size and brightness, on a background of noise and stray bright pixels.
/// The same seed gives the same bytes: the data set is part of the workload, not of the run.
/// </summary>
internal static class ShapeGenerator
{
    /// <summary>The seed of the training images; every run trains on the same images (the run seed orders them).</summary>
    public const int TrainingDataSeed = 1_000_003;

    /// <summary>The seed that generated <c>data/val.bin</c>.</summary>
    public const int ValidationDataSeed = 2_000_003;

    /// <summary>How many images <c>data/val.bin</c> holds.</summary>
    public const int ValidationImages = 1000;

    private const int MinRadius = 2;
    private const int MaxRadius = 5;
    private const float MinIntensity = 0.45f;
    private const float MaxIntensity = 1.0f;
    // Each pixel gets the sum of two uniform draws in ±NoiseAmplitude: a cheap, exactly reproducible bell shape.
    private const float NoiseAmplitude = 0.25f;
    private const int StrayPixels = 6;
    private const float StrayIntensity = 0.8f;
    private const float ByteScale = 255f;

    /// <summary>Generates <paramref name="count"/> images from <paramref name="seed"/>.</summary>
    public static ShapeImages Generate(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var random = new Random(seed);
        var labels = new byte[count];
        var pixels = new byte[count * ShapeImages.PixelsPerImage];
        var canvas = new float[ShapeImages.PixelsPerImage];
        for (var image = 0; image < count; image++)
        {
            var shape = (Shape)(image % ShapeImages.Classes);
            labels[image] = (byte)shape;
            Paint(random, shape, canvas);
            for (var pixel = 0; pixel < canvas.Length; pixel++)
                pixels[image * ShapeImages.PixelsPerImage + pixel] = (byte)MathF.Round(Math.Clamp(canvas[pixel], 0f, 1f) * ByteScale);
        }
        return new ShapeImages(labels, pixels);
    }

    private static void Paint(Random random, Shape shape, float[] canvas)
    {
        const int size = ShapeImages.Size;
        Array.Clear(canvas);
        var radius = random.Next(MinRadius, MaxRadius + 1);
        // The whole shape stays on the canvas.
        var centerX = random.Next(radius, size - radius);
        var centerY = random.Next(radius, size - radius);
        var intensity = MinIntensity + (MaxIntensity - MinIntensity) * (float)random.NextDouble();
        ShapePainter.Draw(canvas, size, shape, centerX, centerY, radius, intensity);
        for (var stray = 0; stray < StrayPixels; stray++)
            canvas[random.Next(canvas.Length)] += StrayIntensity * (float)random.NextDouble();
        for (var pixel = 0; pixel < canvas.Length; pixel++)
            canvas[pixel] += NoiseAmplitude * ((float)random.NextDouble() + (float)random.NextDouble() - 1f);
    }
}
