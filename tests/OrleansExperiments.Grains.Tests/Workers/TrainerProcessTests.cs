using System.Collections.Concurrent;
using System.Collections.Immutable;
using OrleansExperiments.Grains.Tests.Support;
using OrleansExperiments.Grains.Workers;

namespace OrleansExperiments.Grains.Tests.Workers;

/// <summary>Real child processes (bash), started without a shell of ours, read through the bounded line reader.</summary>
public sealed class TrainerProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly ConcurrentQueue<string> _stdout = new();

    [Fact]
    public async Task A_megabyte_line_without_a_newline_is_cut_and_the_following_result_line_arrives_intact()
    {
        const string result = """{"orlx":"result","metrics":{"val_accuracy":0.9}}""";
        var exit = await Run($"head -c 1048576 /dev/zero | tr '\\0' x; echo; echo '{result}'");

        Assert.Equal(0, exit.ExitCode);
        Assert.Equal([TrainerProcess.MaxLineBytes, result.Length], _stdout.Select(l => l.Length));
        Assert.Equal(result, _stdout.Last());
    }

    [Fact]
    public async Task The_exit_code_and_the_stderr_tail_are_reported()
    {
        var exit = await Run("for i in $(seq 1 100); do echo \"err $i\" >&2; done; echo out; exit 3");

        Assert.Equal((3, false), (exit.ExitCode, exit.Cancelled));
        Assert.Equal(TrainerProcess.LogTailLines, exit.StderrTail.Count);
        Assert.Equal("err 100", exit.StderrTail[^1]);
        Assert.Equal(["out"], _stdout);
    }

    [Fact]
    public async Task Arguments_and_environment_reach_the_process_unchanged()
    {
        var launch = new TrainerLaunch("/bin/bash", ["-c", "echo \"$1|$2|$ORLX_TEST_VALUE\"", "bash", "a b", "$HOME;`x`"],
            _folder.Path, ImmutableDictionary<string, string>.Empty.Add("ORLX_TEST_VALUE", "v 1"));

        await TrainerProcess.RunAsync(launch, _stdout.Enqueue, onStarted: null, CancellationToken.None);

        Assert.Equal(["a b|$HOME;`x`|v 1"], _stdout);
    }

    [Fact]
    public async Task Cancelling_kills_the_process_and_its_children()
    {
        var childPidFile = Path.Combine(_folder.Path, "child.pid");
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource<int>();
        var launch = new TrainerLaunch("/bin/bash", ["-c", $"sleep 600 & echo $! > {childPidFile}; echo ready; wait"],
            _folder.Path, ImmutableDictionary<string, string>.Empty);

        var running = TrainerProcess.RunAsync(launch, line => { if (line == "ready") { cancel.Cancel(); } }, started.SetResult, cancel.Token);
        var exit = await running;

        Assert.True(exit.Cancelled);
        Assert.Null(exit.ExitCode);
        var child = int.Parse(File.ReadAllText(childPidFile).Trim());
        // SIGKILL is delivered asynchronously: give the kernel a moment to end the child (not a speed assertion).
        Assert.False(await StillRunningAfter(child, SignalDeliveryAllowance), $"the trainer's child {child} outlived the cancelled trainer");
        Assert.False(IsRunning(await started.Task));
    }

    [Fact]
    public async Task A_program_that_does_not_exist_is_explained()
    {
        var launch = new TrainerLaunch(Path.Combine(_folder.Path, "no-such-trainer"), [], _folder.Path, ImmutableDictionary<string, string>.Empty);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TrainerProcess.RunAsync(launch, _stdout.Enqueue, onStarted: null, CancellationToken.None));

        Assert.Contains("could not be started", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private Task<TrainerExit> Run(string script) =>
        TrainerProcess.RunAsync(new TrainerLaunch("/bin/bash", ["-c", script], _folder.Path, ImmutableDictionary<string, string>.Empty),
            _stdout.Enqueue, onStarted: null, CancellationToken.None);

    /// <summary>Alive and not a zombie (a killed child may linger as a zombie until its parent reaps it).</summary>
    private static readonly TimeSpan SignalDeliveryAllowance = TimeSpan.FromSeconds(10);

    private static async Task<bool> StillRunningAfter(int pid, TimeSpan allowance)
    {
        var until = DateTime.UtcNow + allowance;
        while (IsRunning(pid) && DateTime.UtcNow < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
        return IsRunning(pid);
    }

    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }
        try
        {
            var state = File.ReadAllText(stat);
            return state[(state.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
