namespace ShapesTrainer.Data;

/// <summary>
/// Draws one shape onto a square canvas of intensities in [0, 1]. Only exact arithmetic (no trigonometry or
/// logarithms, whose last bits vary between math libraries), so the data are the same bits on every machine.
/// </summary>
internal static class ShapePainter
{
    /// <summary>Draws <paramref name="shape"/> centred at (<paramref name="centerX"/>, <paramref name="centerY"/>) with half-size <paramref name="radius"/>.</summary>
    public static void Draw(float[] canvas, int size, Shape shape, int centerX, int centerY, int radius, float intensity)
    {
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (Covers(shape, x - centerX, y - centerY, radius))
                    canvas[y * size + x] = Math.Max(canvas[y * size + x], intensity);
            }
        }
    }

    // Whether the pixel at offset (dx, dy) from the centre belongs to the shape.
    private static bool Covers(Shape shape, int dx, int dy, int radius)
    {
        var inBox = Math.Abs(dx) <= radius && Math.Abs(dy) <= radius;
        var squaredDistance = dx * dx + dy * dy;
        return shape switch
        {
            Shape.HorizontalBar => dy == 0 && inBox,
            Shape.VerticalBar => dx == 0 && inBox,
            Shape.Diagonal => dx == dy && inBox,
            Shape.AntiDiagonal => dx == -dy && inBox,
            Shape.SquareOutline => inBox && (Math.Abs(dx) == radius || Math.Abs(dy) == radius),
            Shape.FilledSquare => inBox,
            Shape.Plus => (dx == 0 || dy == 0) && inBox,
            Shape.Cross => (dx == dy || dx == -dy) && inBox,
            // A ring one pixel wide: (r - 1/2)² ≤ d² ≤ (r + 1/2)², scaled by 4 to stay in integers.
            Shape.Ring => 4 * squaredDistance >= (2 * radius - 1) * (2 * radius - 1) && 4 * squaredDistance <= (2 * radius + 1) * (2 * radius + 1),
            Shape.Disc => 4 * squaredDistance <= (2 * radius + 1) * (2 * radius + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape."),
        };
    }
}
