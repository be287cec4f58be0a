using OrleansExperiments.Protocol;

namespace OrleansExperiments.Training.Tests.Processes;

public sealed class TrainerTerminationTests(TrainerHome home) : IClassFixture<TrainerHome>
{
    [Theory]
    [InlineData("forever", "Stopped by SIGTERM before the run finished.")]
    [InlineData("stubborn", "Stopped by SIGTERM; the trainer did not stop within 1 s.")]
    public async Task SIGTERM_ends_the_run_without_a_result(string mode, string reason)
    {
        using var trainer = TrainerProcess.Start(new TrainerArguments(1, mode, "fast", TrainerDevice.Cpu, home.NewOutput()), home.Environment());
        await trainer.WaitForLineAsync(line => line is EventLine { Event: MetricEvent });

        trainer.Terminate();
        var run = await trainer.WaitAsync();

        run.AssertFailed(TrainerExitCodes.Terminated, reason);
    }
}
