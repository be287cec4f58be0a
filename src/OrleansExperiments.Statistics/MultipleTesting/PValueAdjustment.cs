namespace OrleansExperiments.Statistics;

/// <summary>How p-values are adjusted when one experiment makes several comparisons.</summary>
public enum PValueAdjustment
{
    /// <summary>Holm–Bonferroni: controls the family-wise error rate; the default.</summary>
    Holm,

    /// <summary>Benjamini–Hochberg: controls the false discovery rate.</summary>
    BenjaminiHochberg,
}
