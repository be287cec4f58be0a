namespace OrleansExperiments.Cli;

/// <summary>The exit codes of DESIGN.md's CLI contract.</summary>
public static class ExitCodes
{
    /// <summary>Done; no regression.</summary>
    public const int Success = 0;
    /// <summary>A regression was found (compare, ablate): use it to gate a merge.</summary>
    public const int Regression = 1;
    /// <summary>Bad input: nothing was run or stored.</summary>
    public const int BadInput = 2;
    /// <summary>The experiment could not finish (runs failed after retries).</summary>
    public const int NotFinished = 3;
}
