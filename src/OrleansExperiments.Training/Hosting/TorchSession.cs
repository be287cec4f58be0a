using OrleansExperiments.Protocol;
using OrleansExperiments.Training.Native;
using TorchSharp;

namespace OrleansExperiments.Training.Hosting;

/// <summary>libtorch set up for one run: device chosen, threads fixed, determinism applied, generators seeded.</summary>
/// <param name="Device">The torch device to train on.</param>
/// <param name="Environment">The environment event that describes the setup.</param>
internal sealed record TorchSession(torch.Device Device, EnvironmentEvent Environment)
{
    // cuBLAS is deterministic only with a fixed workspace; in deterministic mode libtorch refuses cuBLAS
    // calls unless this is set before the first one.
    private const string CublasWorkspaceVariable = "CUBLAS_WORKSPACE_CONFIG";
    private const string CublasDeterministicWorkspace = ":4096:8";
    private const string NativePatchKey = "nativePatch";
    private const string LibTorchSourceKey = "libtorchSource";

    /// <summary>Sets libtorch up for <paramref name="arguments"/>.</summary>
    /// <exception cref="TrainerFailedException">The device is unavailable (<see cref="TrainerExitCodes.DeviceUnavailable"/>).</exception>
    public static TorchSession Start(TrainerArguments arguments, TrainerOptions options, LoadedNatives natives)
    {
        if (arguments.Device.Kind == DeviceKind.Cuda && options.Deterministic)
            NativeEnvironment.SetIfUnset(CublasWorkspaceVariable, CublasDeterministicWorkspace);
        var device = SelectDevice(arguments.Device, natives);

        torch.set_num_threads(options.Threads);
        var context = LibTorchContext.Of(natives);
        if (context.ApplyDeterminism(options.Deterministic) != options.Deterministic)
            throw new InvalidOperationException($"libtorch's deterministic-algorithms flag did not read back as {options.Deterministic} after setting it.");

        torch.manual_seed(arguments.Seed);
        // TorchSharp's manual_seed seeds only the CPU generator.
        if (arguments.Device.Kind == DeviceKind.Cuda)
            torch.cuda.manual_seed_all(arguments.Seed);

        return new TorchSession(device, Describe(arguments.Device, natives, context));
    }

    private static torch.Device SelectDevice(TrainerDevice requested, LoadedNatives natives)
    {
        if (requested.Kind == DeviceKind.Cpu)
            return torch.CPU;
        if (!torch.cuda.is_available())
            throw new TrainerFailedException(TrainerExitCodes.DeviceUnavailable, $"--device {requested} asks for CUDA, but CUDA is not available: " + (natives.CudaLibrariesLoaded
                ? "libtorch's CUDA libraries loaded, but no GPU answered; check the driver with nvidia-smi."
                : $"this process loaded a CPU-only libtorch from {natives.LibTorch.Directory}. Set {NativeLoaderOptions.LibTorchDirectoryVariable} to a CUDA libtorch folder (a PyTorch install's torch/lib), or use --device cpu."));
        var count = torch.cuda.device_count();
        if (requested.Index >= count)
            throw new TrainerFailedException(TrainerExitCodes.DeviceUnavailable,
                $"--device {requested} asks for CUDA device {requested.Index}, but this machine has {count} (cuda:0 to cuda:{count - 1}).");
        return torch.device(DeviceType.CUDA, requested.Index);
    }

    private static EnvironmentEvent Describe(TrainerDevice device, LoadedNatives natives, LibTorchContext context)
    {
        var onCuda = device.Kind == DeviceKind.Cuda;
        return new EnvironmentEvent
        {
            TorchSharp = TorchSharpVersion.Current,
            LibTorch = natives.LibTorchVersion,
            Device = device.ToString(),
            DeviceName = onCuda ? CudaLibraries.DeviceName(device.Index) : CpuModel.Read(),
            Cuda = onCuda ? CudaLibraries.RuntimeVersion() : null,
            Cudnn = onCuda ? CudaLibraries.CudnnVersion() : null,
            Threads = torch.get_num_threads(),
            Deterministic = context.DeterministicAlgorithms,
            Tf32 = context.AllowTf32CuBlas,
            Extra = new Dictionary<string, string>
            {
                // Which libtorch binary ran and whether the SDK patched TorchSharp's library: both can change results.
                [LibTorchSourceKey] = natives.LibTorch.IsExternal ? "external" : "package",
                [NativePatchKey] = natives.LibTorchSharp.IsPatched ? "weak:" + string.Join(",", natives.LibTorchSharp.WeakenedVersions) : "none",
            },
        };
    }
}
