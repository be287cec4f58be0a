using OrleansExperiments.Protocol;

namespace OrleansExperiments.Abstractions;

/// <summary>
/// Names that become parts of grain keys, table keys, git refs and paths (experiment ids, arms, modes, profiles):
/// the contract's naming rule (<see cref="ProtocolName"/>), so nothing can escape a folder or break a key.
/// </summary>
public static class GridNames
{
    public const int MaxLength = ProtocolName.MaximumLength;

    public static bool IsValid(string? name) => ProtocolName.IsValid(name);

    public static string RequireValid(string? name, string what) =>
        IsValid(name) ? name! : throw new ArgumentException(ProtocolName.Describe(name, what));
}
