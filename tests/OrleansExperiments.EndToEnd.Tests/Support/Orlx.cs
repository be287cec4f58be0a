using System.Diagnostics;
using System.Text;

namespace OrleansExperiments.EndToEnd.Tests.Support;

/// <summary>
/// Runs the real <c>orlx</c> (the Cli project's <c>orlx.dll</c>, built next to the tests) as a child process, with the
/// environment of one test grid: its home, its storage and its ports.
/// </summary>
public sealed class Orlx(IReadOnlyDictionary<string, string> environment)
{
    /// <summary>A command that takes this long is stuck: it is killed and the test fails with its output.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private static readonly string OrlxDll = Path.Combine(AppContext.BaseDirectory, "orlx.dll");

    public async Task<CliResult> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.KillTree();
            throw new TimeoutException($"orlx {string.Join(' ', arguments)} did not finish within {CommandTimeout}:{Environment.NewLine}{process.Output()}");
        }
        return process.Result();
    }

    /// <summary>Starts a command that keeps running (a silo, a compare to be interrupted); the caller stops it.</summary>
    public OrlxProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(OrlxDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return new OrlxProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), arguments);
    }
}

/// <summary>A running <c>orlx</c> process whose output is collected as it comes.</summary>
public sealed class OrlxProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();
    private readonly Task _reading;

    public OrlxProcess(Process process, IReadOnlyList<string> arguments)
    {
        _process = process;
        Arguments = arguments;
        process.StandardInput.Close();
        _reading = Task.WhenAll(Pump(process.StandardOutput, _stdout), Pump(process.StandardError, _stderr));
    }

    public IReadOnlyList<string> Arguments { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    public async Task WaitForExitAsync(CancellationToken cancellationToken = default)
    {
        await _process.WaitForExitAsync(cancellationToken);
        await _reading;
    }

    /// <summary>Waits until stderr has a line containing <paramref name="text"/> and returns that line.</summary>
    public async Task<string> WaitForStderrLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var line = Stderr.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null)
            {
                return line.TrimEnd('\r');
            }
            if (HasExited)
            {
                break;
            }
            await Task.Delay(PollInterval);
        }
        throw new TimeoutException($"orlx {string.Join(' ', Arguments)} printed no line with '{text}':{Environment.NewLine}{Output()}");
    }

    /// <summary>SIGKILL: the process dies at once, as on a crash or an OOM kill; its trainers are left behind.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    /// <summary>SIGTERM: the process stops gracefully.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public CliResult Result()
    {
        _reading.Wait();
        lock (_gate)
        {
            return new CliResult(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
        }
    }

    public string Output()
    {
        lock (_gate)
        {
            return $"stdout:{Environment.NewLine}{_stdout}{Environment.NewLine}stderr:{Environment.NewLine}{_stderr}";
        }
    }

    public void KillTree()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        KillTree();
        _process.Dispose();
    }

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private async Task Pump(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_gate)
            {
                into.AppendLine(line);
            }
        }
    }
}
