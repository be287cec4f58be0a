using OrleansExperiments.Protocol;
using OrleansExperiments.Training.Hosting;
using OrleansExperiments.Training.Native;

namespace OrleansExperiments.Training;

/// <summary>
/// Runs a TorchSharp trainer under the orlx trainer protocol in one call:
/// <code>
/// return TrainerHost.Run(args, new TrainerOptions { Modes = ["mlp", "cnn"] }, context =&gt;
/// {
///     // build a model on context.Device, train with context.TrainStep, report with context.ReportMetric
///     return new Dictionary&lt;string, double&gt; { ["val_accuracy"] = accuracy };
/// });
/// </code>
/// It parses the protocol arguments, loads libtorch (<see cref="TorchNatives"/>), fixes threads and
/// determinism, seeds every generator, prints the environment event, runs the trainer, and prints exactly
/// one result event on success. Any failure (bad arguments, native load, device, non-finite value, invalid
/// result, an exception, SIGTERM) prints a failure event and the reason on stderr, and returns a non-zero
/// exit code from <see cref="TrainerExitCodes"/>, with no result event.
/// </summary>
public static class TrainerHost
{
    private const string StandardErrorPrefix = "orlx trainer: ";

    /// <summary>Runs <paramref name="train"/> with the default <see cref="TrainerOptions"/>; returns the process exit code.</summary>
    public static int Run(string[] args, Func<TrainerContext, IReadOnlyDictionary<string, double>> train) =>
        Run(args, new TrainerOptions(), train);

    /// <summary>Runs <paramref name="train"/>; returns the process exit code (<see cref="TrainerExitCodes"/>).</summary>
    /// <param name="args">The process arguments: the protocol's <c>--seed --mode --profile --device --output</c>.</param>
    /// <param name="options">Modes, profiles, required metrics, threads, determinism.</param>
    /// <param name="train">The training: returns the final metrics, every one finite.</param>
    public static int Run(string[] args, TrainerOptions options, Func<TrainerContext, IReadOnlyDictionary<string, double>> train)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(train);
        options.Validate();

        var originalOutput = Console.Out;
        using var output = new ProtocolOutput(Console.OpenStandardOutput());
        // Environment.Exit (from the trainer, or after SIGTERM's grace period) skips finally blocks, not ProcessExit.
        EventHandler flushOnExit = (_, _) => output.Flush();
        AppDomain.CurrentDomain.ProcessExit += flushOnExit;
        Console.SetOut(output);
        try
        {
            return Run(args, options, train, new TrainerEventWriter(output));
        }
        finally
        {
            Console.SetOut(originalOutput);
            AppDomain.CurrentDomain.ProcessExit -= flushOnExit;
        }
    }

    private static int Run(string[] args, TrainerOptions options, Func<TrainerContext, IReadOnlyDictionary<string, double>> train, TrainerEventWriter events)
    {
        using var termination = new TerminationSignal(options.TerminationGracePeriod, signal =>
        {
            // The trainer did not reach a step boundary in time: end the process without a result.
            if (Fail(events, TrainerExitCodes.Terminated, $"Stopped by {signal}; the trainer did not stop within {options.TerminationGracePeriod.TotalSeconds:0.#} s."))
                Environment.Exit(TrainerExitCodes.Terminated);
        });
        try
        {
            var arguments = TrainerArguments.Parse(args);
            options.EnsureSupports(arguments);
            Directory.CreateDirectory(arguments.Output);
            var natives = TorchNatives.Load(options.NativeLoader);
            var session = TorchSession.Start(arguments, options, natives);
            events.Write(session.Environment);

            var context = new TrainerContext(arguments, session.Device, options.Threads, options.Deterministic, events, termination.Token);
            var result = ResultValidation.Validate(train(context), options.RequiredMetrics);
            context.ThrowIfTerminated();
            return events.WriteFinal(result) ? TrainerExitCodes.Success : TrainerExitCodes.Terminated;
        }
        catch (Exception error)
        {
            var (exitCode, reason) = termination.Received is { } signal
                ? (TrainerExitCodes.Terminated, $"Stopped by {signal} before the run finished.")
                : Classify(error);
            Fail(events, exitCode, reason);
            if (exitCode == TrainerExitCodes.TrainerError)
                Console.Error.WriteLine(error);
            return exitCode;
        }
    }

    private static (int ExitCode, string Reason) Classify(Exception error) => error switch
    {
        TrainerFailedException failed => (failed.ExitCode, failed.Message),
        TrainerArgumentException invalid => (TrainerExitCodes.InvalidArguments, invalid.Message),
        NativeLoadException native => (TrainerExitCodes.NativeLoadFailed, native.Message),
        _ => (TrainerExitCodes.TrainerError, $"The trainer threw {error.GetType().Name}: {error.Message}"),
    };

    // Returns false when the run already ended with a result or another failure.
    private static bool Fail(TrainerEventWriter events, int exitCode, string reason)
    {
        if (!events.WriteFinal(new FailureEvent(reason)))
            return false;
        Console.Error.WriteLine($"{StandardErrorPrefix}{TrainerExitCodes.Describe(exitCode)} (exit code {exitCode}): {reason}");
        return true;
    }
}
