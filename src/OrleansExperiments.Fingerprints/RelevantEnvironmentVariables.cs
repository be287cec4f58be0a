using System.Collections;

namespace OrleansExperiments.Fingerprints;

/// <summary>
/// The environment variables that change training numerics or the devices a trainer sees, recorded as
/// <c>env.NAME</c> fields. An unset variable is left out (so setting it later changes the fingerprint).
/// </summary>
public static class RelevantEnvironmentVariables
{
    /// <summary>Variables kept by exact name: thread pools, reproducibility and TF32 switches, visible devices.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_CBWR",
        "CUDA_VISIBLE_DEVICES", "CUDA_LAUNCH_BLOCKING", "CUBLAS_WORKSPACE_CONFIG", "NVIDIA_TF32_OVERRIDE",
    };

    /// <summary>Variable families kept by prefix: PyTorch's and libtorch's own switches.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["TORCH_", "PYTORCH_"];

    /// <summary>True when <paramref name="name"/> is a relevant variable.</summary>
    public static bool IsRelevant(string name) =>
        Names.Contains(name) || Prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The <c>env.NAME</c> fields for the relevant variables among <paramref name="variables"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Select(IDictionary variables)
    {
        foreach (DictionaryEntry variable in variables)
            if (variable.Key is string name && IsRelevant(name))
                yield return new(FingerprintFields.EnvironmentVariable(name), variable.Value as string ?? string.Empty);
    }
}
