using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>The element kinds a block can become, in the order the grammar tries them.</summary>
internal enum ElementKind
{
    Paragraph,
    Caption,
    Heading,
}

/// <summary>A paragraph, caption or heading in file order, with the text map of its content.</summary>
internal sealed record Element(ElementKind Kind, int Index, TextUnit Unit)
{
    /// <summary>The article's headline: a heading with no section index (section headings have theirs).</summary>
    public bool IsHeadline => Kind == ElementKind.Heading && Index < 0;
}

/// <summary>The mutable working set of one parse; turned into the immutable model at the end.</summary>
internal sealed class ParseState
{
    /// <param name="blockCount">
    /// The article's blocks: most become one element, most elements are paragraphs, so both lists are sized
    /// for them at once (a block read line by line adds more, and the list grows as before).
    /// </param>
    public ParseState(int blockCount)
    {
        Elements = new List<Element>(blockCount);
        Paragraphs = new List<(TextUnit Unit, int Section)>(blockCount);
    }

    public readonly List<Element> Elements;
    public readonly List<(TextUnit Unit, int Section)> Paragraphs;
    public readonly List<(string? Title, TextUnit? Heading, int Line, int First, int Count)> Sections = new();
    public readonly List<(Model.CaptionKind Kind, TextUnit Text, string? Credit, int? Seconds, int Line)> Captions = new();
    public readonly DiagnosticBag Diagnostics = new();

    public string? Headline;
    public TextUnit? HeadlineUnit;
    public Model.HeadlineSource HeadlineSource = Model.HeadlineSource.None;
    public Model.DateModel? Date;
    public string? Language;
    public string? Author;
    public string? Source;
    public string? Url;
    public List<string> Tags = new();

    public void AddParagraph(TextUnit unit)
    {
        if (Sections.Count == 0)
        {
            Sections.Add((null, null, unit.FirstLine, Paragraphs.Count, 0));
        }

        var last = Sections.Count - 1;
        var section = Sections[last];
        Sections[last] = (section.Title, section.Heading, section.Line, section.First, section.Count + 1);
        Elements.Add(new Element(ElementKind.Paragraph, Paragraphs.Count, unit));
        Paragraphs.Add((unit, last));
    }

    public void AddHeading(TextUnit title)
    {
        Elements.Add(new Element(ElementKind.Heading, Sections.Count, title));
        Sections.Add((title.Text, title, title.FirstLine, Paragraphs.Count, 0));
    }

    public void AddCaption(Model.CaptionKind kind, TextUnit text, string? credit, int? seconds, int line)
    {
        Elements.Add(new Element(ElementKind.Caption, Captions.Count, text));
        Captions.Add((kind, text, credit, seconds, line));
    }
}
