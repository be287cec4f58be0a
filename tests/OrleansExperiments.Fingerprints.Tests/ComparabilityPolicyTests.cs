namespace OrleansExperiments.Fingerprints.Tests;

public class ComparabilityPolicyTests
{
    private static readonly EnvironmentFingerprint GpuA = EnvironmentFingerprint.From(new Dictionary<string, string>
    {
        [FingerprintFields.Host] = "gpu-a",
        [FingerprintFields.GpuModel] = "NVIDIA H100 80GB HBM3",
        [FingerprintFields.CudaRuntime] = "12.4",
        [FingerprintFields.NvidiaDriver] = "550.54.15",
        [FingerprintFields.Threads] = "8",
    });

    [Fact]
    public void When_only_the_host_differs_strict_lists_host_and_hardware_class_lists_nothing()
    {
        var gpuB = GpuA.With(FingerprintFields.Host, "gpu-b");

        Assert.Equal(["host"], ComparabilityPolicy.Strict.Differences(GpuA, gpuB));
        Assert.Empty(ComparabilityPolicy.HardwareClass.Differences(GpuA, gpuB));
        Assert.False(ComparabilityPolicy.Strict.AreComparable(GpuA, gpuB));
        Assert.True(ComparabilityPolicy.HardwareClass.AreComparable(GpuA, gpuB));
    }

    [Fact]
    public void Differences_are_sorted_field_names()
    {
        var upgraded = GpuA.With(FingerprintFields.NvidiaDriver, "560.28.03").With(FingerprintFields.CudaRuntime, "12.6");

        Assert.Equal(["cuda.runtime", "nvidia.driver"], ComparabilityPolicy.HardwareClass.Differences(GpuA, upgraded));
    }

    [Fact]
    public void A_field_one_side_lacks_is_a_difference_that_says_missing()
    {
        var withTf32 = GpuA.With(FingerprintFields.Tf32, "false");

        var difference = Assert.Single(ComparabilityPolicy.Strict.Compare(GpuA, withTf32));

        Assert.Equal(new FieldDifference("tf32", null, "false"), difference);
        Assert.True(difference.IsMissing);
        Assert.Equal("tf32: (missing) → false", difference.ToString());
    }

    [Fact]
    public void Equal_fingerprints_have_no_differences()
    {
        Assert.Empty(ComparabilityPolicy.Strict.Differences(GpuA, EnvironmentFingerprint.FromCanonicalJson(GpuA.ToCanonicalJson())));
    }

    [Fact]
    public void Class_keys_are_equal_exactly_when_the_policy_finds_fingerprints_comparable()
    {
        var gpuB = GpuA.With(FingerprintFields.Host, "gpu-b");

        Assert.Equal(ComparabilityPolicy.HardwareClass.ClassKey(GpuA), ComparabilityPolicy.HardwareClass.ClassKey(gpuB));
        Assert.NotEqual(ComparabilityPolicy.Strict.ClassKey(GpuA), ComparabilityPolicy.Strict.ClassKey(gpuB));
        Assert.Equal(GpuA.Hash, ComparabilityPolicy.Strict.ClassKey(GpuA));
    }

    [Theory]
    [InlineData("strict", ComparabilityPolicy.StrictName)]
    [InlineData("hardware-class", ComparabilityPolicy.HardwareClassName)]
    [InlineData(" Hardware-Class ", ComparabilityPolicy.HardwareClassName)]
    public void Parse_reads_the_configuration_names(string text, string expected)
    {
        Assert.Equal(expected, ComparabilityPolicy.Parse(text).Name);
    }

    [Fact]
    public void Parse_refuses_an_unknown_name_and_lists_the_valid_ones()
    {
        var error = Assert.Throws<FormatException>(() => ComparabilityPolicy.Parse("hardware"));

        Assert.Contains("'hardware' is not a comparability policy", error.Message);
        Assert.Contains("'strict'", error.Message);
        Assert.Contains("'hardware-class'", error.Message);
    }

    [Fact]
    public void The_default_policy_is_strict()
    {
        Assert.Same(ComparabilityPolicy.Strict, ComparabilityPolicy.Default);
    }
}
