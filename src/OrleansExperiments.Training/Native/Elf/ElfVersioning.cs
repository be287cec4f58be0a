using System.Buffers.Binary;

namespace OrleansExperiments.Training.Native.Elf;

/// <summary>Reads GNU symbol versioning: the versions a library needs, defines, and binds its symbols to.</summary>
public static class ElfVersioning
{
    // Elf64_Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
    private const int NeedSize = 16;
    private const int NeedCountOffset = 2;
    private const int NeedFileOffset = 4;
    private const int NeedAuxOffset = 8;
    private const int NeedNextOffset = 12;

    // Elf64_Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
    private const int AuxSize = 16;
    private const int AuxFlagsOffset = 4;
    private const int AuxOtherOffset = 6;
    private const int AuxNameOffset = 8;
    private const int AuxNextOffset = 12;

    // Elf64_Verdef: vd_version u16, vd_flags u16, vd_ndx u16, vd_cnt u16, vd_hash u32, vd_aux u32, vd_next u32.
    private const int DefinitionSize = 20;
    private const int DefinitionCountOffset = 6;
    private const int DefinitionAuxOffset = 12;
    private const int DefinitionNextOffset = 16;

    // Elf64_Verdaux: vda_name u32, vda_next u32.
    private const int DefinitionAuxSize = 8;

    // Elf64_Sym: st_name u32 first, 24 bytes in all.
    private const int SymbolSize = 24;
    private const int SymbolVersionSize = sizeof(ushort);

    /// <summary>Every version requirement in .gnu.version_r; empty when the file has none.</summary>
    /// <exception cref="InvalidDataException">The section is damaged.</exception>
    public static IReadOnlyList<ElfVersionRequirement> ReadRequirements(ElfImage image)
    {
        var section = image.FindSection(ElfConstants.SectionTypeVersionRequirements);
        if (section is null)
            return [];
        EnsureEntryCount(image, section, NeedSize);
        var strings = image.LinkedSection(section);
        var requirements = new List<ElfVersionRequirement>();
        var needOffset = section.Offset;
        for (var need = 0; need < section.Info; need++)
        {
            var entry = image.Slice(section, needOffset, NeedSize);
            var file = image.ReadString(strings, BinaryPrimitives.ReadUInt32LittleEndian(entry[NeedFileOffset..]));
            var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(entry[NeedCountOffset..]);
            var auxOffset = needOffset + BinaryPrimitives.ReadUInt32LittleEndian(entry[NeedAuxOffset..]);
            for (var aux = 0; aux < auxCount; aux++)
            {
                var auxEntry = image.Slice(section, auxOffset, AuxSize);
                requirements.Add(new ElfVersionRequirement(
                    file,
                    image.ReadString(strings, BinaryPrimitives.ReadUInt32LittleEndian(auxEntry[AuxNameOffset..])),
                    BinaryPrimitives.ReadUInt16LittleEndian(auxEntry[AuxFlagsOffset..]),
                    BinaryPrimitives.ReadUInt16LittleEndian(auxEntry[AuxOtherOffset..]),
                    checked((int)auxOffset + AuxFlagsOffset)));
                auxOffset += BinaryPrimitives.ReadUInt32LittleEndian(auxEntry[AuxNextOffset..]);
            }
            needOffset += BinaryPrimitives.ReadUInt32LittleEndian(entry[NeedNextOffset..]);
        }
        return requirements;
    }

    /// <summary>Every version name .gnu.version_d defines (the first name of each definition); empty when none.</summary>
    /// <exception cref="InvalidDataException">The section is damaged.</exception>
    public static IReadOnlySet<string> ReadDefinitions(ElfImage image)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var section = image.FindSection(ElfConstants.SectionTypeVersionDefinitions);
        if (section is null)
            return names;
        EnsureEntryCount(image, section, DefinitionSize);
        var strings = image.LinkedSection(section);
        var offset = section.Offset;
        for (var definition = 0; definition < section.Info; definition++)
        {
            var entry = image.Slice(section, offset, DefinitionSize);
            // The first Verdaux names the version; later ones name the versions it inherits from.
            if (BinaryPrimitives.ReadUInt16LittleEndian(entry[DefinitionCountOffset..]) > 0)
            {
                var aux = image.Slice(section, offset + BinaryPrimitives.ReadUInt32LittleEndian(entry[DefinitionAuxOffset..]), DefinitionAuxSize);
                names.Add(image.ReadString(strings, BinaryPrimitives.ReadUInt32LittleEndian(aux)));
            }
            offset += BinaryPrimitives.ReadUInt32LittleEndian(entry[DefinitionNextOffset..]);
        }
        return names;
    }

    /// <summary>The names of the dynamic symbols bound to version index <paramref name="versionIndex"/>.</summary>
    /// <exception cref="InvalidDataException">The symbol or version tables are missing or damaged.</exception>
    public static IReadOnlyList<string> SymbolsOfVersion(ElfImage image, ushort versionIndex)
    {
        var symbols = image.FindSection(ElfConstants.SectionTypeDynamicSymbols) ?? throw image.Damaged("it has no dynamic symbol table");
        var versions = image.FindSection(ElfConstants.SectionTypeSymbolVersions) ?? throw image.Damaged("it has no symbol version table");
        var count = symbols.Size / SymbolSize;
        if (versions.Size / SymbolVersionSize != count)
            throw image.Damaged("its symbol version table does not match its symbol table");

        var strings = image.LinkedSection(symbols);
        var names = new List<string>();
        for (ulong symbol = 0; symbol < count; symbol++)
        {
            var version = BinaryPrimitives.ReadUInt16LittleEndian(image.Slice(versions, versions.Offset + symbol * SymbolVersionSize, SymbolVersionSize));
            if ((version & ElfConstants.SymbolVersionIndexMask) == versionIndex)
                names.Add(image.ReadString(strings, BinaryPrimitives.ReadUInt32LittleEndian(image.Slice(symbols, symbols.Offset + symbol * SymbolSize, sizeof(uint)))));
        }
        return names;
    }

    // sh_info counts the entries; a damaged count must not drive a loop for billions of rounds.
    private static void EnsureEntryCount(ElfImage image, ElfSection section, int entrySize)
    {
        if (section.Info > section.Size / (ulong)entrySize)
            throw image.Damaged($"section {section.Index} claims {section.Info} entries in {section.Size} bytes");
    }
}
