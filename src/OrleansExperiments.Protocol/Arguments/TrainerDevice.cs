using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OrleansExperiments.Protocol;

/// <summary>The kind of device a run trains on.</summary>
public enum DeviceKind
{
    /// <summary>The CPU.</summary>
    Cpu,

    /// <summary>An NVIDIA GPU through CUDA.</summary>
    Cuda,
}

/// <summary>The device of a run as the <c>--device</c> argument writes it: <c>cpu</c> or <c>cuda:N</c>.</summary>
/// <param name="Kind">CPU or CUDA.</param>
/// <param name="Index">The CUDA device index; 0 for the CPU.</param>
public readonly record struct TrainerDevice(DeviceKind Kind, int Index)
{
    private const string CpuText = "cpu";
    private const string CudaPrefix = "cuda:";

    /// <summary>The CPU.</summary>
    public static TrainerDevice Cpu { get; } = new(DeviceKind.Cpu, 0);

    /// <summary>The CUDA device with index <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static TrainerDevice Cuda(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(DeviceKind.Cuda, index);
    }

    /// <summary>Parses <c>cpu</c> or <c>cuda:N</c> (N a non-negative integer, no sign or spaces).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TrainerDevice? device)
    {
        device = null;
        if (text == CpuText)
            device = Cpu;
        else if (text is not null && text.StartsWith(CudaPrefix, StringComparison.Ordinal) &&
                 int.TryParse(text.AsSpan(CudaPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            device = Cuda(index);
        return device is not null;
    }

    /// <summary>Parses <c>cpu</c> or <c>cuda:N</c>.</summary>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static TrainerDevice Parse(string text) =>
        TryParse(text, out var device) ? device.Value : throw new FormatException(DescribeInvalid(text));

    /// <summary>The reason <paramref name="text"/> is not a device.</summary>
    internal static string DescribeInvalid(string? text) =>
        $"The device '{text}' is not valid: use 'cpu' or 'cuda:N' with N the GPU index, for example 'cuda:0'.";

    /// <summary><c>cpu</c> or <c>cuda:N</c>, the form the protocol and TorchSharp both understand.</summary>
    public override string ToString() =>
        Kind == DeviceKind.Cpu ? CpuText : CudaPrefix + Index.ToString(CultureInfo.InvariantCulture);
}
