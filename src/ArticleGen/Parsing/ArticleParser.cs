using System;
using System.Collections.Generic;
using System.Threading;
using ArticleGen.Model;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing;

/// <summary>
/// The article format's grammar: a pure function from an article file's text to its model, with no
/// Roslyn types, so it can be tested and benchmarked alone. Total: every input gives a model (bad
/// input gives diagnostics as data), and it never throws.
/// <list type="number">
/// <item>Lines end with LF, CRLF or CR; trailing spaces, tabs and a BOM are ignored. Blocks are runs of non-blank lines.</item>
/// <item>Header: a first block of <c>Key: value</c> lines (<see cref="HeaderBlock.KnownKeys"/>).</item>
/// <item>Video or audio caption: a block whose last line is a duration (<c>Durée : 00:44</c>); the lines above are its title.</item>
/// <item>Photo caption: a one-line block <c>text | CREDIT</c> (the credit after the last <c> | </c>).</item>
/// <item>Section heading: a one-line block opening with a bullet (<c>•</c> <c>▪</c> <c>■</c> <c>-</c> <c>*</c>).</item>
/// <item>Date line: a one-line block that is a date, before the first paragraph.</item>
/// <item>Title line: the first one-line block, before any paragraph, that reads as a title (<see cref="LineShapes.IsTitle"/>).</item>
/// <item>Short heading: a one-line block between paragraphs with no closing punctuation (<see cref="LineShapes.IsShortHeading"/>).</item>
/// <item>Paragraph: everything else. A hard-wrapped block is one paragraph; a block of unwrapped lines is read line by line.</item>
/// </list>
/// Without a header headline or title line, the headline is the first paragraph's first sentence (ARTG001).
/// </summary>
internal static class ArticleParser
{
    public static ArticleDocument Parse(string text, string? languageHint = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return ParseOrThrow(text, languageHint, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug of ours must not become CS8785, which drops every article's generated code: this
            // article is generated empty with an error that says so, and the others are untouched.
            return Failed(exception);
        }
    }

    private static ArticleDocument ParseOrThrow(string text, string? languageHint, CancellationToken cancellationToken)
    {
        FaultInjection.At(FaultInjection.Parsing, text);
        var lines = SourceLine.Split(text);
        var blocks = SplitBlocks(lines);
        var state = new ParseState(blocks.Count);
        TextChecks.Run(text, lines, state.Diagnostics);

        if (blocks.Count == 0)
        {
            state.Diagnostics.Add(DiagnosticIds.EmptyArticle, TextRange.FileStart);
            return Build(state, languageHint, cancellationToken);
        }

        var first = 0;
        var header = HeaderBlock.TryRead(blocks[0]);
        if (header is not null)
        {
            ApplyHeader(state, header);
            first = 1;
        }

        for (var b = first; b < blocks.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hasNext = b + 1 < blocks.Count;
            ReadBlock(state, blocks[b], hasNext);
        }

        CheckStructure(state);
        return Build(state, languageHint, cancellationToken);
    }

    private static List<LineBlock> SplitBlocks(List<SourceLine> lines)
    {
        // Each block is a range of the lines, not a copy of them. Blocks are parted by blank lines, so there are
        // at most half as many as lines (rounded up): sized once, the list is not copied at each doubling.
        var blocks = new List<LineBlock>((lines.Count + 1) / 2);
        var start = 0;
        while (start < lines.Count)
        {
            if (lines[start].IsBlank)
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < lines.Count && !lines[end].IsBlank)
            {
                end++;
            }

            blocks.Add(new LineBlock(lines, start, end - start));
            start = end;
        }

        return blocks;
    }

    private static void ApplyHeader(ParseState state, List<HeaderBlock.Entry> entries)
    {
        foreach (var entry in entries)
        {
            var valueUnit = TextUnit.FromLine(entry.Line, entry.ValueStart);
            switch (entry.KnownKey)
            {
                case "Headline" when entry.Value.Length == 0:
                    break; // an empty headline is no headline: the fallback and ARTG001 apply
                case "Headline":
                    state.Headline = entry.Value;
                    state.HeadlineUnit = valueUnit;
                    state.HeadlineSource = HeadlineSource.Header;
                    break;
                case "Date":
                    if (DateParser.TryParseHeaderValue(entry.Value, out var date))
                    {
                        state.Date = date;
                    }
                    else
                    {
                        state.Diagnostics.Add(DiagnosticIds.InvalidDate, valueUnit.RangeOf(0, valueUnit.Text.Length), entry.Value);
                    }

                    break;
                case "Author":
                    state.Author = NullIfEmpty(entry.Value);
                    break;
                case "Source":
                    state.Source = NullIfEmpty(entry.Value);
                    break;
                case "Url":
                    state.Url = NullIfEmpty(entry.Value);
                    break;
                case "Language":
                    state.Language = NullIfEmpty(entry.Value.ToLowerInvariant());
                    break;
                case "Tags":
                    foreach (var tag in entry.Value.Split(','))
                    {
                        if (tag.Trim().Length > 0)
                        {
                            state.Tags.Add(tag.Trim());
                        }
                    }

                    break;
                default:
                    var keyUnit = TextUnit.FromLine(entry.Line, 0, entry.Key.Length);
                    var suggestion = HeaderBlock.Suggest(entry.Key);
                    state.Diagnostics.Add(
                        DiagnosticIds.UnknownHeaderKey,
                        keyUnit.RangeOf(0, entry.Key.Length),
                        entry.Key,
                        suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)");
                    break;
            }
        }
    }

    private static void ReadBlock(ParseState state, LineBlock block, bool hasNext)
    {
        var last = block[block.Count - 1];
        if (DurationLine.TryRead(last, out var seconds, out var valueStart))
        {
            ReadTimedCaption(state, block, seconds, valueStart);
            return;
        }

        if (block.Count == 1)
        {
            ReadLine(state, block[0], block[0].GetContent(), hasNext);
            return;
        }

        if (IsHardWrapped(block))
        {
            state.AddParagraph(TextUnit.Join(block));
            return;
        }

        // Lines that are not a wrapped paragraph are each an element: scraped pages often put one
        // paragraph (or a title, a date, a caption) per line with no blank line between.
        for (var i = 0; i < block.Count; i++)
        {
            // A quotation set as a block of lines ("…writes:\n"It's a long shot …\nThink about it …"")
            // opens on one line and closes on a later one: those lines are one paragraph.
            // (The line's content cut once, for both readings.)
            var content = block[i].GetContent();
            var closing = QuoteClosingLine(block, i, content);
            if (closing > i)
            {
                state.AddParagraph(TextUnit.Join(block.Slice(i, closing - i + 1)));
                i = closing;
                continue;
            }

            ReadLine(state, block[i], content, hasNext || i + 1 < block.Count);
        }
    }

    private static readonly char[] ClosingMarks = { '»', '”', '"', '“', '’', '›' };

    /// <summary>How many lines a quotation set as a block may span.</summary>
    private const int QuotationLines = 12;

    /// <summary>
    /// The line of <paramref name="block"/> where a quote left open at the end of line <paramref name="start"/>
    /// closes, when no line in between opens with a quote mark of its own (that is a quotation running
    /// over paragraphs, read as such); else <paramref name="start"/>. <paramref name="first"/> is that line's content.
    /// </summary>
    private static int QuoteClosingLine(LineBlock block, int start, string first)
    {
        if (LineShapes.TryBullet(first, out _) || first.IndexOf(" | ", StringComparison.Ordinal) >= 0)
        {
            return start;
        }

        if (!EndsInsideQuote(first))
        {
            return start;
        }

        // (At most QuotationLines scans of at most QuotationLines lines, and only after a line left a
        // quote open: linear in the block.)
        var joined = new System.Text.StringBuilder(first);
        for (var j = start + 1; j < block.Count && j - start <= QuotationLines; j++)
        {
            var line = block[j].GetContent().Trim();
            if (line.Length == 0 || Quotes.QuoteExtractor.ReopensQuotation(line[0]))
            {
                return start;
            }

            joined.Append(' ').Append(line);
            if (line.IndexOfAny(ClosingMarks) < 0)
            {
                continue; // no mark can close the quote on this line: no need to scan again
            }

            var (quotes, problems) = Quotes.QuoteScanner.Scan(joined.ToString(), isHeadline: false);
            if (problems.Count == 0 && quotes.TrueForAll(q => q.IsClosed))
            {
                return j;
            }
        }

        return start;
    }

    /// <summary>The line leaves a quote open: its last pair of marks has no closing mark.</summary>
    private static bool EndsInsideQuote(string line)
    {
        var (quotes, problems) = Quotes.QuoteScanner.Scan(line, isHeadline: false);
        return quotes.Count > 0 && !quotes[quotes.Count - 1].IsClosed && problems.TrueForAll(p => p.Kind == Quotes.MarkProblemKind.Unclosed);
    }

    private static void ReadTimedCaption(ParseState state, LineBlock block, int? seconds, int valueStart)
    {
        var durationLine = block[block.Count - 1];
        if (seconds is null)
        {
            var value = TextUnit.FromLine(durationLine, valueStart);
            state.Diagnostics.Add(DiagnosticIds.MalformedDuration, value.RangeOf(0, value.Text.Length), value.Text);
        }

        var titleLines = block.Slice(0, block.Count - 1);
        var title = titleLines.Count == 0 ? TextUnit.FromLine(durationLine, 0, 0) : TextUnit.Join(titleLines);
        if (title.Text.Length == 0)
        {
            var whole = TextUnit.FromLine(durationLine);
            state.Diagnostics.Add(DiagnosticIds.EmptyCaption, whole.RangeOf(0, whole.Text.Length));
        }

        var kind = title.Text.StartsWith("Audio", StringComparison.OrdinalIgnoreCase) || title.Text.StartsWith("Podcast", StringComparison.OrdinalIgnoreCase)
            ? CaptionKind.Audio
            : CaptionKind.Video;
        state.AddCaption(kind, title, null, seconds, block[0].Number);
    }

    /// <summary>Reads a line that is an element of its own; <paramref name="content"/> is its content, whose string a paragraph keeps as its text.</summary>
    private static void ReadLine(ParseState state, SourceLine line, string content, bool hasNext)
    {
        if (TryReadPhotoCaption(state, line, content))
        {
            return;
        }

        if (LineShapes.TryBullet(content, out var titleStart))
        {
            state.AddHeading(TextUnit.FromContent(line, content, titleStart));
            return;
        }

        var beforeFirstParagraph = state.Paragraphs.Count == 0 && state.Sections.Count == 0;
        if (beforeFirstParagraph && state.Date is null && DateParser.TryParseLine(content, out var date))
        {
            state.Date = date;
            return;
        }

        if (beforeFirstParagraph && state.Headline is null && hasNext && LineShapes.IsTitle(content))
        {
            var unit = TextUnit.FromContent(line, content);
            state.Headline = unit.Text;
            state.HeadlineUnit = unit;
            state.HeadlineSource = HeadlineSource.TitleLine;
            return;
        }

        if (state.Paragraphs.Count > 0 && hasNext && LineShapes.IsShortHeading(content))
        {
            state.AddHeading(TextUnit.FromContent(line, content));
            return;
        }

        state.AddParagraph(TextUnit.FromContent(line, content));
    }

    private static bool TryReadPhotoCaption(ParseState state, SourceLine line, string content)
    {
        var bar = content.LastIndexOf(" | ", StringComparison.Ordinal);
        var emptyCredit = bar < 0 && content.EndsWith(" |", StringComparison.Ordinal);
        if (emptyCredit)
        {
            bar = content.Length - 2;
        }

        if (bar <= 0)
        {
            return false;
        }

        var credit = emptyCredit ? string.Empty : content.Substring(bar + 3).Trim();
        if (credit.Length > 120)
        {
            return false; // prose with a stray bar, not a credit
        }

        var text = TextUnit.FromContent(line, content, 0, bar);
        if (credit.Length == 0)
        {
            var barUnit = TextUnit.FromContent(line, content, bar + 1);
            state.Diagnostics.Add(DiagnosticIds.EmptyCredit, barUnit.RangeOf(0, barUnit.Text.Length));
        }

        state.AddCaption(CaptionKind.Photo, text, credit.Length == 0 ? null : credit, null, line.Number);
        return true;
    }

    /// <summary>
    /// A block is one hard-wrapped paragraph when every line break falls inside a sentence: the line
    /// is 60–100 characters with no closing punctuation, or the next line goes on in lowercase.
    /// </summary>
    private static bool IsHardWrapped(LineBlock block)
    {
        // Each line read in place, trimmed as bounds into the file's text: cut as strings, every line of a
        // wrapped paragraph was copied twice here (as the line and as the next) only to be joined later.
        for (var i = 0; i < block.Count - 1; i++)
        {
            var (text, lineStart, lineEnd) = Trimmed(block[i]);
            var (_, nextStart, nextEnd) = Trimmed(block[i + 1]);
            var length = lineEnd - lineStart;
            var nextLength = nextEnd - nextStart;
            if (LineShapes.TryBullet(text, lineStart, lineEnd, out _) || LineShapes.TryBullet(text, nextStart, nextEnd, out _) || length > 100)
            {
                return false;
            }

            var last = length == 0 ? '.' : text[lineEnd - 1];
            var endsSentence = last is '.' or '!' or '?' or '…' or '»' or '”' or '"' or ':';
            var wraps = (length >= 60 && !endsSentence) || (length >= 40 && nextLength > 0 && char.IsLower(text[nextStart]));
            if (!wraps)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bounds in the file's text of <c>line.GetContent().Trim()</c>.</summary>
    private static (string Text, int Start, int End) Trimmed(SourceLine line)
    {
        var from = 0;
        var end = line.Length;
        TextUnit.TrimRange(line.FileText, line.Start, ref from, ref end);
        return (line.FileText, line.Start + from, line.Start + end);
    }

    private static void CheckStructure(ParseState state)
    {
        if (state.Paragraphs.Count == 0 && state.Sections.Count > 0)
        {
            var heading = state.Sections[0].Heading!;
            state.Diagnostics.Add(DiagnosticIds.NoParagraphs, heading.RangeOf(0, heading.Text.Length));
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in state.Sections)
        {
            if (section.Heading is null)
            {
                continue;
            }

            if (section.Count == 0)
            {
                state.Diagnostics.Add(DiagnosticIds.EmptySection, section.Heading.RangeOf(0, section.Heading.Text.Length), section.Title!);
            }

            if (seen.TryGetValue(section.Title!, out var firstLine))
            {
                state.Diagnostics.Add(
                    DiagnosticIds.DuplicateSectionTitle,
                    section.Heading.RangeOf(0, section.Heading.Text.Length),
                    section.Title!,
                    firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                seen.Add(section.Title!, section.Line);
            }
        }
    }

    private static ArticleDocument Failed(Exception exception)
    {
        var diagnostic = new ArticleDiagnostic(
            DiagnosticIds.ParserFailure,
            new EquatableArray<string>(new[] { exception.GetType().Name, exception.Message }),
            TextRange.FileStart);
        return new ArticleDocument(
            string.Empty, HeadlineSource.None, null, null, null, null, null, EquatableArray<string>.Empty,
            EquatableArray<ParagraphModel>.Empty, EquatableArray<SectionModel>.Empty, EquatableArray<CaptionModel>.Empty,
            EquatableArray<SpeakerModel>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<SkippedQuoteModel>.Empty,
            0, new EquatableArray<ArticleDiagnostic>(new[] { diagnostic }));
    }

    private static ArticleDocument Build(ParseState state, string? languageHint, CancellationToken cancellationToken)
    {
        if (state.Headline is null && state.Paragraphs.Count > 0)
        {
            var firstParagraph = state.Paragraphs[0].Unit;
            state.Headline = Sentences.First(firstParagraph.Text);
            state.HeadlineSource = HeadlineSource.FirstSentence;
            state.Diagnostics.Add(DiagnosticIds.NoHeadline, firstParagraph.RangeOf(0, state.Headline.Length));
        }

        if (state.Date is null && state.Paragraphs.Count > 0)
        {
            state.Date = Dateline.TryRead(state.Paragraphs[0].Unit.Text);
        }

        var language = state.Language ?? NullIfEmpty(languageHint?.ToLowerInvariant()) ?? LanguageGuess.Guess(state);
        var quotes = QuoteExtractor.Extract(state, language, cancellationToken);

        var wordCount = state.HeadlineSource is HeadlineSource.Header or HeadlineSource.TitleLine ? LineShapes.CountContentWords(state.Headline!) : 0;
        var paragraphs = new ParagraphModel[state.Paragraphs.Count];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var (unit, section) = state.Paragraphs[i];
            paragraphs[i] = new ParagraphModel(unit.Text, unit.FirstLine, section);
            wordCount += LineShapes.CountContentWords(unit.Text);
        }

        var sections = new SectionModel[state.Sections.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            var s = state.Sections[i];
            sections[i] = new SectionModel(s.Title, s.Line, s.First, s.Count);
        }

        var captions = new CaptionModel[state.Captions.Count];
        for (var i = 0; i < captions.Length; i++)
        {
            var c = state.Captions[i];
            captions[i] = new CaptionModel(c.Kind, c.Text.Text, c.Credit, c.Seconds, c.Line);
            wordCount += LineShapes.CountContentWords(c.Text.Text);
        }

        return new ArticleDocument(
            state.Headline ?? string.Empty,
            state.Headline is null ? HeadlineSource.None : state.HeadlineSource,
            state.Date,
            language,
            state.Author,
            state.Source,
            state.Url,
            state.Tags.ToEquatableArray(),
            new EquatableArray<ParagraphModel>(paragraphs),
            new EquatableArray<SectionModel>(sections),
            new EquatableArray<CaptionModel>(captions),
            quotes.Speakers,
            quotes.Quotes,
            quotes.Skipped,
            wordCount,
            state.Diagnostics.ToSortedArray());
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
