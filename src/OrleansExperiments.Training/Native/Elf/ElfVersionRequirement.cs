namespace OrleansExperiments.Training.Native.Elf;

/// <summary>One Elf64_Vernaux of .gnu.version_r: a symbol version a library needs from another.</summary>
/// <param name="File">The library that must provide it (vn_file), e.g. <c>libstdc++.so.6</c>.</param>
/// <param name="Version">The version's name (vna_name), e.g. <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="Flags">vna_flags; <see cref="ElfConstants.VersionFlagWeak"/> makes it optional.</param>
/// <param name="Index">vna_other: the index that .gnu.version uses for symbols of this version.</param>
/// <param name="FlagsOffset">Where vna_flags lies in the file, for patching.</param>
public sealed record ElfVersionRequirement(string File, string Version, ushort Flags, ushort Index, int FlagsOffset)
{
    /// <summary>Whether the loader tolerates this version being absent.</summary>
    public bool IsWeak => (Flags & ElfConstants.VersionFlagWeak) != 0;
}
