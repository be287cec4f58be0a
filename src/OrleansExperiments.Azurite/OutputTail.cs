namespace OrleansExperiments.Azurite;

/// <summary>The last lines a child process wrote, kept bounded so that a chatty process cannot exhaust memory.</summary>
internal sealed class OutputTail
{
    private const int MaxLines = 40;
    private const int MaxLineLength = 2000;

    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        var bounded = line.Length > MaxLineLength ? line[..MaxLineLength] + "…" : line;
        lock (_gate)
        {
            _lines.Enqueue(bounded);
            while (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _lines.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, _lines);
        }
    }
}
