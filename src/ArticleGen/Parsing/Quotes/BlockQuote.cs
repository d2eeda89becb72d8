using System.Collections.Generic;

namespace ArticleGen.Parsing.Quotes;

/// <summary>
/// A quotation over several paragraphs whose marks stand only at its two ends, as blogs and Global Voices print a block
/// quote: "At Asia Times, Donald Kirk says: | “The North Koreans also get offended … | Steinberg has not talked publicly …
/// for North Korea.”". The first paragraph opens a mark it never closes, the paragraphs between hold no unpaired mark, and
/// the last one closes with a mark that has no opening before it. Each paragraph is then one quote of one speaker, as for
/// the run-on convention where each paragraph reopens the mark.
/// </summary>
/// <param name="LastElement">The reading-order index of the paragraph that closes the quotation.</param>
/// <param name="Close">The index of the closing mark in that paragraph.</param>
internal readonly record struct BlockQuote(int LastElement, int Close)
{
    /// <summary>
    /// How many paragraphs may follow the opening one before the closing mark: a block quote is a few paragraphs; past that,
    /// an opening mark never closed and a later closing mark with no opening are more likely two slips than one quotation.
    /// </summary>
    private const int MaxFollowingParagraphs = 4;

    /// <summary>
    /// The block quote that the unclosed <paramref name="mark"/> of paragraph <paramref name="first"/> opens: the first of the
    /// next few paragraphs whose first unpaired mark closes it, with only paragraphs free of unpaired marks between. Null when
    /// a caption, a paragraph that reopens a mark (the run-on convention, read elsewhere) or any other unpaired mark comes
    /// first. (Section headings are not in the reading order: as for the run-on convention, they do not end a quotation.)
    /// </summary>
    public static BlockQuote? Find(List<Element> elements, int first, char mark, List<(char Mark, int Index)> stack)
    {
        var last = first + MaxFollowingParagraphs;
        for (var e = first + 1; e <= last && e < elements.Count; e++)
        {
            var element = elements[e];
            var text = element.Unit.Text;
            if (element.Kind != ElementKind.Paragraph || text.Length == 0 || QuoteExtractor.ReopensQuotation(text[0]))
            {
                return null;
            }

            var (_, problems) = QuoteScanner.Scan(text, isHeadline: false, stack);
            if (problems.Count == 0)
            {
                continue; // a middle paragraph
            }

            var problem = problems[0];
            return problem.Kind == MarkProblemKind.StrayClosing && Closes(mark, problem.Mark) ? new BlockQuote(e, problem.Index) : null;
        }

        return null;
    }

    private static bool Closes(char open, char close) => open switch
    {
        '«' => close == '»',
        '“' or '„' => close is '”' or '"' or '“',
        '"' => close is '"' or '”',
        _ => false,
    };
}
