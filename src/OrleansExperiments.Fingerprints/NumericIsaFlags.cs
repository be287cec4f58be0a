namespace OrleansExperiments.Fingerprints;

/// <summary>
/// The CPU flags that change which kernels math libraries pick, and so the bits of floating-point
/// results: SIMD width, fused multiply-add, reduced-precision and matrix extensions (x86 and ARM).
/// Flags such as <c>aes</c> or <c>rdrand</c> do not change numerics and are left out.
/// </summary>
public static class NumericIsaFlags
{
    /// <summary>Flags kept by exact name.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "sse4_1", "sse4_2", "avx", "avx2", "fma", "f16c", "avx_vnni", "avx_vnni_int8", "avx_ne_convert",
        "asimd", "asimdhp", "asimddp", "fphp", "sve", "sve2", "bf16", "i8mm", "sme",
    };

    /// <summary>Flag families kept by prefix: every AVX-512 and AMX flag.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["avx512", "amx"];

    /// <summary>The numerics flags among <paramref name="flags"/>, sorted and space-separated; <c>none</c> if none.</summary>
    public static string Select(IEnumerable<string> flags)
    {
        var kept = flags
            .Where(flag => Names.Contains(flag) || Prefixes.Any(prefix => flag.StartsWith(prefix, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return kept.Count == 0 ? FingerprintValues.None : string.Join(' ', kept);
    }
}
