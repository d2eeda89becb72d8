using System;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>
/// One article file, read at compile time by the ArticleGen generator. Obtain instances from the
/// generated <c>Articles</c> class (<c>Articles.Alep2016</c>, <c>Articles.All</c>, <c>Articles.BySlug</c>).
/// </summary>
public sealed class Article
{
    internal Article(
        string slug,
        string relativePath,
        string headline,
        HeadlineSource headlineSource,
        DateTime? date,
        string? language,
        string? author,
        string? source,
        string? url,
        IReadOnlyList<string> tags,
        IReadOnlyList<Section> sections,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Caption> captions,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<Speaker> speakers,
        IReadOnlyList<SkippedQuote> skippedQuotes,
        int wordCount)
    {
        Slug = slug;
        RelativePath = relativePath;
        Headline = headline;
        HeadlineSource = headlineSource;
        Date = date;
        Language = language;
        Author = author;
        Source = source;
        Url = url;
        Tags = tags;
        Sections = sections;
        Paragraphs = paragraphs;
        Captions = captions;
        Quotes = quotes;
        Speakers = speakers;
        SkippedQuotes = skippedQuotes;
        WordCount = wordCount;
    }

    /// <summary>A lowercase, URL-safe name made from the file name (<c>Alep2016.txt</c> → <c>alep2016</c>).</summary>
    public string Slug { get; }

    /// <summary>The article file's path relative to the project, with <c>/</c> separators.</summary>
    public string RelativePath { get; }

    /// <summary>The headline; see <see cref="HeadlineSource"/> for where it came from.</summary>
    public string Headline { get; }

    /// <summary>Where <see cref="Headline"/> came from: the header, a title line, or the first sentence.</summary>
    public HeadlineSource HeadlineSource { get; }

    /// <summary>The publication date from the header, a date line or a dateline, else <see langword="null"/>.</summary>
    public DateTime? Date { get; }

    /// <summary>The language (<c>fr</c>, <c>en</c>) from the header or the file's metadata, else the detected one.</summary>
    public string? Language { get; }

    /// <summary>The <c>Author:</c> header value, else <see langword="null"/>.</summary>
    public string? Author { get; }

    /// <summary>The <c>Source:</c> header value, else <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>The <c>Url:</c> header value, else <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>The comma-separated <c>Tags:</c> header values, else empty.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The sections in order; the first has a <see langword="null"/> title when the article opens without a heading.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Every paragraph of the article, in order, across all sections.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The photo, video and audio captions, in order.</summary>
    public IReadOnlyList<Caption> Captions { get; }

    /// <summary>Every quote of the headline, paragraphs and captions, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The people and bodies quoted, in order of their first quote, each with their quotes.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>Words between quote marks that were not counted as quotes, with the reason.</summary>
    public IReadOnlyList<SkippedQuote> SkippedQuotes { get; }

    /// <summary>The number of words of the headline, paragraphs and captions.</summary>
    public int WordCount { get; }

    /// <summary>Returns <see cref="Headline"/>.</summary>
    public override string ToString() => Headline;
}
