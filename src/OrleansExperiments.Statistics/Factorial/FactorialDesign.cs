namespace OrleansExperiments.Statistics;

/// <summary>
/// A validated 2^k design. Cell index m is a bit mask: bit j set means component j is applied, so
/// index 0 is the baseline and index 2^k − 1 applies every component.
/// </summary>
internal sealed class FactorialDesign
{
    /// <summary>Sixteen cells is as far as an ablation with a handful of seeds per cell stays affordable.</summary>
    public const int MaximumComponents = 4;

    public const string BaselineName = "baseline";

    private FactorialDesign(IReadOnlyList<string> components, SampleSummary[] cells)
    {
        Components = components;
        Cells = cells;
    }

    public IReadOnlyList<string> Components { get; }

    /// <summary>Summaries indexed by cell mask.</summary>
    public SampleSummary[] Cells { get; }

    public int AllComponents => Cells.Length - 1;

    public static FactorialDesign Create(IReadOnlyList<string>? components, IReadOnlyList<FactorialCell>? cells)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(cells);
        if (components.Count is < 1 or > MaximumComponents)
        {
            throw new ArgumentException($"A factorial ablation takes 1 to {MaximumComponents} components; got {components.Count}.", nameof(components));
        }

        if (components.Any(string.IsNullOrWhiteSpace) || components.Distinct(StringComparer.Ordinal).Count() != components.Count)
        {
            throw new ArgumentException($"Component names must be non-empty and distinct; got [{string.Join(", ", components)}].", nameof(components));
        }

        var cellCount = 1 << components.Count;
        if (cells.Count != cellCount)
        {
            throw new ArgumentException($"{components.Count} components need {cellCount} cells (every combination, baseline included); got {cells.Count}.", nameof(cells));
        }

        var summaries = new SampleSummary?[cellCount];
        foreach (var cell in cells)
        {
            var mask = MaskOf(cell, components);
            if (summaries[mask] is not null)
            {
                throw new ArgumentException($"The cell '{NameOf(mask, components)}' is given twice.", nameof(cells));
            }

            summaries[mask] = SampleSummary.FromValidated(Require.Sample(cell.Values, $"cells[{NameOf(mask, components)}].Values"));
        }

        return new FactorialDesign(components.ToArray(), summaries.Select(summary => summary!).ToArray());
    }

    public string NameOf(int mask) => NameOf(mask, Components);

    public IReadOnlyList<string> ComponentsOf(int mask) =>
        Components.Where((_, j) => Contains(mask, j)).ToArray();

    public static bool Contains(int mask, int component) => (mask & (1 << component)) != 0;

    private static string NameOf(int mask, IReadOnlyList<string> components) =>
        mask == 0 ? BaselineName : string.Join("+", components.Where((_, j) => Contains(mask, j)));

    private static int MaskOf(FactorialCell cell, IReadOnlyList<string> components)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(cell.Changes);
        var mask = 0;
        foreach (var change in cell.Changes)
        {
            var index = IndexOf(components, change);
            if (index < 0)
            {
                throw new ArgumentException($"A cell applies '{change}', which is not one of the components [{string.Join(", ", components)}].", "cells");
            }

            if (Contains(mask, index))
            {
                throw new ArgumentException($"A cell lists '{change}' twice.", "cells");
            }

            mask |= 1 << index;
        }

        return mask;
    }

    private static int IndexOf(IReadOnlyList<string> components, string name)
    {
        for (var j = 0; j < components.Count; j++)
        {
            if (string.Equals(components[j], name, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }
}
