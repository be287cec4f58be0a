using ShapesTrainer.Data;

namespace ShapesTrainer.Evaluation;

/// <summary>
/// The file <c>data/val.bin</c>: the fixed validation images, committed so that the metric's inputs can be
/// hashed. Layout: the magic "SHAPES01", image count and side (little-endian int32), the labels (one byte
/// each), then the pixels (one byte each, image after image, row-major).
/// </summary>
internal static class ValidationSet
{
    /// <summary>The file, relative to the repository root.</summary>
    public const string FilePath = "data/val.bin";

    /// <summary>The trainer's command that rewrites the file from its seed: <c>dotnet Trainer.dll generate-validation-set</c>.</summary>
    public const string GenerateCommand = "generate-validation-set";

    private static ReadOnlySpan<byte> Magic => "SHAPES01"u8;

    /// <summary>Reads <see cref="FilePath"/> from the working directory.</summary>
    public static ShapeImages Load()
    {
        var path = Path.GetFullPath(FilePath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{FilePath} was not found in {Environment.CurrentDirectory}; run the trainer from the repository root.", path);
        using var reader = new BinaryReader(File.OpenRead(path));
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            throw new InvalidDataException($"{FilePath} is not a validation set (wrong magic); regenerate it with `dotnet Trainer.dll {GenerateCommand}`.");
        var count = reader.ReadInt32();
        var size = reader.ReadInt32();
        if (size != ShapeImages.Size || count < 1)
            throw new InvalidDataException($"{FilePath} holds {count} images of side {size}; this trainer needs side {ShapeImages.Size}.");
        var labels = reader.ReadBytes(count);
        var pixels = reader.ReadBytes(count * ShapeImages.PixelsPerImage);
        if (pixels.Length != count * ShapeImages.PixelsPerImage || reader.BaseStream.Position != reader.BaseStream.Length)
            throw new InvalidDataException($"{FilePath} is truncated or has trailing bytes; regenerate it.");
        return new ShapeImages(labels, pixels);
    }

    /// <summary>Writes <paramref name="images"/> to <paramref name="path"/>.</summary>
    public static void Save(ShapeImages images, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(images.Count);
        writer.Write(ShapeImages.Size);
        writer.Write(images.Labels);
        writer.Write(images.Pixels);
    }
}
