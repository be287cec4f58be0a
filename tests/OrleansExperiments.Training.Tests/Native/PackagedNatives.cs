namespace OrleansExperiments.Training.Tests.Native;

/// <summary>The native files the TorchSharp and libtorch-cpu packages put in this test's output.</summary>
internal static class PackagedNatives
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native");

    public static string LibTorchSharp => Existing(Path.Combine(Directory, "libLibTorchSharp.so"));

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"The test output lacks {path}; restore the TorchSharp package.", path);
}
