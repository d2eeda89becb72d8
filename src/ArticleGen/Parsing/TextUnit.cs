using System.Collections.Generic;
using System.Text;
using ArticleGen.Model;

namespace ArticleGen.Parsing;

/// <summary>
/// The text of one element (a paragraph, a caption, a heading) and the map from each of its
/// characters back to a line and column of the article file, so quote marks and problems found in
/// the joined text are reported where the author wrote them.
/// </summary>
internal sealed class TextUnit
{
    private readonly List<Segment> _segments;

    private TextUnit(string text, List<Segment> segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    public int FirstLine => _segments.Count == 0 ? 1 : _segments[0].Line.Number;

    /// <summary>The trimmed part of one line, from <paramref name="from"/> (index into the line's content) to its end.</summary>
    public static TextUnit FromLine(SourceLine line, int from = 0, int? to = null)
    {
        var end = to ?? line.Content.Length;
        while (from < end && char.IsWhiteSpace(line.Content[from]))
        {
            from++;
        }

        while (end > from && char.IsWhiteSpace(line.Content[end - 1]))
        {
            end--;
        }

        // Room for its one segment only: a list grown by Add holds four, and every element of an article
        // that is not a wrapped paragraph is made here.
        var segments = new List<Segment>(1) { new(0, line, from) };
        return new TextUnit(line.Content.Substring(from, end - from), segments);
    }

    /// <summary>Lines of one block joined by a single space (a hard-wrapped paragraph).</summary>
    public static TextUnit Join(IReadOnlyList<SourceLine> lines)
    {
        // Both sized for every line at once (a line's content is at least its trimmed piece, and each piece after the
        // first adds one space): grown from empty they were copied at each doubling.
        var capacity = 0;
        foreach (var line in lines)
        {
            capacity += line.Content.Length + 1;
        }

        var builder = new StringBuilder(capacity);
        var segments = new List<Segment>(lines.Count);
        foreach (var line in lines)
        {
            var piece = FromLine(line);
            if (piece.Text.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            segments.Add(new Segment(builder.Length, line, piece._segments[0].LineOffset));
            builder.Append(piece.Text);
        }

        return new TextUnit(builder.ToString(), segments);
    }

    /// <summary>The file range of <paramref name="length"/> characters at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public TextRange RangeOf(int index, int length)
    {
        var (startLine, startChar, startOffset) = Locate(index);
        var (endLine, endChar, endOffset) = Locate(index + length);
        return new TextRange(startOffset, endOffset - startOffset, startLine, startChar, endLine, endChar);
    }

    /// <summary>The 1-based line and column of the character at <paramref name="index"/>.</summary>
    public (int Line, int Column) PositionOf(int index)
    {
        var (line, character, _) = Locate(index);
        return (line + 1, character + 1);
    }

    private (int Line, int Character, int Offset) Locate(int index)
    {
        if (_segments.Count == 0)
        {
            return (0, 0, 0);
        }

        // The last segment starting at or before index: a binary search, as a hard-wrapped block
        // can join thousands of lines and every quote and problem in it is located here.
        var segment = _segments[System.Math.Max(Ordered.LastAtOrBefore(_segments, static s => s.TextOffset, index), 0)];

        var character = segment.LineOffset + (index - segment.TextOffset);
        return (segment.Line.Number - 1, character, segment.Line.Start + character);
    }

    private readonly record struct Segment(int TextOffset, SourceLine Line, int LineOffset);
}
