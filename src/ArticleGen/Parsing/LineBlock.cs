using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>
/// A block of the article: a run of non-blank lines, as a range of the article's list of lines. A view,
/// not a copy: a list of its own for every block (most are one line) was a tenth of a seed-sized parse's bytes.
/// </summary>
internal readonly struct LineBlock
{
    private readonly List<SourceLine> _lines;
    private readonly int _start;

    public LineBlock(List<SourceLine> lines, int start, int count)
    {
        _lines = lines;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public SourceLine this[int index] => _lines[_start + index];

    /// <summary>The <paramref name="count"/> lines from <paramref name="start"/> (an index into this block).</summary>
    public LineBlock Slice(int start, int count) => new(_lines, _start + start, count);
}
