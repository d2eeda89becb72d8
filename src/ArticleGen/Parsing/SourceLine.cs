using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>
/// One line of the article file: its 1-based number, where its content starts in the text given to
/// the parser (<paramref name="FileText"/>), and its length, trailing white space (and a leading BOM) removed.
/// </summary>
/// <remarks>
/// The content is kept as a range of the file's text, not copied: a copy of every line was the largest
/// single allocation of a parse (a fifth of a seed-sized parse's bytes), and most lines are read a
/// character at a time (blank-line, duration, header and wrapping tests) or cut again anyway (headings,
/// captions, the lines of a wrapped paragraph). <see cref="GetContent"/> cuts it where a string is needed.
/// </remarks>
internal readonly record struct SourceLine(int Number, int Start, int Length, string FileText)
{
    /// <summary>The character at <paramref name="index"/> of the line's content.</summary>
    public char this[int index] => FileText[Start + index];

    /// <summary>
    /// The line's content as a string: a new one at each call (unless it is the whole file), so a caller
    /// that reads it more than once keeps it.
    /// </summary>
    public string GetContent() => FileText.Substring(Start, Length);

    public bool IsBlank
    {
        get
        {
            for (var i = Start; i < Start + Length; i++)
            {
                if (!char.IsWhiteSpace(FileText[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The characters that end a line (CRLF is read as one break).</summary>
    private static readonly char[] LineBreaks = { '\n', '\r' };

    /// <summary>
    /// Splits <paramref name="text"/> on LF, CRLF and CR alike, so every line ending gives the same model.
    /// Each break is found by <see cref="string.IndexOfAny(char[], int)"/>, which the runtime searches many
    /// characters at a time, not by a test of every character.
    /// </summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>(CountBreaks(text) + 1);
        var start = 0;
        var number = 1;
        while (true)
        {
            var end = text.IndexOfAny(LineBreaks, start);
            if (end < 0)
            {
                lines.Add(Create(text, number, start, text.Length - start)); // the last line, empty after a final break
                return lines;
            }

            lines.Add(Create(text, number, start, end - start));
            number++;
            start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }

    /// <summary>
    /// How many line-break characters <paramref name="text"/> holds (a CRLF counts twice): at least the number of lines
    /// less one, so the list is sized once: grown from empty it was copied at each doubling (about 0.5 KB of discarded
    /// arrays for the 31 lines of the seed article). One more vectorised pass, as in <see cref="Split"/>.
    /// </summary>
    private static int CountBreaks(string text)
    {
        var count = 0;
        for (var end = text.IndexOfAny(LineBreaks); end >= 0; end = text.IndexOfAny(LineBreaks, end + 1))
        {
            count++;
        }

        return count;
    }

    private static SourceLine Create(string text, int number, int start, int length)
    {
        // A byte order mark can survive decoding (or sit at the start of a concatenated file): it is not content.
        while (length > 0 && text[start] == '\uFEFF')
        {
            start++;
            length--;
        }

        while (length > 0 && IsTrailingSpace(text[start + length - 1]))
        {
            length--;
        }

        return new SourceLine(number, start, length, text);
    }

    private static bool IsTrailingSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\uFEFF' || c == '\f' || c == '\v';
}
