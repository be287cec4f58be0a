using System.Buffers.Binary;

namespace OrleansExperiments.Training.Native.Elf;

/// <summary>One Elf64_Shdr: where a section lies in the file and what it links to.</summary>
/// <param name="Index">The section's index in the header table.</param>
/// <param name="Type">sh_type.</param>
/// <param name="Offset">sh_offset: where its bytes start in the file.</param>
/// <param name="Size">sh_size in bytes.</param>
/// <param name="Link">sh_link: for version and symbol sections, the string table's index.</param>
/// <param name="Info">sh_info: for version sections, the number of entries.</param>
public sealed record ElfSection(int Index, uint Type, ulong Offset, ulong Size, uint Link, uint Info)
{
    private const int TypeOffset = 4;
    private const int FileOffsetOffset = 24;
    private const int SizeOffset = 32;
    private const int LinkOffset = 40;
    private const int InfoOffset = 44;

    internal static ElfSection Read(ReadOnlySpan<byte> header, int index) => new(
        index,
        BinaryPrimitives.ReadUInt32LittleEndian(header[TypeOffset..]),
        BinaryPrimitives.ReadUInt64LittleEndian(header[FileOffsetOffset..]),
        BinaryPrimitives.ReadUInt64LittleEndian(header[SizeOffset..]),
        BinaryPrimitives.ReadUInt32LittleEndian(header[LinkOffset..]),
        BinaryPrimitives.ReadUInt32LittleEndian(header[InfoOffset..]));
}
