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

    /// <summary>Splits <paramref name="text"/> on LF, CRLF and CR alike, so every line ending gives the same model.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            lines.Add(Create(text, number, start, i - start));
            number++;
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
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
