using System.Diagnostics;
using OrleansExperiments.Training.Native;
using OrleansExperiments.Training.Native.Elf;

namespace OrleansExperiments.Training.Tests.Native;

public sealed class CompatibleLibTorchSharpTests : IDisposable
{
    private const string MissingVersion = "GLIBCXX_3.4.32";
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    // The versions of a libstdc++ like Debian 12's, whatever this machine has: the patch is tested everywhere.
    private static IReadOnlySet<string> SystemWithoutNewestVersion()
    {
        var library = ElfImage.Read(PackagedNatives.LibTorchSharp);
        return ElfVersioning.ReadRequirements(library).Select(requirement => requirement.Version).Where(version => version != MissingVersion).ToHashSet();
    }

    private PatchedLibraryCache Cache => new(folder.Combine("native-cache"));

    [Fact]
    public void Patches_a_copy_that_differs_only_in_the_weak_flag_of_GLIBCXX_3_4_32()
    {
        var original = File.ReadAllBytes(PackagedNatives.LibTorchSharp);

        var prepared = CompatibleLibTorchSharp.Prepare(PackagedNatives.LibTorchSharp, SystemWithoutNewestVersion(), Cache);

        Assert.Equal([MissingVersion], prepared.WeakenedVersions);
        Assert.StartsWith(Cache.Directory, prepared.Path);
        var patched = File.ReadAllBytes(prepared.Path);
        var requirement = ElfVersioning.ReadRequirements(ElfImage.Parse(patched, "copy")).Single(r => r.Version == MissingVersion);
        Assert.True(requirement.IsWeak);
        var changed = Enumerable.Range(0, original.Length).Where(index => original[index] != patched[index]).ToList();
        Assert.Equal(original.Length, patched.Length);
        Assert.Equal([requirement.FlagsOffset], changed);
        Assert.Equal(original, File.ReadAllBytes(PackagedNatives.LibTorchSharp));
    }

    [Fact]
    public void Readelf_agrees_that_the_requirement_is_weak()
    {
        var prepared = CompatibleLibTorchSharp.Prepare(PackagedNatives.LibTorchSharp, SystemWithoutNewestVersion(), Cache);
        if (!File.Exists("/usr/bin/readelf"))
            return; // binutils is an independent witness where it is installed, not a requirement.

        var output = Run("/usr/bin/readelf", "-V", prepared.Path);

        Assert.Contains($"Name: {MissingVersion}  Flags: WEAK", output);
        Assert.DoesNotContain($"Name: {MissingVersion}  Flags: WEAK", Run("/usr/bin/readelf", "-V", PackagedNatives.LibTorchSharp));
    }

    [Fact]
    public void Uses_the_original_when_the_system_has_every_version()
    {
        var everything = ElfVersioning.ReadRequirements(ElfImage.Read(PackagedNatives.LibTorchSharp)).Select(r => r.Version).ToHashSet();

        var prepared = CompatibleLibTorchSharp.Prepare(PackagedNatives.LibTorchSharp, everything, Cache);

        Assert.Equal(PackagedNatives.LibTorchSharp, prepared.Path);
        Assert.False(prepared.IsPatched);
        Assert.False(Directory.Exists(Cache.Directory));
    }

    [Fact]
    public void Reuses_an_intact_copy_and_replaces_a_damaged_one()
    {
        var first = CompatibleLibTorchSharp.Prepare(PackagedNatives.LibTorchSharp, SystemWithoutNewestVersion(), Cache);
        var content = File.ReadAllBytes(first.Path);
        File.WriteAllBytes(first.Path, content[..1000]);

        var second = CompatibleLibTorchSharp.Prepare(PackagedNatives.LibTorchSharp, SystemWithoutNewestVersion(), Cache);

        Assert.Equal(first.Path, second.Path);
        Assert.Equal(content, File.ReadAllBytes(second.Path));
    }

    [Fact]
    public void Processes_racing_to_write_the_copy_all_get_an_intact_one()
    {
        const int writers = 8;
        var available = SystemWithoutNewestVersion();

        var paths = Enumerable.Range(0, writers).AsParallel().WithDegreeOfParallelism(writers)
            .Select(_ => CompatibleLibTorchSharp.Prepare(PackagedNatives.LibTorchSharp, available, new PatchedLibraryCache(Cache.Directory)).Path)
            .ToList();

        var path = Assert.Single(paths.Distinct());
        Assert.True(ElfVersioning.ReadRequirements(ElfImage.Read(path)).Single(r => r.Version == MissingVersion).IsWeak);
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_missing_library_fails_with_the_path_and_what_to_do()
    {
        var missing = folder.Combine("nowhere", "libLibTorchSharp.so");

        var error = Assert.Throws<NativeLoadException>(() => CompatibleLibTorchSharp.Prepare(missing, SystemWithoutNewestVersion(), Cache));

        Assert.Contains($"TorchSharp's native library was not found at {missing}", error.Message);
        Assert.Contains("dotnet restore", error.Advice);
    }

    [Fact]
    public void A_file_that_is_not_a_library_fails_with_the_path_and_what_to_do()
    {
        var text = folder.Combine("libLibTorchSharp.so");
        File.WriteAllText(text, "not a library");

        var error = Assert.Throws<NativeLoadException>(() => CompatibleLibTorchSharp.Prepare(text, SystemWithoutNewestVersion(), Cache));

        Assert.Contains($"{text} cannot be read as TorchSharp's native library", error.Message);
        Assert.Contains("is not an ELF file", error.LoaderMessage);
        Assert.Contains("delete the TorchSharp package from the NuGet cache", error.Advice);
    }

    [Fact]
    public void Refuses_to_weaken_a_version_that_real_functions_need()
    {
        var withoutOlderVersion = SystemWithoutNewestVersion().Where(version => version != "GLIBCXX_3.4.30").ToHashSet();

        var error = Assert.Throws<NativeLoadException>(() => CompatibleLibTorchSharp.Prepare(PackagedNatives.LibTorchSharp, withoutOlderVersion, Cache));

        Assert.Contains("GLIBCXX_3.4.30", error.Message);
        Assert.Contains("calls functions of those versions", error.Message);
        Assert.False(Directory.Exists(Cache.Directory));
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
