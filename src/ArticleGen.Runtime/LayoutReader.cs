using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ArticleGen;

/// <summary>
/// Builds an <see cref="Article"/> from the two constants the generator emits. The format is
/// written by <c>ArticleGen.Emit.LayoutWriter</c> in the generator; keep both in step (a round-trip
/// test checks them). Integers are decimal, comma-separated; a string is a <c>start,length</c> pair
/// into the text, with <c>start = -1</c> for null.
/// <code>
/// version(1)
/// slug path headline headlineSource
/// language author source url
/// year month day (0 0 0 when there is no date)
/// wordCount
/// tagCount { tag }
/// paragraphCount { text line sectionIndex }
/// sectionCount { title line firstParagraph paragraphCount }
/// captionCount { kind text credit durationSeconds(-1 = none) line }
/// speakerCount { name role }
/// quoteCount { text speakerIndex(-1 = none) partial(0|1) location containerIndex line column }
/// skippedCount { text reason line column }
/// </code>
/// </summary>
internal ref struct LayoutReader
{
    public const int FormatVersion = 1;

    private readonly string _text;
    private readonly string _layout;
    private int _position;

    private LayoutReader(string text, string layout)
    {
        _text = text;
        _layout = layout;
        _position = 0;
    }

    public static Article Read(string text, string layout)
    {
        var reader = new LayoutReader(text, layout);
        return reader.ReadArticle();
    }

    private Article ReadArticle()
    {
        var version = NextInt();
        if (version != FormatVersion)
        {
            throw new InvalidOperationException($"ArticleGen: generated layout version {version} does not match runtime version {FormatVersion}. Use the same ArticleGen package version for the generator and the runtime.");
        }

        var slug = NextString() ?? string.Empty;
        var path = NextString() ?? string.Empty;
        var headline = NextString() ?? string.Empty;
        var headlineSource = (HeadlineSource)NextInt();
        var language = NextString();
        var author = NextString();
        var source = NextString();
        var url = NextString();
        var year = NextInt();
        var month = NextInt();
        var day = NextInt();
        DateTime? date = year == 0 ? null : new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        var wordCount = NextInt();

        var tags = new string[NextInt()];
        for (var i = 0; i < tags.Length; i++)
        {
            tags[i] = NextString() ?? string.Empty;
        }

        var paragraphs = new Paragraph[NextInt()];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(NextString() ?? string.Empty, NextInt(), NextInt());
        }

        var sectionCount = NextInt();
        var sectionTitles = new string?[sectionCount];
        var sectionLines = new int[sectionCount];
        var sectionParagraphs = new IReadOnlyList<Paragraph>[sectionCount];
        for (var i = 0; i < sectionCount; i++)
        {
            sectionTitles[i] = NextString();
            sectionLines[i] = NextInt();
            var first = NextInt();
            var count = NextInt();
            sectionParagraphs[i] = ReadOnly(Slice(paragraphs, first, count));
        }

        var captions = new Caption[NextInt()];
        for (var i = 0; i < captions.Length; i++)
        {
            var kind = (CaptionKind)NextInt();
            var text = NextString() ?? string.Empty;
            var credit = NextString();
            var seconds = NextInt();
            captions[i] = new Caption(kind, text, credit, seconds < 0 ? null : TimeSpan.FromSeconds(seconds), NextInt());
        }

        var speakerCount = NextInt();
        var speakerNames = new string[speakerCount];
        var speakerRoles = new string?[speakerCount];
        for (var i = 0; i < speakerCount; i++)
        {
            speakerNames[i] = NextString() ?? string.Empty;
            speakerRoles[i] = NextString();
        }

        var quotes = new Quote[NextInt()];
        var quoteSpeakers = new int[quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            var text = NextString() ?? string.Empty;
            var speaker = NextInt();
            var partial = NextInt() != 0;
            var location = (QuoteLocation)NextInt();
            var container = NextInt();
            var line = NextInt();
            var column = NextInt();
            quoteSpeakers[i] = speaker;
            quotes[i] = new Quote(
                text,
                speaker < 0 ? null : speakerNames[speaker],
                speaker < 0 ? null : speakerRoles[speaker],
                partial,
                location,
                location == QuoteLocation.Paragraph ? container : null,
                location == QuoteLocation.Caption ? container : null,
                line,
                column);
        }

        var skipped = new SkippedQuote[NextInt()];
        for (var i = 0; i < skipped.Length; i++)
        {
            skipped[i] = new SkippedQuote(NextString() ?? string.Empty, NextString() ?? string.Empty, NextInt(), NextInt());
        }

        var sections = new Section[sectionCount];
        for (var i = 0; i < sectionCount; i++)
        {
            var sectionQuotes = new List<Quote>();
            foreach (var quote in quotes)
            {
                if (quote.ParagraphIndex is int p && paragraphs[p].SectionIndex == i)
                {
                    sectionQuotes.Add(quote);
                }
            }

            sections[i] = new Section(sectionTitles[i], sectionLines[i], sectionParagraphs[i], ReadOnly(sectionQuotes.ToArray()));
        }

        var speakers = new Speaker[speakerCount];
        for (var i = 0; i < speakerCount; i++)
        {
            var own = new List<Quote>();
            for (var q = 0; q < quotes.Length; q++)
            {
                if (quoteSpeakers[q] == i)
                {
                    own.Add(quotes[q]);
                }
            }

            speakers[i] = new Speaker(speakerNames[i], speakerRoles[i], ReadOnly(own.ToArray()));
        }

        return new Article(
            slug, path, headline, headlineSource, date, language, author, source, url,
            ReadOnly(tags), ReadOnly(sections), ReadOnly(paragraphs), ReadOnly(captions),
            ReadOnly(quotes), ReadOnly(speakers), ReadOnly(skipped), wordCount);
    }

    private static T[] Slice<T>(T[] items, int start, int count)
    {
        var slice = new T[count];
        Array.Copy(items, start, slice, 0, count);
        return slice;
    }

    private static IReadOnlyList<T> ReadOnly<T>(T[] items) =>
        items.Length == 0 ? EmptyList<T>.Instance : new ReadOnlyCollection<T>(items);

    private string? NextString()
    {
        var start = NextInt();
        var length = NextInt();
        return start < 0 ? null : _text.Substring(start, length);
    }

    private int NextInt()
    {
        var negative = false;
        if (_position < _layout.Length && _layout[_position] == '-')
        {
            negative = true;
            _position++;
        }

        var value = 0;
        while (_position < _layout.Length && _layout[_position] != ',')
        {
            value = (value * 10) + (_layout[_position] - '0');
            _position++;
        }

        _position++; // the comma
        return negative ? -value : value;
    }

    private static class EmptyList<T>
    {
        public static readonly IReadOnlyList<T> Instance = new ReadOnlyCollection<T>(new T[0]);
    }
}
