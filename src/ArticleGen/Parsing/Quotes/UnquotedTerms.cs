using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing.Quotes;

/// <summary>
/// "les « gilets jaunes »" in an article that also writes gilets jaunes without quote marks: a short
/// quoted phrase the article itself uses unquoted is a term, a movement or a slogan, not someone's
/// words. (In the evaluation corpus, 35 of the 121 short phrases the annotators set aside as no quotes
/// appear unquoted elsewhere in their article, against 3 of 214 short quotes.)
/// </summary>
internal static class UnquotedTerms
{
    public const string Reason = "term the article uses unquoted";

    /// <summary>Two to four words: a longer phrase written again is someone's words repeated.</summary>
    private const int MaxWords = 4;

    /// <summary>At most this many distinct phrases are looked for, so the search stays linear in the article's length.</summary>
    private const int MaxTerms = 16;

    /// <summary>At most this many occurrences of a phrase are checked against the quotes around them: linear again.</summary>
    private const int MaxOccurrences = 64;

    public static void Mark(List<QuoteCandidate> candidates, List<Element> elements)
    {
        var looked = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var quote in candidates)
        {
            if (quote.SkipReason is not null || !quote.IsPartial || quote.RunsOn)
            {
                continue;
            }

            var term = quote.Text.TrimEnd('.', ',', ';', '!', '?', ' ');
            var words = LineShapes.CountWords(term);
            if (words < 2 || words > MaxWords)
            {
                continue;
            }

            if (!looked.TryGetValue(term, out var unquoted))
            {
                if (looked.Count == MaxTerms)
                {
                    continue;
                }

                unquoted = OccursUnquoted(term, candidates, elements);
                looked.Add(term, unquoted);
            }

            if (unquoted)
            {
                quote.SkipReason = Reason;
            }
        }
    }

    private static bool OccursUnquoted(string term, List<QuoteCandidate> candidates, List<Element> elements)
    {
        var checkedOccurrences = 0;
        foreach (var element in elements)
        {
            var text = element.Unit.Text;
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (!IsWholeWords(text, at, term.Length))
                {
                    continue;
                }

                if (!InsideAQuote(element, at, candidates))
                {
                    return true;
                }

                if (++checkedOccurrences == MaxOccurrences)
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static bool IsWholeWords(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));

    /// <summary>Whether the position lies between the marks of any quote candidate of the element (kept or set aside).</summary>
    private static bool InsideAQuote(Element element, int at, List<QuoteCandidate> candidates)
    {
        foreach (var quote in candidates)
        {
            if (quote.Element == element && quote.Open <= at && at <= quote.Close)
            {
                return true;
            }
        }

        return false;
    }
}
