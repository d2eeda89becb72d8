using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ArticleGen.Model;

namespace ArticleGen.Emit;

/// <summary>
/// Encodes an article as two strings: <see cref="Text"/>, every string of the article pooled (a
/// quote is found inside its paragraph rather than stored twice), and <see cref="Layout"/>, the
/// integers that say where each element's strings sit in it. The format is documented on
/// <c>ArticleGen.LayoutReader</c> in the runtime, which reads it back; a round-trip test keeps them in step.
/// </summary>
internal sealed class LayoutWriter
{
    public const int FormatVersion = 1;

    private readonly StringBuilder _pool = new();
    private readonly StringBuilder _layout = new();
    private readonly Dictionary<string, int> _pooled = new(StringComparer.Ordinal);
    private string _frozen = string.Empty;

    private LayoutWriter()
    {
    }

    public string Text { get; private set; } = string.Empty;

    public string Layout { get; private set; } = string.Empty;

    public static LayoutWriter Write(ArticleDocument article, string slug, string relativePath)
    {
        var writer = new LayoutWriter();
        writer.WriteArticle(article, slug, relativePath);
        return writer;
    }

    private void WriteArticle(ArticleDocument a, string slug, string relativePath)
    {
        // Long strings first, so headlines, quotes and names are found inside them.
        var paragraphOffsets = new int[a.Paragraphs.Count];
        for (var i = 0; i < a.Paragraphs.Count; i++)
        {
            paragraphOffsets[i] = Append(a.Paragraphs[i].Text);
        }

        var captionOffsets = new int[a.Captions.Count];
        for (var i = 0; i < a.Captions.Count; i++)
        {
            captionOffsets[i] = Append(a.Captions[i].Text);
        }

        _frozen = _pool.ToString();

        Int(FormatVersion);
        String(slug);
        String(relativePath);
        String(a.Headline);
        Int((int)a.HeadlineSource);
        String(a.Language);
        String(a.Author);
        String(a.Source);
        String(a.Url);
        Int(a.Date?.Year ?? 0);
        Int(a.Date?.Month ?? 0);
        Int(a.Date?.Day ?? 0);
        Int(a.WordCount);

        Int(a.Tags.Count);
        foreach (var tag in a.Tags)
        {
            String(tag);
        }

        Int(a.Paragraphs.Count);
        for (var i = 0; i < a.Paragraphs.Count; i++)
        {
            var p = a.Paragraphs[i];
            Span(paragraphOffsets[i], p.Text.Length);
            Int(p.Line);
            Int(p.SectionIndex);
        }

        Int(a.Sections.Count);
        foreach (var s in a.Sections)
        {
            String(s.Title);
            Int(s.Line);
            Int(s.FirstParagraph);
            Int(s.ParagraphCount);
        }

        Int(a.Captions.Count);
        for (var i = 0; i < a.Captions.Count; i++)
        {
            var c = a.Captions[i];
            Int((int)c.Kind);
            Span(captionOffsets[i], c.Text.Length);
            String(c.Credit);
            Int(c.DurationSeconds ?? -1);
            Int(c.Line);
        }

        Int(a.Speakers.Count);
        foreach (var s in a.Speakers)
        {
            String(s.Name);
            String(s.Role);
        }

        Int(a.Quotes.Count);
        foreach (var q in a.Quotes)
        {
            var hint = q.Location switch
            {
                QuoteLocation.Paragraph => paragraphOffsets[q.ContainerIndex],
                QuoteLocation.Caption => captionOffsets[q.ContainerIndex],
                _ => -1,
            };
            String(q.Text, hint);
            Int(q.SpeakerIndex);
            Int(q.IsPartial ? 1 : 0);
            Int((int)q.Location);
            Int(q.ContainerIndex);
            Int(q.Line);
            Int(q.Column);
        }

        Int(a.SkippedQuotes.Count);
        foreach (var s in a.SkippedQuotes)
        {
            String(s.Text);
            String(s.Reason);
            Int(s.Line);
            Int(s.Column);
        }

        Text = _pool.ToString();
        Layout = _layout.ToString();
    }

    private int Append(string value)
    {
        var offset = _pool.Length;
        _pool.Append(value);
        return offset;
    }

    /// <summary>Writes a string reference, reusing text already pooled (searched from <paramref name="hint"/> first).</summary>
    private void String(string? value, int hint = -1)
    {
        if (value is null)
        {
            Span(-1, 0);
            return;
        }

        if (value.Length == 0)
        {
            Span(0, 0);
            return;
        }

        var offset = hint >= 0 ? _frozen.IndexOf(value, hint, StringComparison.Ordinal) : -1;
        if (offset < 0 && !_pooled.TryGetValue(value, out offset))
        {
            offset = _frozen.IndexOf(value, StringComparison.Ordinal);
            if (offset < 0)
            {
                offset = Append(value);
            }

            _pooled[value] = offset;
        }

        Span(offset, value.Length);
    }

    private void Span(int start, int length)
    {
        Int(start);
        Int(length);
    }

    private void Int(int value)
    {
        _layout.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
    }
}
