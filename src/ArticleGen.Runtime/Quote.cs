namespace ArticleGen;

/// <summary>A direct quote: words between quote marks that the article attributes to someone.</summary>
public sealed class Quote
{
    internal Quote(string text, string? speaker, string? speakerRole, bool isPartial, QuoteLocation location, int? paragraphIndex, int? captionIndex, int line, int column)
    {
        Text = text;
        Speaker = speaker;
        SpeakerRole = speakerRole;
        IsPartial = isPartial;
        Location = location;
        ParagraphIndex = paragraphIndex;
        CaptionIndex = captionIndex;
        Line = line;
        Column = column;
    }

    /// <summary>The characters between the quote marks, trimmed; punctuation inside the marks is kept.</summary>
    public string Text { get; }

    /// <summary>
    /// Who said it: the fullest name the article gives for that person (titles such as M. or Dr dropped),
    /// else the description the article uses ("l’armée"), else <see langword="null"/>.
    /// </summary>
    public string? Speaker { get; }

    /// <summary>The speaker's function as the article gives it ("secrétaire d’Etat américain"), else <see langword="null"/>.</summary>
    public string? SpeakerRole { get; }

    /// <summary>
    /// <see langword="true"/> for a fragment woven into the narrator's sentence (<c>a jugé … « pas satisfaisante »</c>);
    /// <see langword="false"/> for a quote that stands as the speaker's own sentence.
    /// </summary>
    public bool IsPartial { get; }

    /// <summary>The kind of element the quote sits in.</summary>
    public QuoteLocation Location { get; }

    /// <summary>The index in <see cref="Article.Paragraphs"/> when <see cref="Location"/> is <see cref="QuoteLocation.Paragraph"/>.</summary>
    public int? ParagraphIndex { get; }

    /// <summary>The index in <see cref="Article.Captions"/> when <see cref="Location"/> is <see cref="QuoteLocation.Caption"/>.</summary>
    public int? CaptionIndex { get; }

    /// <summary>The 1-based line of the opening quote mark in the article file.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the opening quote mark in the article file.</summary>
    public int Column { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
