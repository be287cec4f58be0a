using OrleansExperiments.Grains.Tests.Support;
using OrleansExperiments.Grains.Workers;
using OrleansExperiments.Protocol.Manifest;

namespace OrleansExperiments.Grains.Tests.Workers;

/// <summary>The build cache on real folders with a real build script (run without a shell of ours).</summary>
public sealed class BuildCacheTests : IDisposable
{
    private const string TreeHash = "0123456789abcdef0123456789abcdef01234567";

    private readonly TemporaryFolder _folder = new();
    private readonly string _checkout;
    private readonly BuildCache _cache;

    public BuildCacheTests()
    {
        _checkout = Path.Combine(_folder.Path, "checkout");
        Directory.CreateDirectory(_checkout);
        _cache = new BuildCache(Path.Combine(_folder.Path, "builds"), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_relative_build_script_runs_from_the_checkout_once_per_tree()
    {
        WriteScript("build.sh", "#!/bin/sh\necho built >> \"$1/built.txt\"\necho building\n");
        var manifest = Manifest("./build.sh {out}");

        var first = await _cache.EnsureBuiltAsync(TreeHash, _checkout, manifest, CancellationToken.None);
        var second = await _cache.EnsureBuiltAsync(TreeHash, _checkout, manifest, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(["built"], File.ReadAllLines(Path.Combine(first, "built.txt")));
        Assert.Contains("building", File.ReadAllText(Path.Combine(Path.GetDirectoryName(first)!, BuildCache.LogFileName)));
    }

    [Fact]
    public async Task A_failed_build_says_why_and_is_tried_again_next_time()
    {
        WriteScript("build.sh", "#!/bin/sh\necho 'error CS1002: ; expected' >&2\nexit 1\n");
        var manifest = Manifest("./build.sh {out}");

        var error = await Assert.ThrowsAsync<PreparationException>(() => _cache.EnsureBuiltAsync(TreeHash, _checkout, manifest, CancellationToken.None));
        WriteScript("build.sh", "#!/bin/sh\ntouch \"$1/ok\"\n");
        var output = await _cache.EnsureBuiltAsync(TreeHash, _checkout, manifest, CancellationToken.None);

        Assert.Contains("exited with code 1", error.Message);
        Assert.Contains("error CS1002", error.Message);
        Assert.True(File.Exists(Path.Combine(output, "ok")));
    }

    [Fact]
    public async Task Without_a_build_command_nothing_is_built()
    {
        var output = await _cache.EnsureBuiltAsync(TreeHash, _checkout, Manifest(build: null), CancellationToken.None);

        Assert.False(Directory.Exists(output));
    }

    public void Dispose() => _folder.Dispose();

    private void WriteScript(string name, string text)
    {
        var path = Path.Combine(_checkout, name);
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }
    }

    private static WorkloadManifest Manifest(string? build) => WorkloadManifest.Parse($$"""
        {
          "schema": 1,
          {{(build is null ? "" : $"\"build\": \"{build}\",")}}
          "run": "./train.sh",
          "modes": ["mlp"],
          "profiles": ["fast"],
          "primaryMetric": "score",
          "metrics": { "score": { "goal": "maximize", "version": "1", "inputs": ["train.sh"] } }
        }
        """, "test manifest");
}
