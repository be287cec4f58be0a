using System.Diagnostics;
using System.Globalization;

namespace OrleansExperiments.Azurite.Tests;

public sealed class AzuriteOwnerTests
{
    private static readonly string OwnerExecutable = Path.Combine(AppContext.BaseDirectory, "AzuriteOwner");

    [Fact]
    public async Task Azurite_exits_when_its_owner_is_killed_with_SIGKILL()
    {
        using var owner = Process.Start(new ProcessStartInfo(OwnerExecutable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var (azuritePid, port) = await ReadAzuriteOfAsync(owner);
        Assert.True(await LoopbackPort.IsListeningAsync(port));

        owner.Kill(); // SIGKILL on Linux: no Dispose, no finalizer, no exit handler runs.
        await owner.WaitForExitAsync();

        var gone = await ProcessState.WaitUntilGoneAsync(azuritePid);
        if (!gone)
        {
            Process.GetProcessById(azuritePid).Kill(); // Leave no stray Azurite behind a failing test.
        }

        Assert.True(gone, $"Azurite (pid {azuritePid}) outlived its owner.");
        Assert.False(await LoopbackPort.IsListeningAsync(port));
    }

    private static async Task<(int AzuritePid, int Port)> ReadAzuriteOfAsync(Process owner)
    {
        var line = await owner.StandardOutput.ReadLineAsync();
        if (line is null)
        {
            await owner.WaitForExitAsync();
            Assert.Fail($"The owner exited before starting Azurite: {await owner.StandardError.ReadToEndAsync()}");
        }

        var parts = line.Split(' ');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
