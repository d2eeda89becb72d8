using System;
using System.Collections.Generic;
using System.Text;
using ArticleGen.Model;

namespace ArticleGen.Emit;

/// <summary>
/// Encodes an article as two strings: the text, every string of the article pooled (a quote is
/// found inside its paragraph rather than stored twice; <see cref="AppendTextLiteral"/>), and the
/// layout, the integers that say where each element's strings sit in it (<see cref="AppendLayout"/>). The format is documented on
/// <c>ArticleGen.LayoutReader</c> in the runtime, which reads it back; a round-trip test keeps them in step.
/// </summary>
internal sealed class LayoutWriter
{
    public const int FormatVersion = 1;

    // The paragraphs and captions are copied once into one buffer, and only the few strings not found
    // inside them (names, roles, skipped quotes) are added after them: the generator writes one layout
    // per article, and a pool grown from 16 characters then copied out twice allocated about five times
    // the article's text (docs/performance.md). Text and layout stay in buffers until they are copied
    // into the generated file (turned into strings first, each was one more copy of them), and the buffers
    // are kept for the next article on the thread (EmitBuffers).
    private readonly CharBuffer _text;
    private readonly CharBuffer _layout;
    private readonly Dictionary<string, int> _pooled;

    /// <summary>The length of the paragraphs and captions at the start of <see cref="_text"/>, where strings are searched.</summary>
    private int _searchedLength;

    /// <summary>The digits of one integer, written from the end (ten are enough for any <see cref="int"/>).</summary>
    private readonly char[] _digits = new char[10];

    private LayoutWriter(EmitBuffers buffers)
    {
        _text = buffers.Text;
        _layout = buffers.Layout;
        _pooled = buffers.Pooled;
    }

    /// <summary>Writes an article's text and layout into <paramref name="buffers"/> (empty), which the writer reads them from until they are returned.</summary>
    public static LayoutWriter Write(ArticleDocument article, string slug, string relativePath, EmitBuffers buffers)
    {
        var writer = new LayoutWriter(buffers);
        writer.WriteArticle(article, slug, relativePath);
        return writer;
    }

    private void WriteArticle(ArticleDocument a, string slug, string relativePath)
    {
        // Long strings first, so headlines, quotes and names are found inside them.
        var paragraphOffsets = new int[a.Paragraphs.Count];
        for (var i = 0; i < a.Paragraphs.Count; i++)
        {
            paragraphOffsets[i] = _text.Length;
            _text.Append(a.Paragraphs[i].Text);
        }

        var captionOffsets = new int[a.Captions.Count];
        for (var i = 0; i < a.Captions.Count; i++)
        {
            captionOffsets[i] = _text.Length;
            _text.Append(a.Captions[i].Text);
        }

        _searchedLength = _text.Length;

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
    }

    /// <summary>
    /// Appends the article's pooled text (the paragraphs and captions, then the strings found nowhere in
    /// them) as a C# string literal, read from the buffer it was pooled in.
    /// </summary>
    public void AppendTextLiteral(StringBuilder builder) => CSharpText.AppendLiteral(builder, _text.Chars, _text.Length);

    /// <summary>Appends the layout (the integers that place every string in the pooled text, each followed by a comma) from its buffer.</summary>
    public void AppendLayout(StringBuilder builder) => builder.Append(_layout.Chars, 0, _layout.Length);

    /// <summary>Where <paramref name="value"/> first occurs in the paragraphs and captions at or after <paramref name="start"/>, or -1.</summary>
    private int IndexInParagraphsAndCaptions(string value, int start)
    {
        var found = _text.AsSpan(start, _searchedLength - start).IndexOf(value.AsSpan());
        return found < 0 ? -1 : start + found;
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

        var offset = hint >= 0 ? IndexInParagraphsAndCaptions(value, hint) : -1;
        if (offset < 0 && !_pooled.TryGetValue(value, out offset))
        {
            offset = IndexInParagraphsAndCaptions(value, 0);
            if (offset < 0)
            {
                // Found nowhere in them: pooled after them.
                offset = _text.Length;
                _text.Append(value);
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

    /// <summary>
    /// Appends <paramref name="value"/> as <c>ToString(CultureInfo.InvariantCulture)</c> writes it (a minus
    /// sign, then digits), and a comma, without a string per integer: an article's layout holds hundreds.
    /// </summary>
    private void Int(int value)
    {
        var magnitude = (uint)value;
        if (value < 0)
        {
            _layout.Append('-');
            magnitude = 0u - magnitude; // int.MinValue's magnitude fits a uint
        }

        var start = _digits.Length;
        do
        {
            _digits[--start] = (char)('0' + (magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        _layout.Append(_digits, start, _digits.Length - start);
        _layout.Append(',');
    }
}
