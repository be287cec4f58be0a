using System.Collections.Immutable;

namespace OrleansExperiments.Grains.Workers;

/// <summary>A trainer command line, resolved: the program, its arguments (manifest run command plus protocol arguments), where and with what environment.</summary>
public sealed record TrainerLaunch(
    string FileName,
    ImmutableArray<string> Arguments,
    string WorkingDirectory,
    ImmutableDictionary<string, string> Environment);
