using OrleansExperiments.Training.Native;

namespace OrleansExperiments.Training.Tests.Native;

public sealed class LibTorchFolderTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_external_folder_that_does_not_exist_fails_with_what_to_do()
    {
        var missing = folder.Combine("torch", "lib");

        var error = Assert.Throws<NativeLoadException>(() => LibTorchFolder.External(missing));

        Assert.Contains($"The libtorch folder {missing}", error.Message);
        Assert.Contains("does not exist", error.Message);
        Assert.Contains(NativeLoaderOptions.LibTorchDirectoryVariable, error.Advice);
        Assert.Contains("torch/lib", error.Advice);
    }

    [Fact]
    public void An_external_folder_without_libtorch_fails_with_what_to_do()
    {
        File.WriteAllText(folder.Combine("libc10.so"), "");

        var error = Assert.Throws<NativeLoadException>(() => LibTorchFolder.External(folder.Path));

        Assert.Contains($"The folder {folder.Path}", error.Message);
        Assert.Contains("holds no libtorch: libtorch_cpu.so is not in it", error.Message);
    }

    [Fact]
    public void A_folder_with_libtorch_is_accepted_and_reads_a_pytorch_version_file()
    {
        var lib = Directory.CreateDirectory(folder.Combine("torch", "lib")).FullName;
        File.WriteAllText(Path.Combine(lib, LibTorchFolder.TorchCpuFile), "");
        File.WriteAllText(folder.Combine("torch", "version.py"), "from typing import Optional\n__version__ = '2.11.0+cu130'\ncuda: Optional[str] = '13.0'\n");

        var external = LibTorchFolder.External(lib);

        Assert.True(external.IsExternal);
        Assert.Equal("2.11.0+cu130", external.ReadVersion("2.10.0"));
    }

    [Fact]
    public void The_packaged_folder_is_found_among_the_application_native_files()
    {
        var packaged = LibTorchFolder.Packaged();

        Assert.False(packaged.IsExternal);
        Assert.Equal(Path.GetFullPath(PackagedNatives.Directory), packaged.Directory);
        Assert.Equal("2.10.0", packaged.ReadVersion("2.10.0"));
    }
}
