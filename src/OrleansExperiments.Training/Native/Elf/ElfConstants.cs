namespace OrleansExperiments.Training.Native.Elf;

/// <summary>The ELF constants this reader uses (from elf.h).</summary>
public static class ElfConstants
{
    /// <summary>SHT_NOBITS: a section with no file bytes.</summary>
    public const uint SectionTypeNoBits = 8;

    /// <summary>SHT_DYNSYM: the dynamic symbol table.</summary>
    public const uint SectionTypeDynamicSymbols = 11;

    /// <summary>SHT_GNU_verdef: the versions a library defines (.gnu.version_d).</summary>
    public const uint SectionTypeVersionDefinitions = 0x6ffffffd;

    /// <summary>SHT_GNU_verneed: the versions a library needs (.gnu.version_r).</summary>
    public const uint SectionTypeVersionRequirements = 0x6ffffffe;

    /// <summary>SHT_GNU_versym: one version index per dynamic symbol (.gnu.version).</summary>
    public const uint SectionTypeSymbolVersions = 0x6fffffff;

    /// <summary>VER_FLG_WEAK: the loader does not fail when a weak version requirement is missing.</summary>
    public const ushort VersionFlagWeak = 0x2;

    /// <summary>The mask of a .gnu.version entry that leaves out the "hidden" bit.</summary>
    public const ushort SymbolVersionIndexMask = 0x7fff;
}
