namespace ArticleGen;

/// <summary>The kind of media a <see cref="Caption"/> describes.</summary>
public enum CaptionKind
{
    /// <summary>A photo caption, written <c>text | CREDIT</c> in the article file.</summary>
    Photo = 0,

    /// <summary>A video caption: title lines ending with a duration line such as <c>Durée : 00:44</c>.</summary>
    Video = 1,

    /// <summary>An audio caption: like a video caption, with a title that starts with "Audio" or "Podcast".</summary>
    Audio = 2,
}

/// <summary>Where an article's <see cref="Article.Headline"/> came from.</summary>
public enum HeadlineSource
{
    /// <summary>The <c>Headline:</c> key of the article's header block.</summary>
    Header = 0,

    /// <summary>A one-line block at the top of the article that reads as a title.</summary>
    TitleLine = 1,

    /// <summary>
    /// The article has no headline of its own: the first sentence of its first paragraph is used
    /// (the generator reports ARTG001 so the author can set one).
    /// </summary>
    FirstSentence = 2,

    /// <summary>The article has no text to take a headline from.</summary>
    None = 3,
}

/// <summary>The kind of element a <see cref="Quote"/> appears in.</summary>
public enum QuoteLocation
{
    /// <summary>The article's headline.</summary>
    Headline = 0,

    /// <summary>A paragraph: see <see cref="Quote.ParagraphIndex"/>.</summary>
    Paragraph = 1,

    /// <summary>A photo, video or audio caption: see <see cref="Quote.CaptionIndex"/>.</summary>
    Caption = 2,
}
