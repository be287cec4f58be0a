namespace ShapesTrainer.Data;

/// <summary>The ten classes: a shape's kind is its label.</summary>
internal enum Shape
{
    HorizontalBar,
    VerticalBar,
    Diagonal,
    AntiDiagonal,
    SquareOutline,
    FilledSquare,
    Plus,
    Cross,
    Ring,
    Disc,
}
