using System.Collections;

namespace OrleansExperiments.Fingerprints.Tests;

public class RelevantEnvironmentVariablesTests
{
    [Fact]
    public void Keeps_named_and_prefixed_variables_and_drops_the_rest()
    {
        var variables = new Hashtable
        {
            ["OMP_NUM_THREADS"] = "4",
            ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8",
            ["TORCH_CUDNN_V8_API_DISABLED"] = "1",
            ["PYTORCH_CUDA_ALLOC_CONF"] = "expandable_segments:True",
            ["HOME"] = "/root",
            ["PATH"] = "/usr/bin",
            ["OMP_NUM_THREADS_EXTRA"] = "x",
        };

        var fields = RelevantEnvironmentVariables.Select(variables).OrderBy(field => field.Key, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                new("env.CUBLAS_WORKSPACE_CONFIG", ":4096:8"),
                new("env.OMP_NUM_THREADS", "4"),
                new("env.PYTORCH_CUDA_ALLOC_CONF", "expandable_segments:True"),
                new KeyValuePair<string, string>("env.TORCH_CUDNN_V8_API_DISABLED", "1"),
            ],
            fields);
    }
}
