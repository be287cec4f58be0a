using System.Diagnostics;
using System.Text;

namespace OrleansExperiments.Scenarios;

/// <summary>Runs the <c>dotnet</c> command line and fails with its output when it fails.</summary>
internal static class DotnetCli
{
    private const int OutputTailCharacters = 4000;

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>; returns its standard output.</summary>
    /// <exception cref="InvalidOperationException">The command exited with a non-zero code; the message has its output.</exception>
    public static async Task<string> RunAsync(IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // MSBuild worker nodes would otherwise outlive the command (and its caller's tests).
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet; is the .NET SDK installed and on PATH?");
        var output = new StringBuilder();
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        output.Append(await standardOutput).Append(await standardError);
        if (process.ExitCode != 0)
        {
            var text = output.ToString();
            var tail = text.Length > OutputTailCharacters ? text[^OutputTailCharacters..] : text;
            throw new InvalidOperationException($"`dotnet {string.Join(' ', arguments)}` failed with exit code {process.ExitCode} in {workingDirectory}:{Environment.NewLine}{tail}");
        }
        return await standardOutput;
    }
}
