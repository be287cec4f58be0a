namespace OrleansExperiments.Protocol;

/// <summary>The environment event's members that <see cref="EnvironmentEvent"/> has properties for.</summary>
internal static class EnvironmentEventMembers
{
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        TrainerEventNames.EventMember, TrainerEventNames.TorchSharp, TrainerEventNames.LibTorch,
        TrainerEventNames.Device, TrainerEventNames.DeviceName, TrainerEventNames.Cuda, TrainerEventNames.Cudnn,
        TrainerEventNames.Threads, TrainerEventNames.Deterministic, TrainerEventNames.Tf32,
    };
}
