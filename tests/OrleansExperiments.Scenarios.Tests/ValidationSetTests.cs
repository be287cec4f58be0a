using System.Diagnostics;

namespace OrleansExperiments.Scenarios.Tests;

/// <summary>data/val.bin is what its seed generates: the committed file can be reproduced bit for bit.</summary>
[Collection(BuiltScenarioCollection.Name)]
public sealed class ValidationSetTests(BuiltScenarioFixture fixture) : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_trainer_regenerates_the_committed_validation_set_exactly()
    {
        var command = fixture.Manifest.Run.Expand(fixture.Build(ScenarioBranches.Main));
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1).Append("generate-validation-set"))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(TestPaths.TemplateFolder, TemplateWorkload.ValidationSetPath)),
            await File.ReadAllBytesAsync(folder.Combine(TemplateWorkload.ValidationSetPath)));
    }
}
