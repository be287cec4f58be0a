using OrleansExperiments.Training.Native;
using TorchSharp;

namespace OrleansExperiments.Training.Tests.Native;

/// <summary>Loads libtorch into the test process itself; every test here shares that one load.</summary>
public sealed class TorchNativesTests
{
    // One load per process: every test uses the same options. The cache lives in the test output, not in temp.
    private static readonly NativeLoaderOptions Options = new() { CacheDirectory = Path.Combine(AppContext.BaseDirectory, "native-cache") };

    [Fact]
    public void Loads_the_package_libtorch_and_patches_TorchSharp_only_when_the_system_needs_it()
    {
        var loaded = TorchNatives.Load(Options);

        var systemHasNewest = SystemLibStdCxx.ReadVersions(SystemLibStdCxx.Locate()).Contains("GLIBCXX_3.4.32");
        Assert.False(loaded.LibTorch.IsExternal);
        Assert.Equal(!systemHasNewest, loaded.LibTorchSharp.IsPatched);
        Assert.Equal("2.10.0.0", loaded.LibTorchVersion);
        Assert.False(loaded.CudaLibrariesLoaded);
        using var sum = torch.ones(3).sum();
        Assert.Equal(3f, sum.item<float>());
    }

    [Fact]
    public void TorchSharp_calls_into_the_library_the_loader_chose_and_no_other_copy()
    {
        var loaded = TorchNatives.Load(Options);
        using var product = torch.ones(2, 2).matmul(torch.ones(2, 2));

        // Every libLibTorchSharp.so mapped into this process: only the one the loader loaded.
        var mapped = File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/') is var start and >= 0 ? line[start..] : "")
            .Where(path => Path.GetFileName(path) == "libLibTorchSharp.so")
            .Distinct()
            .ToList();
        Assert.Equal([loaded.LibTorchSharp.Path], mapped);
        Assert.Equal(2f, product[0, 0].item<float>());
    }

    [Fact]
    public void Loads_once_per_process()
    {
        var first = TorchNatives.Load(Options);

        Assert.Same(first, TorchNatives.Load(Options with { }));
        var error = Assert.Throws<InvalidOperationException>(() => TorchNatives.Load(Options with { LibTorchDirectory = "/elsewhere" }));
        Assert.Contains("already loaded", error.Message);
    }

    [Fact]
    public void Deterministic_algorithms_read_back_as_set_and_change_libtorch_behaviour()
    {
        var context = LibTorchContext.Of(TorchNatives.Load(Options));
        var before = context.DeterministicAlgorithms;
        try
        {
            context.SetDeterministicAlgorithms(true);
            Assert.True(context.DeterministicAlgorithms);
            // Only deterministic mode fills uninitialized memory (with NaN for floats): proof that the flag
            // landed in the libtorch that TorchSharp itself calls.
            using (var empty = torch.empty(4))
                Assert.All(empty.data<float>().ToArray(), value => Assert.True(float.IsNaN(value)));

            context.SetDeterministicAlgorithms(false);
            Assert.False(context.DeterministicAlgorithms);
        }
        finally
        {
            context.SetDeterministicAlgorithms(before);
        }
    }

    [Fact]
    public void CuDnn_flags_read_back_as_set()
    {
        var context = LibTorchContext.Of(TorchNatives.Load(Options));
        var (deterministic, benchmark) = (context.DeterministicCuDnn, context.BenchmarkCuDnn);
        try
        {
            Assert.True(context.ApplyDeterminism(true));
            Assert.True(context.DeterministicCuDnn);
            Assert.False(context.BenchmarkCuDnn);
            context.SetBenchmarkCuDnn(true);
            Assert.True(context.BenchmarkCuDnn);
        }
        finally
        {
            context.SetDeterministicAlgorithms(false);
            context.SetDeterministicCuDnn(deterministic);
            context.SetBenchmarkCuDnn(benchmark);
        }
    }
}
