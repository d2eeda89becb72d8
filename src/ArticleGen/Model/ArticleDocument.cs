namespace ArticleGen.Model;

// Every model type is an immutable record compared by value (lists are EquatableArray): the
// incremental driver compares step outputs to decide what to re-run, so a member that compares by
// reference would defeat caching. New members must keep this so. No Roslyn type appears here.

/// <summary>What the parser read from one article file: content, metadata and the problems found.</summary>
internal sealed record ArticleDocument(
    string Headline,
    HeadlineSource HeadlineSource,
    DateModel? Date,
    string? Language,
    string? Author,
    string? Source,
    string? Url,
    EquatableArray<string> Tags,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<SectionModel> Sections,
    EquatableArray<CaptionModel> Captions,
    EquatableArray<SpeakerModel> Speakers,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<SkippedQuoteModel> SkippedQuotes,
    int WordCount,
    EquatableArray<ArticleDiagnostic> Diagnostics);

/// <summary>A paragraph: its text, 1-based line, and the index of its section.</summary>
internal sealed record ParagraphModel(string Text, int Line, int SectionIndex);

/// <summary>A section: its heading (null for the untitled opening one) and its paragraph range.</summary>
internal sealed record SectionModel(string? Title, int Line, int FirstParagraph, int ParagraphCount);

/// <summary>A caption; <see cref="DurationSeconds"/> is null for photos and malformed durations.</summary>
internal sealed record CaptionModel(CaptionKind Kind, string Text, string? Credit, int? DurationSeconds, int Line);

/// <summary>A person or body quoted in the article.</summary>
internal sealed record SpeakerModel(string Name, string? Role);

/// <summary>A quote; <see cref="SpeakerIndex"/> points into <see cref="ArticleDocument.Speakers"/>, -1 when unknown.</summary>
internal sealed record QuoteModel(
    string Text,
    int SpeakerIndex,
    bool IsPartial,
    QuoteLocation Location,
    int ContainerIndex,
    int Line,
    int Column);

/// <summary>Words between quote marks that were not counted as a quote, and why.</summary>
internal sealed record SkippedQuoteModel(string Text, string Reason, int Line, int Column);

/// <summary>A calendar date (no time, no time zone: articles give days).</summary>
internal readonly record struct DateModel(int Year, int Month, int Day);

// The numeric values of these enums are written into the generated layout and read back as the
// runtime enums of the same names (ArticleGen.Runtime): keep them identical.
internal enum CaptionKind
{
    Photo = 0,
    Video = 1,
    Audio = 2,
}

internal enum HeadlineSource
{
    Header = 0,
    TitleLine = 1,
    FirstSentence = 2,
    None = 3,
}

internal enum QuoteLocation
{
    Headline = 0,
    Paragraph = 1,
    Caption = 2,
}
