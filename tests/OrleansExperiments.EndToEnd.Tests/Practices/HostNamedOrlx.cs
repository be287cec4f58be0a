using System.Diagnostics;
using OrleansExperiments.EndToEnd.Tests.Support;

namespace OrleansExperiments.EndToEnd.Tests.Practices;

/// <summary>
/// Runs <c>orlx</c> under another host name: <c>unshare --uts</c> gives the process a UTS namespace of its own, where
/// <c>hostname</c> changes the name only it (and its embedded silo and trainers) sees. That needs root (CAP_SYS_ADMIN);
/// without it the command fails with a message that says so rather than the test skipping silently.
/// </summary>
public sealed class HostNamedOrlx(string hostName, IReadOnlyDictionary<string, string> environment)
{
    /// <summary>A host name no test machine has.</summary>
    public const string OtherHostName = "orlx-other-host";

    // $0 is the host name and "$@" the orlx command line: passed as arguments, nothing needs quoting.
    private const string Script = "hostname \"$0\" && exec dotnet \"$@\"";

    private static readonly string OrlxDll = Path.Combine(AppContext.BaseDirectory, "orlx.dll");

    public string HostName => hostName;

    public async Task<CliResult> RunAsync(params string[] arguments)
    {
        RequireUnshare();
        var start = new ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--uts", "sh", "-c", Script, hostName, OrlxDll, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = new OrlxProcess(Process.Start(start) ?? throw new InvalidOperationException("unshare did not start."), arguments);
        using var timeout = new CancellationTokenSource(Orlx.CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.KillTree();
            throw new TimeoutException($"orlx {string.Join(' ', arguments)} on host {hostName} did not finish within {Orlx.CommandTimeout}:{Environment.NewLine}{process.Output()}");
        }
        return process.Result();
    }

    private static void RequireUnshare()
    {
        var start = new ProcessStartInfo("unshare", ["--uts", "true"]) { RedirectStandardError = true, UseShellExecute = false };
        string error;
        int exitCode;
        try
        {
            using var probe = Process.Start(start)!;
            error = probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            exitCode = probe.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"This test runs orlx under another host name with `unshare --uts` (util-linux), which is not installed: {e.Message}", e);
        }
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"This test runs orlx under another host name with `unshare --uts`, which this user may not do (run the tests as root, or with CAP_SYS_ADMIN): {error.Trim()}");
        }
    }
}
