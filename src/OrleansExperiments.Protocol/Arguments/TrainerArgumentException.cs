namespace OrleansExperiments.Protocol;

/// <summary>The trainer's command line does not follow the protocol; <see cref="Problems"/> lists every problem found.</summary>
public sealed class TrainerArgumentException : ArgumentException
{
    /// <summary>Creates the exception from the problems found, one sentence each.</summary>
    public TrainerArgumentException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem in one sentence, in the order found.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems) =>
        "Invalid trainer arguments: " + string.Join(" ", problems) +
        $" A trainer takes exactly {string.Join(" ", TrainerArgumentNames.All.Select(name => $"{name} <value>"))}.";
}
