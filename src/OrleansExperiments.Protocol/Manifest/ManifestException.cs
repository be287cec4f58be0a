namespace OrleansExperiments.Protocol.Manifest;

/// <summary>An <c>orlx.json</c> that is not a valid workload manifest; <see cref="Problems"/> lists every problem found.</summary>
public sealed class ManifestException : FormatException
{
    /// <summary>Creates the exception for the manifest described by <paramref name="sourceDescription"/>.</summary>
    public ManifestException(string sourceDescription, IReadOnlyList<string> problems)
        : base(FormatMessage(sourceDescription, problems))
    {
        SourceDescription = sourceDescription;
        Problems = problems;
    }

    /// <summary>Which manifest: for example "orlx.json at 3f2a9c1".</summary>
    public string SourceDescription { get; }

    /// <summary>Each problem in one sentence that names the member and says what to do.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string FormatMessage(string sourceDescription, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"{sourceDescription} is not a valid workload manifest: {problems[0]}"
            : $"{sourceDescription} is not a valid workload manifest:{string.Concat(problems.Select(problem => $"{System.Environment.NewLine}  - {problem}"))}";
}
