using System.Buffers.Binary;
using System.Text;

namespace OrleansExperiments.Training.Native.Elf;

/// <summary>
/// A 64-bit little-endian ELF file held in memory, read through its section headers: just enough of
/// the format to read and patch symbol versioning. Every read is bounds-checked.
/// </summary>
public sealed class ElfImage
{
    private static ReadOnlySpan<byte> Magic => [0x7f, (byte)'E', (byte)'L', (byte)'F'];
    private const int ClassOffset = 4;
    private const byte Class64 = 2;
    private const int DataOffset = 5;
    private const byte LittleEndian = 1;
    private const int HeaderSize = 64;
    private const int SectionHeaderTableOffset = 0x28;
    private const int SectionHeaderEntrySizeOffset = 0x3A;
    private const int SectionHeaderCountOffset = 0x3C;
    private const int SectionHeaderSize = 64;

    private ElfImage(byte[] bytes, string description, IReadOnlyList<ElfSection> sections)
    {
        Bytes = bytes;
        Description = description;
        Sections = sections;
    }

    /// <summary>The file's bytes; patches write into them.</summary>
    public byte[] Bytes { get; }

    /// <summary>Where the bytes came from, for messages.</summary>
    public string Description { get; }

    /// <summary>The section headers in file order.</summary>
    public IReadOnlyList<ElfSection> Sections { get; }

    /// <summary>Reads the ELF file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a 64-bit little-endian ELF file.</exception>
    public static ElfImage Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"There is no file at {path}.", path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses <paramref name="bytes"/> (the array is kept, not copied).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a 64-bit little-endian ELF file.</exception>
    public static ElfImage Parse(byte[] bytes, string description)
    {
        if (bytes.Length < HeaderSize || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException($"{description} is not an ELF file.");
        if (bytes[ClassOffset] != Class64 || bytes[DataOffset] != LittleEndian)
            throw new InvalidDataException($"{description} is not a 64-bit little-endian ELF file.");

        var tableOffset = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(SectionHeaderTableOffset));
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(SectionHeaderEntrySizeOffset));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(SectionHeaderCountOffset));
        if (entrySize != SectionHeaderSize || tableOffset + (ulong)count * entrySize > (ulong)bytes.Length)
            throw new InvalidDataException($"{description} has a damaged section header table.");

        var sections = new ElfSection[count];
        for (var index = 0; index < count; index++)
            sections[index] = ElfSection.Read(bytes.AsSpan((int)tableOffset + index * entrySize, entrySize), index);
        var image = new ElfImage(bytes, description, sections);
        foreach (var section in sections)
            image.EnsureInBounds(section);
        return image;
    }

    /// <summary>The first section of <paramref name="type"/>, or null.</summary>
    public ElfSection? FindSection(uint type) => Sections.FirstOrDefault(section => section.Type == type);

    /// <summary>The section <paramref name="section"/> links to (its string table, for example).</summary>
    /// <exception cref="InvalidDataException">The link is out of range.</exception>
    public ElfSection LinkedSection(ElfSection section) =>
        section.Link < Sections.Count ? Sections[(int)section.Link] : throw Damaged($"section {section.Index} links to a missing section");

    /// <summary>The NUL-terminated string at <paramref name="offset"/> in <paramref name="stringTable"/>.</summary>
    /// <exception cref="InvalidDataException">The string runs outside the table.</exception>
    public string ReadString(ElfSection stringTable, uint offset)
    {
        var table = Content(stringTable);
        if (offset >= table.Length)
            throw Damaged($"a string offset {offset} lies outside its table");
        var text = table[(int)offset..];
        var end = text.IndexOf((byte)0);
        if (end < 0)
            throw Damaged("a string has no terminator");
        return Encoding.ASCII.GetString(text[..end]);
    }

    /// <summary>The bytes of <paramref name="section"/>.</summary>
    public ReadOnlySpan<byte> Content(ElfSection section) => Bytes.AsSpan((int)section.Offset, (int)section.Size);

    /// <summary>Reads <paramref name="length"/> bytes at file offset <paramref name="offset"/>, which must lie inside <paramref name="section"/>.</summary>
    /// <exception cref="InvalidDataException">The range leaves the section.</exception>
    public ReadOnlySpan<byte> Slice(ElfSection section, ulong offset, int length)
    {
        if (offset < section.Offset || offset + (ulong)length > section.Offset + section.Size)
            throw Damaged($"an entry at offset {offset} lies outside its section {section.Index}");
        return Bytes.AsSpan((int)offset, length);
    }

    /// <summary>An exception that says this file is damaged and how.</summary>
    public InvalidDataException Damaged(string what) => new($"{Description} is a damaged ELF file: {what}.");

    private void EnsureInBounds(ElfSection section)
    {
        // SHT_NOBITS (.bss) occupies no bytes in the file.
        if (section.Type != ElfConstants.SectionTypeNoBits && section.Offset + section.Size > (ulong)Bytes.Length)
            throw Damaged($"section {section.Index} runs past the end of the file");
    }
}
