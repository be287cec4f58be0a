namespace OrleansExperiments.Protocol.Manifest;

/// <summary>A manifest command line that cannot be split into arguments or expanded.</summary>
public sealed class CommandLineException(string message) : FormatException(message);
