using OrleansExperiments.Training.Native.Elf;

namespace OrleansExperiments.Training.Native;

/// <summary>
/// Decides whether a library's libstdc++ version requirements are met by a given libstdc++, and weakens
/// the unmet ones that only marker symbols use. TorchSharp 0.107's <c>libLibTorchSharp.so</c> is built
/// with GCC 13 and needs <c>GLIBCXX_3.4.32</c>, which Debian 12, Ubuntu 22.04 and RHEL 9 lack; the only
/// symbol of that version is <c>std::ios_base_library_init()</c>, which nothing calls.
/// </summary>
public static class LibStdCxxCompatibility
{
    /// <summary>The file name under which libraries require libstdc++.</summary>
    public const string LibStdCxxFile = "libstdc++.so.6";

    /// <summary>
    /// Symbols that a library may name without ever calling them. GCC 13's &lt;iostream&gt; references
    /// <c>std::ios_base_library_init()</c> only to pull in the new libstdc++; no relocation uses it,
    /// so an older libstdc++ that initializes iostreams itself serves the library just as well.
    /// </summary>
    public static IReadOnlySet<string> MarkerSymbols { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "_ZSt21ios_base_library_initv",
    };

    /// <summary>The non-weak libstdc++ versions <paramref name="library"/> needs that <paramref name="available"/> lacks.</summary>
    public static IReadOnlyList<ElfVersionRequirement> FindMissing(ElfImage library, IReadOnlySet<string> available) =>
        ElfVersioning.ReadRequirements(library)
            .Where(requirement => requirement.File == LibStdCxxFile && !requirement.IsWeak && !available.Contains(requirement.Version))
            .ToList();

    /// <summary>
    /// The symbols of each missing requirement that are not <see cref="MarkerSymbols"/>: a requirement with
    /// such symbols cannot be weakened, because the library would call a function the system lacks.
    /// </summary>
    public static IReadOnlyList<string> SymbolsBlockingWeakening(ElfImage library, IReadOnlyList<ElfVersionRequirement> missing) =>
        missing.SelectMany(requirement => ElfVersioning.SymbolsOfVersion(library, requirement.Index))
            .Where(symbol => !MarkerSymbols.Contains(symbol))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A copy of the library's bytes with <see cref="ElfConstants.VersionFlagWeak"/> set on each of
    /// <paramref name="missing"/>: the loader then accepts a libstdc++ without those versions. Only the
    /// two bytes of each vna_flags change.
    /// </summary>
    public static byte[] Weaken(ElfImage library, IReadOnlyList<ElfVersionRequirement> missing)
    {
        var patched = (byte[])library.Bytes.Clone();
        foreach (var requirement in missing)
        {
            var flags = (ushort)(requirement.Flags | ElfConstants.VersionFlagWeak);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(patched.AsSpan(requirement.FlagsOffset), flags);
        }
        return patched;
    }
}
