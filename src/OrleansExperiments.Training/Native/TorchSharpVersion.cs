using System.Reflection;
using TorchSharp;

namespace OrleansExperiments.Training.Native;

/// <summary>The version of the TorchSharp assembly in use.</summary>
public static class TorchSharpVersion
{
    /// <summary>The informational version without build metadata, e.g. "0.107.0".</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var assembly = typeof(torch).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
