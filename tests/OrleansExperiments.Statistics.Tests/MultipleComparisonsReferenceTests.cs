namespace OrleansExperiments.Statistics.Tests;

/// <summary>Adjusted p-values against R 4 (Reference/padjust.R): p.adjust(p, "holm") and p.adjust(p, "BH").</summary>
public sealed class MultipleComparisonsReferenceTests
{
    public static TheoryData<Case> Cases => new()
    {
        // p, p.adjust(p, "holm"), p.adjust(p, "BH")
        new([0.01, 0.04, 0.03, 0.005], [0.03, 0.06, 0.06, 0.02], [0.02, 0.04, 0.04, 0.02]),
        new([0.2, 0.2, 0.01, 0.5, 0.04], [0.6, 0.6, 0.05, 0.6, 0.16], [0.25, 0.25, 0.05, 0.5, 0.1]),
        new([0.03], [0.03], [0.03]),
        new([1, 0.9, 0.001, 0.0001, 0.02, 0.02], [1, 1, 0.005, 0.0006, 0.08, 0.08], [1, 1, 0.003, 0.0006, 0.03, 0.03]),
        new([0.049, 0.051], [0.098, 0.098], [0.051, 0.051]),
        new([0.6, 0.01, 0.012, 0.013, 0.6, 0.7, 0.0005], [1, 0.06, 0.06, 0.06, 1, 1, 0.0035], [0.7, 0.02275, 0.02275, 0.02275, 0.7, 0.7, 0.0035]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Holm_matches_R(Case reference) => AllEqual(reference.Holm, MultipleComparisons.Holm(reference.PValues));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Benjamini_Hochberg_matches_R(Case reference) => AllEqual(reference.BenjaminiHochberg, MultipleComparisons.BenjaminiHochberg(reference.PValues));

    private static void AllEqual(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Approximately.Equal(expected[i], actual[i], $"adjusted p [{i}]");
        }
    }

    public sealed record Case(double[] PValues, double[] Holm, double[] BenjaminiHochberg);
}
