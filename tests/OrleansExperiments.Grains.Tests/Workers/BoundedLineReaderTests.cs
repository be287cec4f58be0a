using System.Text;
using OrleansExperiments.Grains.Workers;

namespace OrleansExperiments.Grains.Tests.Workers;

public sealed class BoundedLineReaderTests
{
    private const int Limit = 1024;
    private const int OneMegabyte = 1024 * 1024;

    [Fact]
    public async Task A_one_megabyte_line_is_cut_at_the_limit_and_the_next_line_is_intact()
    {
        var reader = Reader(new string('x', OneMegabyte) + "\nnext line\n");

        var cut = await reader.ReadLineAsync(CancellationToken.None);
        var cutWasTruncated = reader.LastLineTruncated;
        var next = await reader.ReadLineAsync(CancellationToken.None);

        Assert.Equal(new string('x', Limit), cut);
        Assert.True(cutWasTruncated);
        Assert.Equal("next line", next);
        Assert.False(reader.LastLineTruncated);
        Assert.Null(await reader.ReadLineAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_huge_last_line_without_a_newline_is_cut_and_then_the_stream_ends()
    {
        var reader = Reader("first\n" + new string('y', OneMegabyte));

        Assert.Equal("first", await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal(new string('y', Limit), await reader.ReadLineAsync(CancellationToken.None));
        Assert.True(reader.LastLineTruncated);
        Assert.Null(await reader.ReadLineAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_line_of_exactly_the_limit_is_kept_whole()
    {
        var reader = Reader(new string('z', Limit) + "\n");

        Assert.Equal(new string('z', Limit), await reader.ReadLineAsync(CancellationToken.None));
        Assert.False(reader.LastLineTruncated);
    }

    [Fact]
    public async Task Line_ends_may_be_LF_or_CRLF_and_empty_lines_are_lines()
    {
        var reader = Reader("a\r\n\nb");

        Assert.Equal("a", await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal("", await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal("b", await reader.ReadLineAsync(CancellationToken.None));
        Assert.Null(await reader.ReadLineAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Multi_byte_text_is_decoded_across_buffer_boundaries()
    {
        var text = string.Concat(Enumerable.Repeat("αβγ−", 20_000));
        var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text + "\n")), maxLineBytes: 1024 * 1024);

        Assert.Equal(text, await reader.ReadLineAsync(CancellationToken.None));
    }

    private static BoundedLineReader Reader(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), Limit);
}
