using OrleansExperiments.Training.Native;
using OrleansExperiments.Training.Native.Elf;

namespace OrleansExperiments.Training.Tests.Native;

public sealed class ElfVersioningTests
{
    private const string NewestVersion = "GLIBCXX_3.4.32";

    [Fact]
    public void Reads_the_libstdcxx_versions_TorchSharp_needs()
    {
        var requirements = ElfVersioning.ReadRequirements(ElfImage.Read(PackagedNatives.LibTorchSharp));

        var libStdCxx = requirements.Where(requirement => requirement.File == LibStdCxxCompatibility.LibStdCxxFile).Select(requirement => requirement.Version).ToList();
        Assert.Contains(NewestVersion, libStdCxx);
        Assert.Contains("GLIBCXX_3.4.30", libStdCxx);
        Assert.Contains("CXXABI_1.3", libStdCxx);
        Assert.Contains(requirements, requirement => requirement.File == "libc.so.6" && requirement.Version == "GLIBC_2.2.5");
        Assert.All(requirements, requirement => Assert.False(requirement.IsWeak));
    }

    [Fact]
    public void Only_the_iostream_marker_needs_GLIBCXX_3_4_32()
    {
        var library = ElfImage.Read(PackagedNatives.LibTorchSharp);
        var newest = ElfVersioning.ReadRequirements(library).Single(requirement => requirement.Version == NewestVersion);

        Assert.Equal(["_ZSt21ios_base_library_initv"], ElfVersioning.SymbolsOfVersion(library, newest.Index));
    }

    [Fact]
    public void Reads_the_versions_the_system_libstdcxx_defines()
    {
        var path = SystemLibStdCxx.Locate();

        var versions = SystemLibStdCxx.ReadVersions(path);

        Assert.True(File.Exists(path), path);
        Assert.Contains("GLIBCXX_3.4", versions);
        Assert.Contains("CXXABI_1.3", versions);
        Assert.Contains("GLIBCXX_3.4.26", versions);
    }

    [Fact]
    public void Rejects_files_that_are_not_64_bit_little_endian_elf()
    {
        Assert.Contains("is not an ELF file", Assert.Throws<InvalidDataException>(() => ElfImage.Parse("#!/bin/sh\necho hi\n"u8.ToArray(), "script")).Message);
        var elf32 = new byte[64];
        "\u007fELF"u8.CopyTo(elf32);
        elf32[4] = 1;
        Assert.Contains("not a 64-bit little-endian", Assert.Throws<InvalidDataException>(() => ElfImage.Parse(elf32, "elf32")).Message);
    }

    [Fact]
    public void Rejects_a_truncated_library()
    {
        var bytes = File.ReadAllBytes(PackagedNatives.LibTorchSharp);

        var error = Assert.Throws<InvalidDataException>(() => ElfImage.Parse(bytes[..(bytes.Length / 2)], "half"));

        Assert.Contains("damaged", error.Message);
    }
}
