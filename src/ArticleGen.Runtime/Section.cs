using System.Collections.Generic;

namespace ArticleGen;

/// <summary>A section of an article: an optional heading and the paragraphs under it.</summary>
public sealed class Section
{
    internal Section(string? title, int line, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Quote> quotes)
    {
        Title = title;
        Line = line;
        Paragraphs = paragraphs;
        Quotes = quotes;
    }

    /// <summary>The heading's text without its bullet, or <see langword="null"/> for the untitled opening section.</summary>
    public string? Title { get; }

    /// <summary>The 1-based line of the heading, or of the section's first paragraph when it has no heading.</summary>
    public int Line { get; }

    /// <summary>The paragraphs of this section, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The quotes found in this section's paragraphs, in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Returns <see cref="Title"/>, or an empty string for the untitled opening section.</summary>
    public override string ToString() => Title ?? string.Empty;
}
