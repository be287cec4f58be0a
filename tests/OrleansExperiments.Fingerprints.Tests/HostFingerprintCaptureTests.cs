namespace OrleansExperiments.Fingerprints.Tests;

public sealed class HostFingerprintCaptureTests : IDisposable
{
    private const string X86CpuInfo = """
        processor	: 0
        vendor_id	: GenuineIntel
        model name	: Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz
        flags		: fpu sse sse2 ssse3 fma sse4_1 sse4_2 aes avx f16c rdrand avx2 avx512f avx512bw amx_tile amx_bf16

        processor	: 1
        vendor_id	: GenuineIntel
        model name	: Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz
        flags		: fpu sse sse2 ssse3 fma sse4_1 sse4_2 aes avx f16c rdrand avx2 avx512f avx512bw amx_tile amx_bf16

        processor	: 2
        vendor_id	: GenuineIntel
        model name	: Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz
        flags		: fpu sse sse2 ssse3 fma sse4_1 sse4_2 aes avx f16c rdrand avx2 avx512f avx512bw amx_tile amx_bf16

        """;

    private const string ArmCpuInfo = """
        processor	: 0
        BogoMIPS	: 50.00
        Features	: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimddp sve i8mm bf16
        CPU implementer	: 0x41
        CPU part	: 0xd40

        processor	: 1
        BogoMIPS	: 50.00
        Features	: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimddp sve i8mm bf16
        CPU implementer	: 0x41
        CPU part	: 0xd40

        """;

    private const string OsReleaseText = """
        NAME="Ubuntu"
        VERSION_ID="22.04"
        PRETTY_NAME="Ubuntu 22.04.4 LTS"
        ID=ubuntu
        """;

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_the_os_kernel_and_cpu_from_the_fixture_files()
    {
        var fingerprint = Capture(X86CpuInfo);

        Assert.Equal("Ubuntu 22.04.4 LTS", fingerprint[FingerprintFields.Os]);
        Assert.Equal("5.15.0-105-generic", fingerprint[FingerprintFields.Kernel]);
        Assert.Equal("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", fingerprint[FingerprintFields.CpuModel]);
        Assert.Equal("amx_bf16 amx_tile avx avx2 avx512bw avx512f f16c fma sse4_1 sse4_2", fingerprint[FingerprintFields.CpuIsa]);
        Assert.Equal("3", fingerprint[FingerprintFields.CpuCount]);
        Assert.Equal(System.Environment.Version.ToString(), fingerprint[FingerprintFields.Dotnet]);
    }

    [Fact]
    public void Reads_an_arm_cpuinfo_that_names_no_model()
    {
        var fingerprint = Capture(ArmCpuInfo);

        Assert.Equal("implementer 0x41 part 0xd40", fingerprint[FingerprintFields.CpuModel]);
        Assert.Equal("asimd asimddp asimdhp bf16 fphp i8mm sve", fingerprint[FingerprintFields.CpuIsa]);
        Assert.Equal("2", fingerprint[FingerprintFields.CpuCount]);
    }

    [Fact]
    public void Missing_files_record_unknown()
    {
        var sources = new HostProbeSources
        {
            CpuInfoPath = Path.Combine(folder.Path, "absent-cpuinfo"),
            OsReleasePath = Path.Combine(folder.Path, "absent-os-release"),
            KernelReleasePath = Path.Combine(folder.Path, "absent-osrelease"),
            NvidiaSmiCommand = Path.Combine(folder.Path, "absent-nvidia-smi"),
        };

        var fingerprint = new HostFingerprintCapture(sources).Capture();

        Assert.Equal(FingerprintValues.Unknown, fingerprint[FingerprintFields.Os]);
        Assert.Equal(FingerprintValues.Unknown, fingerprint[FingerprintFields.Kernel]);
        Assert.Equal(FingerprintValues.Unknown, fingerprint[FingerprintFields.CpuModel]);
        Assert.Equal(FingerprintValues.None, fingerprint[FingerprintFields.CpuIsa]);
        Assert.Equal(System.Environment.ProcessorCount.ToString(), fingerprint[FingerprintFields.CpuCount]);
    }

    [Fact]
    public void Without_nvidia_smi_the_gpu_fields_say_none()
    {
        var fingerprint = Capture(X86CpuInfo, nvidiaSmi: Path.Combine(folder.Path, "absent-nvidia-smi"));

        Assert.Equal("0", fingerprint[FingerprintFields.GpuCount]);
        Assert.Equal(FingerprintValues.None, fingerprint[FingerprintFields.GpuModel]);
        Assert.Equal(FingerprintValues.None, fingerprint[FingerprintFields.GpuComputeCapability]);
        Assert.Equal(FingerprintValues.None, fingerprint[FingerprintFields.NvidiaDriver]);
        Assert.Null(fingerprint[FingerprintFields.GpuProbeError]);
    }

    [Fact]
    public void Reads_the_gpus_that_nvidia_smi_lists()
    {
        var nvidiaSmi = folder.WriteScript("nvidia-smi", """
            [ "$1" = "--query-gpu=name,compute_cap,driver_version" ] && [ "$2" = "--format=csv,noheader" ] || exit 64
            echo "NVIDIA H100 80GB HBM3, 9.0, 550.54.15"
            echo "NVIDIA H100 80GB HBM3, 9.0, 550.54.15"
            """);

        var fingerprint = Capture(X86CpuInfo, nvidiaSmi);

        Assert.Equal("2", fingerprint[FingerprintFields.GpuCount]);
        Assert.Equal("NVIDIA H100 80GB HBM3", fingerprint[FingerprintFields.GpuModel]);
        Assert.Equal("9.0", fingerprint[FingerprintFields.GpuComputeCapability]);
        Assert.Equal("550.54.15", fingerprint[FingerprintFields.NvidiaDriver]);
    }

    [Fact]
    public void Different_gpu_models_on_one_host_are_listed_each_once()
    {
        var nvidiaSmi = folder.WriteScript("nvidia-smi", """
            echo "NVIDIA RTX A6000, 8.6, 550.54.15"
            echo "NVIDIA A100-SXM4-80GB, 8.0, 550.54.15"
            echo "NVIDIA RTX A6000, 8.6, 550.54.15"
            """);

        var fingerprint = Capture(X86CpuInfo, nvidiaSmi);

        Assert.Equal("3", fingerprint[FingerprintFields.GpuCount]);
        Assert.Equal("NVIDIA A100-SXM4-80GB; NVIDIA RTX A6000", fingerprint[FingerprintFields.GpuModel]);
        Assert.Equal("8.0; 8.6", fingerprint[FingerprintFields.GpuComputeCapability]);
    }

    [Fact]
    public void A_failing_nvidia_smi_records_unknown_and_the_reason()
    {
        var nvidiaSmi = folder.WriteScript("nvidia-smi", """
            echo "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver." >&2
            exit 9
            """);

        var fingerprint = Capture(X86CpuInfo, nvidiaSmi);

        Assert.Equal(FingerprintValues.Unknown, fingerprint[FingerprintFields.GpuModel]);
        Assert.Equal(FingerprintValues.Unknown, fingerprint[FingerprintFields.GpuCount]);
        Assert.Equal("nvidia-smi exited with code 9", fingerprint[FingerprintFields.GpuProbeError]);
    }

    [Fact]
    public void An_nvidia_smi_that_cannot_be_executed_records_unknown_and_the_reason()
    {
        var notExecutable = folder.WriteFile("nvidia-smi", "not a program");

        var fingerprint = Capture(X86CpuInfo, notExecutable);

        Assert.Equal(FingerprintValues.Unknown, fingerprint[FingerprintFields.GpuModel]);
        Assert.StartsWith("nvidia-smi could not be started:", fingerprint[FingerprintFields.GpuProbeError]);
    }

    [Fact]
    public void A_hanging_nvidia_smi_is_stopped_at_the_timeout()
    {
        var nvidiaSmi = folder.WriteScript("nvidia-smi", "exec sleep 60");
        var sources = Sources(X86CpuInfo, nvidiaSmi) with { NvidiaSmiTimeout = TimeSpan.FromMilliseconds(200) };

        var fingerprint = new HostFingerprintCapture(sources).Capture();

        Assert.Equal(FingerprintValues.Unknown, fingerprint[FingerprintFields.GpuModel]);
        Assert.Equal("nvidia-smi did not answer within 0.2 s", fingerprint[FingerprintFields.GpuProbeError]);
    }

    [Fact]
    public void The_real_capture_of_this_host_has_its_host_os_kernel_and_cpu()
    {
        var fingerprint = new HostFingerprintCapture().Capture();

        Assert.Equal(System.Net.Dns.GetHostName(), fingerprint[FingerprintFields.Host]);
        foreach (var field in new[] { FingerprintFields.Host, FingerprintFields.Os, FingerprintFields.Kernel, FingerprintFields.CpuModel, FingerprintFields.CpuIsa })
        {
            Assert.False(string.IsNullOrWhiteSpace(fingerprint[field]), field);
            Assert.NotEqual(FingerprintValues.Unknown, fingerprint[field]);
        }
        Assert.True(int.Parse(fingerprint[FingerprintFields.CpuCount]!) >= 1);
    }

    [Fact]
    public void The_real_capture_on_a_host_without_nvidia_smi_has_no_gpu()
    {
        // Some hosts that run these tests have a GPU: there, this test has nothing to check.
        if (System.Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(dir => File.Exists(Path.Combine(dir, "nvidia-smi"))))
            return;

        var fingerprint = new HostFingerprintCapture().Capture();

        Assert.Equal("0", fingerprint[FingerprintFields.GpuCount]);
        Assert.Equal(FingerprintValues.None, fingerprint[FingerprintFields.GpuModel]);
    }

    [Fact]
    public void The_real_capture_records_relevant_environment_variables()
    {
        // A name no other test or tool uses, so setting it in this process disturbs nothing.
        const string variable = "TORCH_ORLX_ENVIRONMENT_TESTS";
        System.Environment.SetEnvironmentVariable(variable, "on");
        try
        {
            var fingerprint = new HostFingerprintCapture(Sources(X86CpuInfo, Path.Combine(folder.Path, "absent"))).Capture();

            Assert.Equal("on", fingerprint[FingerprintFields.EnvironmentVariable(variable)]);
        }
        finally
        {
            System.Environment.SetEnvironmentVariable(variable, null);
        }
    }

    private EnvironmentFingerprint Capture(string cpuInfo, string? nvidiaSmi = null) =>
        new HostFingerprintCapture(Sources(cpuInfo, nvidiaSmi ?? Path.Combine(folder.Path, "absent-nvidia-smi"))).Capture();

    private HostProbeSources Sources(string cpuInfo, string nvidiaSmi) => new()
    {
        CpuInfoPath = folder.WriteFile("cpuinfo", cpuInfo),
        OsReleasePath = folder.WriteFile("os-release", OsReleaseText),
        KernelReleasePath = folder.WriteFile("osrelease", "5.15.0-105-generic\n"),
        NvidiaSmiCommand = nvidiaSmi,
    };
}
