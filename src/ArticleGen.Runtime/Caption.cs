using System;

namespace ArticleGen;

/// <summary>A photo, video or audio caption of an article.</summary>
public sealed class Caption
{
    internal Caption(CaptionKind kind, string text, string? credit, TimeSpan? duration, int line)
    {
        Kind = kind;
        Text = text;
        Credit = credit;
        Duration = duration;
        Line = line;
    }

    /// <summary>Whether this captions a photo, a video or an audio clip.</summary>
    public CaptionKind Kind { get; }

    /// <summary>The caption's text (a video's title), without the credit or the duration line.</summary>
    public string Text { get; }

    /// <summary>The credit written after the last <c> | </c> of a photo caption, else <see langword="null"/>.</summary>
    public string? Credit { get; }

    /// <summary>The duration of a video or audio clip, else <see langword="null"/>.</summary>
    public TimeSpan? Duration { get; }

    /// <summary>The 1-based line of the article file the caption starts on.</summary>
    public int Line { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
