using System.Diagnostics;
using OrleansExperiments.Git.Tests.Support;

namespace OrleansExperiments.Git.Tests;

public sealed class FileLockTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string LockFile => _temp.Sub("x.lock");

    [Fact]
    public async Task Another_process_cannot_take_the_lock_while_it_is_held()
    {
        using (await FileLock.AcquireAsync(LockFile, Patience, CancellationToken.None))
        {
            Assert.Equal(FlockHeld, RunFlock(LockFile));
        }

        Assert.Equal(FlockFree, RunFlock(LockFile));
    }

    [Fact]
    public async Task The_lock_waits_for_another_process_to_release_it()
    {
        // The flock command holds the lock in another process until its stdin closes.
        using var holder = Process.Start(new ProcessStartInfo("flock", [LockFile, "cat"]) { RedirectStandardInput = true })!;
        try
        {
            while (RunFlock(LockFile) == FlockFree && !holder.HasExited)
            {
                await Task.Delay(FileLock.PollInterval);
            }

            var waiting = FileLock.AcquireAsync(LockFile, Patience, CancellationToken.None);
            Assert.False(waiting.IsCompleted);
            holder.StandardInput.Close();
            await holder.WaitForExitAsync();

            using (await waiting)
            {
                Assert.Equal(FlockHeld, RunFlock(LockFile));
            }
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill();
            }
        }
    }

    [Fact]
    public async Task Workers_in_one_process_take_turns()
    {
        var inside = 0;
        var overlaps = 0;
        async Task Worker()
        {
            using (await FileLock.AcquireAsync(LockFile, Patience, CancellationToken.None))
            {
                if (Interlocked.Increment(ref inside) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }
                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(Worker)));

        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task Waiting_too_long_times_out_with_the_lock_file_named()
    {
        using var held = await FileLock.AcquireAsync(LockFile, Patience, CancellationToken.None);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => FileLock.AcquireAsync(LockFile, TimeSpan.Zero, CancellationToken.None));

        Assert.Contains(LockFile, error.Message);
    }

    private const int FlockFree = 0;
    private const int FlockHeld = 1;

    private static int RunFlock(string lockFile)
    {
        using var process = Process.Start(new ProcessStartInfo("flock", ["--nonblock", "--conflict-exit-code", FlockHeld.ToString(), lockFile, "true"]))!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
