using System;
using System.Collections.Generic;
using System.Threading;
using ArticleGen.Model;
using ArticleGen.Parsing.Attribution;

namespace ArticleGen.Parsing.Quotes;

/// <summary>
/// Turns the quote marks of the headline, paragraphs and captions into quotes: pairs them, splits
/// dialogue turns, reports marks that do not pair, sets aside what is not a quote
/// (<see cref="QuoteFilter"/>), and hands the rest to the <see cref="SpeakerAttributor"/>.
/// </summary>
internal static class QuoteExtractor
{
    public readonly record struct Result(
        EquatableArray<QuoteModel> Quotes,
        EquatableArray<SpeakerModel> Speakers,
        EquatableArray<SkippedQuoteModel> Skipped);

    public static Result Extract(ParseState state, string? language, CancellationToken cancellationToken)
    {
        var elements = ReadingOrder(state);
        var candidates = new List<QuoteCandidate>();
        var openMarks = new List<(char Mark, int Index)>();
        var block = new BlockQuote(-1, -1);
        for (var e = 0; e < elements.Count; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var element = elements[e];
            var text = element.Unit.Text;
            if (e < block.LastElement)
            {
                // A middle paragraph of a block quote marked only at its ends: all of it is the quote, and its
                // own pairs (balanced, or it would not be a middle) are nested in it.
                AddTurns(candidates, element, e, -1, text.Length, '\0', runsOn: true);
                continue;
            }

            var (spans, problems) = QuoteScanner.Scan(text, isHeadline: element.IsHeadline, openMarks);
            // (Kept apart from "block": a paragraph that closes one block quote may open the next.)
            var blockClose = e == block.LastElement ? block.Close : -1;
            if (blockClose > 0 && HasText(text, blockClose))
            {
                AddTurns(candidates, element, e, -1, blockClose, '\0', runsOn: false);
            }

            var runsOn = false;
            foreach (var problem in problems)
            {
                if (problem.Index == blockClose)
                {
                    continue; // the block quote's closing mark
                }

                if (problem.Kind == MarkProblemKind.Unclosed && element.Kind == ElementKind.Paragraph && NextReopens(elements, e))
                {
                    runsOn = true; // the quote goes on in the next paragraph: not a mistake
                    continue;
                }

                if (problem.Kind == MarkProblemKind.Unclosed && element.Kind == ElementKind.Paragraph
                    && BlockQuote.Find(elements, e, problem.Mark, openMarks) is { } found)
                {
                    block = found;
                    runsOn = true; // the quote goes on to a later paragraph that closes it
                    continue;
                }

                var id = problem.Kind switch
                {
                    MarkProblemKind.Unclosed => DiagnosticIds.UnclosedQuote,
                    MarkProblemKind.StrayClosing => DiagnosticIds.StrayClosingQuote,
                    _ => DiagnosticIds.MismatchedQuotes,
                };
                state.Diagnostics.Add(id, element.Unit.RangeOf(problem.Index, 1), problem.Mark.ToString());
            }

            foreach (var span in spans)
            {
                if (span.Open < blockClose)
                {
                    continue; // nested in the block quote
                }

                if (!span.IsClosed && !runsOn)
                {
                    continue; // reported above; its extent is unknown, so it is not guessed
                }

                var close = span.IsClosed ? span.Close : text.Length;
                AddTurns(candidates, element, e, span.Open, close, span.OpenMark, runsOn && !span.IsClosed);
            }
        }

        foreach (var candidate in candidates)
        {
            candidate.IsPartial = PartialQuotes.IsPartial(candidate);
        }

        try
        {
            FaultInjection.At(FaultInjection.Attribution, string.Empty);
            SpeakerAttributor.Attribute(candidates, elements, language);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The attribution rules are the most intricate code of the parser: if one fails, the
            // quotes are still exact, so they are kept without speakers, with a warning that says so.
            foreach (var candidate in candidates)
            {
                candidate.Speaker = null;
                candidate.Role = null;
                candidate.HasOwnCue = false;
                candidate.SpeakerIsTurnOwner = false;
            }

            state.Diagnostics.Add(DiagnosticIds.AttributionFailure, TextRange.FileStart, exception.GetType().Name, exception.Message);
        }

        QuoteFilter.Apply(candidates);
        UnquotedTerms.Mark(candidates, elements);
        return Build(candidates);
    }

    /// <summary>The headline (when it is the author's own), then paragraphs and captions in file order.</summary>
    private static List<Element> ReadingOrder(ParseState state)
    {
        var elements = new List<Element>();
        if (state.HeadlineUnit is not null && state.HeadlineSource is HeadlineSource.Header or HeadlineSource.TitleLine)
        {
            elements.Add(new Element(ElementKind.Heading, -1, state.HeadlineUnit));
        }

        foreach (var element in state.Elements)
        {
            if (element.Kind != ElementKind.Heading)
            {
                elements.Add(element);
            }
        }

        return elements;
    }

    private static bool HasText(string text, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextReopens(List<Element> elements, int e)
    {
        if (e + 1 >= elements.Count || elements[e + 1].Kind != ElementKind.Paragraph)
        {
            return false;
        }

        var next = elements[e + 1].Unit.Text;
        return next.Length > 0 && ReopensQuotation(next[0]);
    }

    /// <summary>A paragraph opening with this character reopens a quotation that runs over paragraphs.</summary>
    public static bool ReopensQuotation(char first) => first is '“' or '"' or '«' or '„' or '‘';

    /// <summary>
    /// One quote per turn: inside a single « » pair a dialogue dash after a sentence end
    /// (<c>« Tu viens ? — Non. »</c>) starts a new speaker's words.
    /// </summary>
    private static void AddTurns(List<QuoteCandidate> candidates, Element element, int order, int open, int close, char mark, bool runsOn)
    {
        var text = element.Unit.Text;
        var start = open;
        if (mark == '«')
        {
            for (var i = open + 1; i < close - 2; i++)
            {
                if (text[i] is '—' or '–' && IsSentenceEndBefore(text, i) && char.IsWhiteSpace(text[i + 1]))
                {
                    Add(start, i);
                    start = i;
                }
            }
        }

        Add(start, close);

        void Add(int from, int to)
        {
            var textStart = from + 1; // (from is -1 for a paragraph inside a block quote, which has no mark of its own)
            var textEnd = to;
            while (textStart < textEnd && char.IsWhiteSpace(text[textStart]))
            {
                textStart++;
            }

            while (textEnd > textStart && char.IsWhiteSpace(text[textEnd - 1]))
            {
                textEnd--;
            }

            candidates.Add(new QuoteCandidate(element, order, Math.Max(from, 0), textStart, textEnd, to, runsOn));
        }
    }

    private static bool IsSentenceEndBefore(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        return j >= 0 && text[j] is '.' or '!' or '?' or '…';
    }

    private static Result Build(List<QuoteCandidate> candidates)
    {
        // At most one quote a candidate, and most candidates are kept: sized once, not copied at each doubling.
        var quotes = new List<QuoteModel>(candidates.Count);
        var skipped = new List<SkippedQuoteModel>();
        var speakers = new List<SpeakerModel>();
        var speakerIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var (line, column) = candidate.Element.Unit.PositionOf(candidate.Open);
            if (candidate.SkipReason is not null)
            {
                skipped.Add(new SkippedQuoteModel(candidate.Text, candidate.SkipReason, line, column));
                continue;
            }

            var index = -1;
            if (candidate.Speaker is not null)
            {
                // Names and roles are cut from the text as written: "The  travelers" had the article's double space.
                var name = SingleSpaced(candidate.Speaker);
                var role = candidate.Role is null ? null : SingleSpaced(candidate.Role);
                if (!speakerIndex.TryGetValue(name, out index))
                {
                    index = speakers.Count;
                    speakerIndex.Add(name, index);
                    speakers.Add(new SpeakerModel(name, role));
                }
                else if (speakers[index].Role is null && role is not null)
                {
                    speakers[index] = speakers[index] with { Role = role };
                }
            }

            var location = candidate.Element.Kind switch
            {
                ElementKind.Paragraph => QuoteLocation.Paragraph,
                ElementKind.Caption => QuoteLocation.Caption,
                _ => QuoteLocation.Headline,
            };
            var container = location == QuoteLocation.Headline ? 0 : candidate.Element.Index;
            quotes.Add(new QuoteModel(candidate.Text, index, candidate.IsPartial, location, container, line, column));
        }

        return new Result(quotes.ToEquatableArray(), speakers.ToEquatableArray(), skipped.ToEquatableArray());
    }

    /// <summary>
    /// <paramref name="text"/> with each run of white space (spaces, no-break spaces, line breaks) as one
    /// ordinary space; the same string when it has none to collapse.
    /// </summary>
    private static string SingleSpaced(string text)
    {
        var collapse = false;
        for (var i = 0; i < text.Length && !collapse; i++)
        {
            collapse = char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])));
        }

        if (!collapse)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd(' ');
    }
}
