namespace ArticleGen;

/// <summary>A paragraph of an article: one block of text between blank lines.</summary>
public sealed class Paragraph
{
    internal Paragraph(string text, int line, int sectionIndex)
    {
        Text = text;
        Line = line;
        SectionIndex = sectionIndex;
    }

    /// <summary>The paragraph's text, as written in the article file (lines of one block joined by a space).</summary>
    public string Text { get; }

    /// <summary>The 1-based line of the article file the paragraph starts on.</summary>
    public int Line { get; }

    /// <summary>The index in <see cref="Article.Sections"/> of the section holding this paragraph.</summary>
    public int SectionIndex { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
