using System.ComponentModel;
using System.Diagnostics;

namespace OrleansExperiments.Azurite;

/// <summary>
/// A running Azurite Table service, a child process bound to 127.0.0.1. Dispose stops it. It also stops by itself when
/// the owning process exits for any reason (see <see cref="AzuriteLauncherScript"/>), so it never outlives its owner.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable, IDisposable
{
    private const int HighestPort = 65535;

    private readonly Process _process;
    private readonly TimeSpan _shutdownTimeout;
    private readonly OutputTail _output;
    private int _disposed;
    private volatile bool _stopped;

    private AzuriteServer(Process process, int port, TimeSpan shutdownTimeout, OutputTail output)
    {
        _process = process;
        _shutdownTimeout = shutdownTimeout;
        _output = output;
        Port = port;
        ProcessId = process.Id;
    }

    /// <summary>The loopback port of the Table service.</summary>
    public int Port { get; }

    /// <summary>The id of the node process that runs Azurite.</summary>
    public int ProcessId { get; }

    /// <summary>The Table endpoint of the development account, e.g. <c>http://127.0.0.1:10002/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => DevelopmentStorageAccount.TableEndpoint(Port);

    /// <summary>A connection string for <c>Azure.Data.Tables</c> and the Orleans Azure Storage providers.</summary>
    public string ConnectionString => DevelopmentStorageAccount.ConnectionString(Port);

    /// <summary>Whether the Azurite process has exited.</summary>
    public bool HasExited => _stopped || _process.HasExited;

    /// <summary>The last lines Azurite wrote on stdout and stderr, for diagnostics.</summary>
    public string RecentOutput => _output.ToString();

    /// <summary>Starts Azurite and returns once it answers requests.</summary>
    /// <exception cref="AzuriteException">Node.js or the Azurite package is missing, the port is taken, or Azurite did not come up.</exception>
    public static async Task<AzuriteServer> StartAsync(AzuriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AzuriteOptions();
        ValidatePort(options.Port);
        var node = NodeLocator.FindNode(options.NodeExecutable);
        var entryPoint = AzuritePackageLocator.FindTableServiceEntryPoint(options.PackageDirectory);
        var port = await ChoosePortAsync(options.Port, cancellationToken);
        if (!options.InMemoryPersistence)
        {
            Directory.CreateDirectory(options.ResolvedDataDirectory);
        }

        var output = new OutputTail();
        var process = StartProcess(node, AzuriteArguments.For(options, entryPoint, port), output);
        var server = new AzuriteServer(process, port, options.ShutdownTimeout, output);
        try
        {
            await AzuriteReadinessProbe.WaitAsync(process, server.TableEndpoint, options.StartupTimeout, output, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Asks Azurite to save and exit; kills it if it has not exited within the shutdown timeout.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Closing stdin is the same signal Azurite gets when its owner dies: the launcher closes it gracefully.
        CloseStandardInput();
        using (var timeout = new CancellationTokenSource(_shutdownTimeout))
        {
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _stopped = true;
        _process.Dispose();
    }

    /// <summary>Stops Azurite synchronously; see <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void ValidatePort(int port)
    {
        if (port is < AzuriteOptions.AnyFreePort or > HighestPort)
        {
            throw new ArgumentOutOfRangeException(
                nameof(port), port, $"AzuriteOptions.Port must be between 1 and {HighestPort}, or AzuriteOptions.AnyFreePort.");
        }
    }

    private static async Task<int> ChoosePortAsync(int requested, CancellationToken cancellationToken)
    {
        if (requested == AzuriteOptions.AnyFreePort)
        {
            return LoopbackPort.FindFree();
        }

        if (await LoopbackPort.IsListeningAsync(requested, cancellationToken))
        {
            throw new AzuriteException(
                $"Port {requested} on {DevelopmentStorageAccount.LoopbackHost} is already in use, so Azurite cannot listen there. " +
                "Stop what listens there, use its connection string instead, or choose another port (AzuriteOptions.Port).");
        }

        return requested;
    }

    private static Process StartProcess(string node, IReadOnlyList<string> arguments, OutputTail output)
    {
        var startInfo = new ProcessStartInfo(node)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Azurite resolves relative paths against its working folder; the data folder is always given absolute.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => output.Add(line.Data);
        process.ErrorDataReceived += (_, line) => output.Add(line.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            process.Dispose();
            throw new AzuriteException($"Could not start Node.js '{node}' to run Azurite: {error.Message}", error);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void CloseStandardInput()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Azurite has already exited; nothing is listening on the pipe.
        }
    }
}
