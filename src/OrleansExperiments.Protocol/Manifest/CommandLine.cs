using System.Text;
using System.Text.RegularExpressions;

namespace OrleansExperiments.Protocol.Manifest;

/// <summary>
/// Splits a command line into arguments the way a POSIX shell splits words, with none of a shell's
/// other features: the grid starts the program directly. Supported: spaces and tabs between words,
/// '…' (everything literal), "…" (backslash escapes $ ` " \ and a line break; $ and ` are refused),
/// and a backslash outside quotes (escapes the next character). Refused, because they would need a shell:
/// the unquoted characters in <see cref="ShellCharacters"/> and line breaks, # or ~ at the start of a
/// word, and a leading NAME=value assignment.
/// </summary>
public static partial class CommandLine
{
    /// <summary>Characters that mean something to a shell when unquoted: pipes, lists, redirections, subshells, expansions, globs.</summary>
    public const string ShellCharacters = "|&;<>()$`*?[!";

    /// <summary>Characters that mean something to a shell at the start of an unquoted word: comment and home folder.</summary>
    public const string ShellWordStartCharacters = "#~";

    // Inside double quotes a backslash escapes only these; before any other character it is literal.
    private const string DoubleQuoteEscapable = "$`\"\\\n";

    // Inside double quotes a shell still expands these.
    private const string DoubleQuoteExpansions = "$`";

    private const string ScriptAdvice =
        "orlx starts the command without a shell: quote the character if it is meant literally, " +
        "or put the shell command in a script file in the repository and name that script instead (for example \"sh scripts/train.sh\").";

    /// <summary>The arguments of <paramref name="commandLine"/>; the first is the program.</summary>
    /// <exception cref="CommandLineException">The command is empty, malformed, or uses a shell feature.</exception>
    public static IReadOnlyList<string> Split(string commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        if (EnvironmentAssignment().IsMatch(commandLine))
            throw new CommandLineException(
                $"The command starts with an environment assignment (NAME=value), which needs a shell. {ScriptAdvice}");

        var arguments = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var position = 0;
        while (position < commandLine.Length)
        {
            var character = commandLine[position];
            switch (character)
            {
                case ' ' or '\t':
                    if (inWord)
                        arguments.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                    position++;
                    break;
                case '\'':
                    position = ReadSingleQuoted(commandLine, position, word);
                    inWord = true;
                    break;
                case '"':
                    position = ReadDoubleQuoted(commandLine, position, word);
                    inWord = true;
                    break;
                case '\\':
                    if (position + 1 == commandLine.Length)
                        throw new CommandLineException("The command ends with a backslash that escapes nothing; remove it or quote it ('\\').");
                    // A backslash before a line break joins the lines, as in a shell.
                    if (commandLine[position + 1] != '\n')
                    {
                        word.Append(commandLine[position + 1]);
                        inWord = true;
                    }
                    position += 2;
                    break;
                default:
                    RefuseShellCharacter(commandLine, position, inWord);
                    word.Append(character);
                    inWord = true;
                    position++;
                    break;
            }
        }
        if (inWord)
            arguments.Add(word.ToString());
        if (arguments.Count == 0)
            throw new CommandLineException("The command is empty; write the program to start and its arguments.");
        return arguments;
    }

    private static int ReadSingleQuoted(string commandLine, int openingQuote, StringBuilder word)
    {
        var closingQuote = commandLine.IndexOf('\'', openingQuote + 1);
        if (closingQuote < 0)
            throw new CommandLineException($"The single quote at position {openingQuote + 1} is never closed; add the closing '.");
        word.Append(commandLine, openingQuote + 1, closingQuote - openingQuote - 1);
        return closingQuote + 1;
    }

    private static int ReadDoubleQuoted(string commandLine, int openingQuote, StringBuilder word)
    {
        var position = openingQuote + 1;
        while (position < commandLine.Length)
        {
            var character = commandLine[position];
            if (character == '"')
                return position + 1;
            if (character == '\\' && position + 1 < commandLine.Length && DoubleQuoteEscapable.Contains(commandLine[position + 1]))
            {
                if (commandLine[position + 1] != '\n')
                    word.Append(commandLine[position + 1]);
                position += 2;
                continue;
            }
            if (DoubleQuoteExpansions.Contains(character))
                throw new CommandLineException(
                    $"'{character}' at position {position + 1} would be expanded by a shell even inside double quotes. " +
                    $"Use single quotes or a backslash (\\{character}) for a literal '{character}'; {ScriptAdvice}");
            word.Append(character);
            position++;
        }
        throw new CommandLineException($"The double quote at position {openingQuote + 1} is never closed; add the closing \".");
    }

    private static void RefuseShellCharacter(string commandLine, int position, bool inWord)
    {
        var character = commandLine[position];
        var isShellCharacter = ShellCharacters.Contains(character) || character is '\n' or '\r' ||
                               (!inWord && ShellWordStartCharacters.Contains(character));
        if (isShellCharacter)
            throw new CommandLineException($"{Describe(character)} at position {position + 1} is a shell feature. {ScriptAdvice}");
    }

    private static string Describe(char character) => character switch
    {
        '\n' or '\r' => "A line break",
        _ => $"'{character}'",
    };

    [GeneratedRegex(@"^[ \t]*[A-Za-z_][A-Za-z0-9_]*=")]
    private static partial Regex EnvironmentAssignment();
}
