using ArticleGen.Model;

namespace ArticleGen.Parsing;

/// <summary>
/// A dateline opening the first paragraph: <c>WASHINGTON, Jan. 28, 2014 —</c>, <c>PARIS, 26 juin 2012 (AFP) –</c>.
/// Only the words before the first dash (within the first 100 characters) are read.
/// </summary>
internal static class Dateline
{
    public static DateModel? TryRead(string firstParagraph)
    {
        var limit = System.Math.Min(firstParagraph.Length, 100);
        for (var i = 0; i < limit; i++)
        {
            var c = firstParagraph[i];
            var isDash = c is '—' or '–' || (c == '-' && i > 0 && firstParagraph[i - 1] == ' ' && i + 1 < firstParagraph.Length && firstParagraph[i + 1] == ' ');
            if (isDash)
            {
                return DateParser.TryFind(firstParagraph.Substring(0, i), out var date) ? date : null;
            }
        }

        return null;
    }
}
