using ArticleGen.Model;

namespace ArticleGen.Parsing;

/// <summary>
/// A dateline opening the first paragraph: <c>WASHINGTON, Jan. 28, 2014 —</c>, <c>PARIS, 26 juin 2012 (AFP) –</c>.
/// Only the words before the first dash (within the first 100 characters) are read.
/// </summary>
internal static class Dateline
{
    public static DateModel? TryRead(string firstParagraph) =>
        DashAt(firstParagraph, 0) is var dash && dash >= 0 && DateParser.TryFind(firstParagraph.Substring(0, dash), out var date) ? date : null;

    /// <summary>The first dash (an em or en dash, or a hyphen between spaces) from <paramref name="from"/> within the first 100 characters; else -1.</summary>
    private static int DashAt(string paragraph, int from)
    {
        var limit = System.Math.Min(paragraph.Length, 100);
        for (var i = from; i < limit; i++)
        {
            var c = paragraph[i];
            if (c is '—' or '–' || (c == '-' && i > 0 && paragraph[i - 1] == ' ' && i + 1 < paragraph.Length && paragraph[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the text after a dateline starts (past its dash and the spaces after it), or -1 when the paragraph opens on none:
    /// <c>PARIS (AFP) - </c>, <c>LONDON (Reuters) — </c>, <c>WASHINGTON, Jan. 28, 2014 — </c>, <c>NAIROBI – </c>. The words before
    /// the dash open on a city in capitals and hold an agency in parentheses, a date, or capitals only; "EU ministers – …" is no
    /// dateline.
    /// </summary>
    public static int TextStart(string paragraph)
    {
        var limit = System.Math.Min(paragraph.Length, 100);
        var capitals = 0;
        while (capitals < limit && char.IsUpper(paragraph[capitals]))
        {
            capitals++;
        }

        if (capitals < 2 || (capitals < paragraph.Length && char.IsLower(paragraph[capitals])))
        {
            return -1;
        }

        var dash = DashAt(paragraph, capitals);
        if (dash < 0)
        {
            return -1;
        }

        var before = paragraph.Substring(0, dash);
        if (!(before.IndexOf('(') > 0 && before.IndexOf(')') > before.IndexOf('(')) && !OnlyCapitals(before) && !DateParser.TryFind(before, out _))
        {
            return -1;
        }

        var start = dash + 1;
        while (start < paragraph.Length && paragraph[start] is ' ' or '\u00A0')
        {
            start++;
        }

        return start;
    }

    private static bool OnlyCapitals(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
