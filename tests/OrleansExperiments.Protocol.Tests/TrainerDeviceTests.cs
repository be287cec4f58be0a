using OrleansExperiments.Protocol;

namespace OrleansExperiments.Protocol.Tests;

public sealed class TrainerDeviceTests
{
    [Theory]
    [InlineData("cpu", DeviceKind.Cpu, 0)]
    [InlineData("cuda:0", DeviceKind.Cuda, 0)]
    [InlineData("cuda:12", DeviceKind.Cuda, 12)]
    public void Parses_cpu_and_cuda_with_an_index_and_writes_them_back(string text, DeviceKind kind, int index)
    {
        var device = TrainerDevice.Parse(text);

        Assert.Equal(new TrainerDevice(kind, index), device);
        Assert.Equal(text, device.ToString());
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("CPU")]
    [InlineData(" cpu")]
    [InlineData("cuda")]
    [InlineData("cuda:")]
    [InlineData("cuda:-1")]
    [InlineData("cuda:+1")]
    [InlineData("cuda:1.0")]
    [InlineData("cuda: 1")]
    [InlineData("cuda:99999999999")]
    public void Rejects_other_text_with_a_message_that_shows_the_forms(string text)
    {
        Assert.False(TrainerDevice.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => TrainerDevice.Parse(text));
        Assert.Contains("'cpu' or 'cuda:N'", error.Message);
    }

    [Fact]
    public void A_cuda_device_needs_a_non_negative_index()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainerDevice.Cuda(-1));
    }
}
