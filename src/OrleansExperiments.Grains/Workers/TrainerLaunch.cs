using System.Collections.Immutable;

namespace OrleansExperiments.Grains.Workers;

/// <summary>A trainer command line, resolved: the program, its arguments (manifest run command plus protocol arguments), where and with what environment.</summary>
public sealed record TrainerLaunch(
    string FileName,
    ImmutableArray<string> Arguments,
    string WorkingDirectory,
    ImmutableDictionary<string, string> Environment)
{
    /// <summary>
    /// A manifest command (<c>build</c> or <c>run</c>) started in a checkout. A relative program path (<c>./train.sh</c>)
    /// means the checkout's file: a child's working directory does not apply to the path of its own program. A bare
    /// name is looked up on PATH.
    /// </summary>
    public static TrainerLaunch InCheckout(
        IReadOnlyList<string> command, IEnumerable<string> extraArguments, string checkout, ImmutableDictionary<string, string> environment) =>
        new(ResolveProgram(command[0], checkout), [.. command.Skip(1), .. extraArguments], checkout, environment);

    private static string ResolveProgram(string program, string checkout) =>
        program.Contains('/') && !Path.IsPathRooted(program) ? Path.GetFullPath(Path.Combine(checkout, program)) : program;
}
