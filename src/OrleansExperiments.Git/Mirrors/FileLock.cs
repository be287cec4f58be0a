using System.Collections.Concurrent;

namespace OrleansExperiments.Git;

/// <summary>
/// An exclusive lock on a lock file, held against other threads of this process and against other processes.
/// Across processes it relies on .NET opening the file with <see cref="FileShare.None"/>, which on Unix takes an
/// advisory <c>flock</c> (the one the <c>flock</c> command uses) and on Windows a share-mode lock; the OS drops it if
/// the process dies, so a crashed holder never leaves a stale lock. Within the process a semaphore per path queues
/// waiters so they do not poll each other.
/// </summary>
public sealed class FileLock : IDisposable
{
    /// <summary>How often a waiter retries while another process holds the file.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _gate;
    private readonly FileStream _file;

    private FileLock(SemaphoreSlim gate, FileStream file)
    {
        _gate = gate;
        _file = file;
    }

    /// <summary>Waits until the lock on <paramref name="path"/> is free and takes it; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public static async Task<FileLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var gate = Gates.GetOrAdd(fullPath, _ => new SemaphoreSlim(1, 1));
        var deadline = DateTime.UtcNow + timeout;
        if (!await gate.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            throw TimedOut(fullPath, timeout);
        }
        try
        {
            while (true)
            {
                try
                {
                    return new FileLock(gate, new FileStream(fullPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    throw TimedOut(fullPath, timeout);
                }
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>Releases the lock. The file stays: deleting it would let two processes lock two different files.</summary>
    public void Dispose()
    {
        _file.Dispose();
        _gate.Release();
    }

    private static TimeoutException TimedOut(string path, TimeSpan timeout) =>
        new($"Could not lock {path} within {timeout}: another worker or process is still using it. " +
            "If no orlx process is running, retry; the lock is released when its holder exits.");
}
