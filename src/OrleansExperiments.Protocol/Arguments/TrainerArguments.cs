using System.Globalization;

namespace OrleansExperiments.Protocol;

/// <summary>
/// The arguments the grid appends to a trainer's <c>run</c> command:
/// <c>--seed &lt;int&gt; --mode &lt;name&gt; --profile &lt;name&gt; --device &lt;cpu|cuda:N&gt; --output &lt;folder&gt;</c>.
/// </summary>
/// <param name="Seed">The run's seed, non-negative.</param>
/// <param name="Mode">The mode to train; a <see cref="ProtocolName"/>.</param>
/// <param name="Profile">The profile to use; a <see cref="ProtocolName"/>.</param>
/// <param name="Device">Where to train.</param>
/// <param name="Output">The folder the trainer may write to.</param>
public sealed record TrainerArguments(int Seed, string Mode, string Profile, TrainerDevice Device, string Output)
{
    /// <summary>
    /// Parses a trainer's command line: each argument exactly once, as a <c>--name value</c> pair, in any order.
    /// </summary>
    /// <exception cref="TrainerArgumentException">An argument is missing, repeated, unknown or malformed; the message lists all of them.</exception>
    public static TrainerArguments Parse(IReadOnlyList<string> arguments) => TrainerArgumentParser.Parse(arguments);

    /// <summary>The command-line arguments, as separate items, for <see cref="System.Diagnostics.ProcessStartInfo.ArgumentList"/>.</summary>
    /// <exception cref="ArgumentException">A field would not parse back (bad name, negative seed, empty output).</exception>
    public IReadOnlyList<string> ToArgumentList()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Seed);
        ProtocolName.EnsureValid(Mode, "mode");
        ProtocolName.EnsureValid(Profile, "profile");
        ArgumentException.ThrowIfNullOrWhiteSpace(Output);
        return
        [
            TrainerArgumentNames.Seed, Seed.ToString(CultureInfo.InvariantCulture),
            TrainerArgumentNames.Mode, Mode,
            TrainerArgumentNames.Profile, Profile,
            TrainerArgumentNames.Device, Device.ToString(),
            TrainerArgumentNames.Output, Output,
        ];
    }

    /// <summary>The arguments as one line for logs (not quoted for a shell).</summary>
    public override string ToString() => string.Join(" ", ToArgumentList());
}
