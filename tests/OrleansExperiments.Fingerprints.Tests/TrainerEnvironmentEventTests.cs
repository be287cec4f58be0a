using System.Text.Json;

namespace OrleansExperiments.Fingerprints.Tests;

public class TrainerEnvironmentEventTests
{
    private static readonly EnvironmentFingerprint Host = EnvironmentFingerprint.From(new Dictionary<string, string>
    {
        [FingerprintFields.Host] = "gpu-a",
        [FingerprintFields.GpuModel] = "NVIDIA A100-SXM4-80GB; NVIDIA RTX A6000",
    });

    [Fact]
    public void Maps_the_common_keys_onto_the_well_known_fields()
    {
        var fields = TrainerEnvironmentEvent.ToFields("""
            {"orlx":"environment","torchsharp":"0.107.0","libtorch":"2.10.0","device":"cuda:1",
             "deviceName":"NVIDIA RTX A6000","cuda":"12.8","cudnn":"91002","threads":8,"deterministic":true,"tf32":false}
            """);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["torchsharp"] = "0.107.0",
                ["libtorch"] = "2.10.0",
                ["device"] = "cuda",
                ["gpu.model"] = "NVIDIA RTX A6000",
                ["cuda.runtime"] = "12.8",
                ["cudnn"] = "91002",
                ["threads"] = "8",
                ["deterministic"] = "true",
                ["tf32"] = "false",
            },
            fields);
    }

    [Fact]
    public void On_the_cpu_the_device_name_is_not_a_gpu_model()
    {
        var fields = TrainerEnvironmentEvent.ToFields("""{"orlx":"environment","device":"cpu","deviceName":"AMD EPYC"}""");

        Assert.Equal("cpu", fields[FingerprintFields.Device]);
        Assert.Equal("AMD EPYC", fields["trainer.deviceName"]);
        Assert.False(fields.ContainsKey(FingerprintFields.GpuModel));
    }

    [Fact]
    public void Unknown_keys_get_the_trainer_prefix_and_nested_objects_flatten_with_dots()
    {
        var fields = TrainerEnvironmentEvent.ToFields("""
            {"orlx":"environment","python":null,"mkl":{"version":"2024.1","threads":4},"flags":["a","b"],"lr":0.5}
            """);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["trainer.python"] = "none",
                ["trainer.mkl.version"] = "2024.1",
                ["trainer.mkl.threads"] = "4",
                ["trainer.flags.0"] = "a",
                ["trainer.flags.1"] = "b",
                ["trainer.lr"] = "0.5",
            },
            fields);
    }

    [Fact]
    public void Volatile_keys_do_not_enter_the_fingerprint()
    {
        var fields = TrainerEnvironmentEvent.ToFields("""
            {"orlx":"environment","pid":4242,"time":"2026-01-01T00:00:00Z","output":"/tmp/run-7","Seed":3,
             "deviceIndex":1,"process":{"pid":4242,"startedAt":"x"},"threads":2}
            """);

        Assert.Equal(new Dictionary<string, string> { ["threads"] = "2" }, fields);
    }

    [Fact]
    public void Two_runs_on_different_gpus_of_one_host_give_the_same_fingerprint()
    {
        const string template = """{"orlx":"environment","device":"cuda:DEVICE","pid":PID,"cuda":"12.8","deviceName":"NVIDIA RTX A6000"}""";

        var first = TrainerEnvironmentEvent.ToFields(template.Replace("DEVICE", "0").Replace("PID", "100"));
        var second = TrainerEnvironmentEvent.ToFields(template.Replace("DEVICE", "3").Replace("PID", "200"));

        Assert.Equal(EnvironmentFingerprint.From(first).Hash, EnvironmentFingerprint.From(second).Hash);
    }

    [Fact]
    public void Merge_adds_the_trainer_fields_and_the_trainer_wins_where_both_report()
    {
        using var document = JsonDocument.Parse("""{"orlx":"environment","device":"cuda:0","deviceName":"NVIDIA RTX A6000","cuda":"12.8"}""");

        var merged = TrainerEnvironmentEvent.Merge(Host, document.RootElement);

        Assert.Equal("gpu-a", merged[FingerprintFields.Host]);
        Assert.Equal("NVIDIA RTX A6000", merged[FingerprintFields.GpuModel]);
        Assert.Equal("12.8", merged[FingerprintFields.CudaRuntime]);
        Assert.Equal("cuda", merged[FingerprintFields.Device]);
    }

    [Theory]
    [InlineData("""{"orlx":"metric","step":1,"name":"loss","value":1}""")]
    [InlineData("""{"torchsharp":"0.107.0"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"orlx":"environment",""")]
    public void Something_other_than_an_environment_event_is_refused(string line)
    {
        Assert.Throws<FormatException>(() => TrainerEnvironmentEvent.ToFields(line));
    }
}
