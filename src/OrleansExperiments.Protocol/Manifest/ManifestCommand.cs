using System.Text.RegularExpressions;

namespace OrleansExperiments.Protocol.Manifest;

/// <summary>
/// A <c>build</c> or <c>run</c> command of the manifest, split into arguments by
/// <see cref="CommandLine.Split"/>. An argument may contain the placeholder <see cref="OutPlaceholder"/>,
/// the build output folder; a placeholder is <c>{name}</c> with an identifier name, and no other name
/// is allowed. Braces that do not enclose an identifier (<c>{"lr":0.1}</c>) are literal.
/// </summary>
public sealed partial class ManifestCommand
{
    /// <summary>The name of the build output folder placeholder.</summary>
    public const string OutName = "out";

    /// <summary>The build output folder placeholder as written in a command.</summary>
    public const string OutPlaceholder = "{" + OutName + "}";

    private ManifestCommand(string text, IReadOnlyList<string> arguments)
    {
        Text = text;
        Arguments = arguments;
        UsesOut = arguments.Any(argument => argument.Contains(OutPlaceholder, StringComparison.Ordinal));
    }

    /// <summary>The command line as the manifest wrote it.</summary>
    public string Text { get; }

    /// <summary>The arguments, placeholders not yet substituted; the first is the program.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Whether some argument contains <see cref="OutPlaceholder"/>.</summary>
    public bool UsesOut { get; }

    /// <summary>Splits <paramref name="commandLine"/> and checks its placeholders.</summary>
    /// <exception cref="CommandLineException">The command cannot be split or names an unknown placeholder.</exception>
    public static ManifestCommand Parse(string commandLine)
    {
        var arguments = CommandLine.Split(commandLine);
        foreach (var argument in arguments)
            foreach (Match placeholder in Placeholder().Matches(argument))
                if (placeholder.Groups[1].Value != OutName)
                    throw new CommandLineException(
                        $"Unknown placeholder '{placeholder.Value}' in argument '{argument}'; the only placeholder is {OutPlaceholder} (the build output folder).");
        return new ManifestCommand(commandLine, arguments);
    }

    /// <summary>The arguments with <see cref="OutPlaceholder"/> replaced by <paramref name="outFolder"/>.</summary>
    public IReadOnlyList<string> Expand(string outFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(outFolder);
        return Arguments.Select(argument => argument.Replace(OutPlaceholder, outFolder, StringComparison.Ordinal)).ToList();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
