using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>
/// One line of the article file: its 1-based number, where its content starts in the text given to
/// the parser, and the content with trailing white space (and a leading BOM) removed.
/// </summary>
internal readonly record struct SourceLine(int Number, int Start, string Content)
{
    public bool IsBlank
    {
        get
        {
            foreach (var c in Content)
            {
                if (!char.IsWhiteSpace(c))
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

        return new SourceLine(number, start, text.Substring(start, length));
    }

    private static bool IsTrailingSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\uFEFF' || c == '\f' || c == '\v';
}
