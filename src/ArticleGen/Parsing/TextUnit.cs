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
    /// <summary>
    /// Where each joined line's piece starts, in text order: an array, not a list, as a unit never changes
    /// (most hold one segment, and a list added an object of its own to each).
    /// </summary>
    private readonly Segment[] _segments;

    private TextUnit(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    public int FirstLine => _segments.Length == 0 ? 1 : _segments[0].Line.Number;

    /// <summary>The trimmed part of one line, from <paramref name="from"/> (index into the line's content) to its end.</summary>
    public static TextUnit FromLine(SourceLine line, int from = 0, int? to = null) =>
        Cut(line, line.FileText, line.Start, from, to ?? line.Length);

    /// <summary>
    /// <see cref="FromLine"/> for a caller that already holds the line's content as a string
    /// (<see cref="SourceLine.GetContent"/>): the piece is cut from that string, so a line that needs no
    /// trimming (most paragraphs) gives that very string as its text, with no second copy.
    /// </summary>
    public static TextUnit FromContent(SourceLine line, string content, int from = 0, int? to = null) =>
        Cut(line, content, 0, from, to ?? content.Length);

    /// <summary>The piece [from, end) of the line's content, trimmed, read from <paramref name="source"/> where the content starts at <paramref name="contentStart"/>.</summary>
    private static TextUnit Cut(SourceLine line, string source, int contentStart, int from, int end)
    {
        TrimRange(source, contentStart, ref from, ref end);

        // Every element of an article that is not a wrapped paragraph is made here, with its one segment.
        return new TextUnit(source.Substring(contentStart + from, end - from), new[] { new Segment(0, line, from) });
    }

    /// <summary>Narrows [from, end), indexes into a content starting at <paramref name="contentStart"/> of <paramref name="source"/>, to its non-white characters.</summary>
    internal static void TrimRange(string source, int contentStart, ref int from, ref int end)
    {
        while (from < end && char.IsWhiteSpace(source[contentStart + from]))
        {
            from++;
        }

        while (end > from && char.IsWhiteSpace(source[contentStart + end - 1]))
        {
            end--;
        }
    }

    /// <summary>Lines of one block joined by a single space (a hard-wrapped paragraph).</summary>
    public static TextUnit Join(LineBlock lines)
    {
        // Both sized for every line at once (a line's content is at least its trimmed piece, and each piece after the
        // first adds one space): grown from empty they were copied at each doubling.
        var capacity = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            capacity += lines[i].Length + 1;
        }

        // Each line's trimmed piece is appended straight from the file's text: no string, unit or segment list
        // of its own per line.
        var builder = new StringBuilder(capacity);
        var segments = new Segment[lines.Count];
        var segmentCount = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var from = 0;
            var end = line.Length;
            TrimRange(line.FileText, line.Start, ref from, ref end);
            if (end == from)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            segments[segmentCount++] = new Segment(builder.Length, line, from);
            builder.Append(line.FileText, line.Start + from, end - from);
        }

        if (segmentCount < segments.Length)
        {
            System.Array.Resize(ref segments, segmentCount); // blank pieces (white space only) were left out
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
        if (_segments.Length == 0)
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
