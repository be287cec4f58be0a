using System.Text;

namespace OrleansExperiments.Grains.Workers;

/// <summary>
/// Reads UTF-8 lines from a trainer's output without trusting it: a line longer than the limit is cut (the rest is
/// skipped up to its newline), so a trainer that prints a gigabyte without a newline cannot exhaust the silo's memory.
/// </summary>
public sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private const int BufferBytes = 16 * 1024;

    private readonly byte[] _buffer = new byte[BufferBytes];
    private readonly MemoryStream _line = new();
    private int _bufferLength;
    private int _bufferPosition;
    private bool _truncating;

    /// <summary>Whether the last line returned was cut at the limit.</summary>
    public bool LastLineTruncated { get; private set; }

    /// <summary>The next line without its newline, or null at the end of the stream.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.SetLength(0);
        _truncating = false;
        while (true)
        {
            if (_bufferPosition == _bufferLength)
            {
                _bufferLength = await stream.ReadAsync(_buffer, cancellationToken);
                _bufferPosition = 0;
                if (_bufferLength == 0)
                {
                    return _line.Length > 0 || _truncating ? Finish() : null;
                }
            }
            var newline = Array.IndexOf(_buffer, (byte)'\n', _bufferPosition, _bufferLength - _bufferPosition);
            var end = newline >= 0 ? newline : _bufferLength;
            Append(_bufferPosition, end - _bufferPosition);
            _bufferPosition = newline >= 0 ? newline + 1 : _bufferLength;
            if (newline >= 0)
            {
                return Finish();
            }
        }
    }

    private void Append(int offset, int count)
    {
        var room = maxLineBytes - (int)_line.Length;
        if (count > room)
        {
            _truncating = true;
            count = Math.Max(room, 0);
        }
        _line.Write(_buffer, offset, count);
    }

    private string Finish()
    {
        LastLineTruncated = _truncating;
        var bytes = _line.GetBuffer().AsSpan(0, (int)_line.Length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }
        return Encoding.UTF8.GetString(bytes);
    }
}
