namespace ArticleGen.Parsing.Quotes;

/// <summary>
/// A quote found by the scanner, before filtering and attribution: where it sits (element and
/// character range of its text inside the element) and what the attributor decided.
/// </summary>
internal sealed class QuoteCandidate
{
    public QuoteCandidate(Element element, int elementOrder, int open, int textStart, int textEnd, int close, bool runsOn)
    {
        Element = element;
        ElementOrder = elementOrder;
        Open = open;
        TextStart = textStart;
        TextEnd = textEnd;
        Close = close;
        RunsOn = runsOn;
    }

    public Element Element { get; }

    /// <summary>The position of <see cref="Element"/> in reading order (the headline is 0 when it has quotes).</summary>
    public int ElementOrder { get; }

    /// <summary>Index of the opening mark (or dialogue dash) in the element's text.</summary>
    public int Open { get; }

    public int TextStart { get; }

    public int TextEnd { get; }

    /// <summary>Index of the closing mark, or the element's length when the quote runs on.</summary>
    public int Close { get; }

    /// <summary>A quote whose paragraph ends with no closing mark while the next paragraph opens with one (the English run-on convention, accepted with any mark).</summary>
    public bool RunsOn { get; }

    /// <summary>
    /// The quote's words. Cut once, on first use: the attribution rules, the partial-quote test, the
    /// filter and the model all read it, and each read was a new substring.
    /// </summary>
    public string Text => _text ??= Element.Unit.Text.Substring(TextStart, TextEnd - TextStart);

    private string? _text;

    public bool IsPartial { get; set; }

    public string? Speaker { get; set; }

    public string? Role { get; set; }

    /// <summary>True when the speaker came from a cue of this quote's own (not continued from the previous quote).</summary>
    public bool HasOwnCue { get; set; }

    /// <summary>
    /// True when the speaker is only whose interview turn holds the quote: a default, no evidence that the
    /// marks reproduce somebody's words, so the skip rules read the quote as one with no speaker.
    /// </summary>
    public bool SpeakerIsTurnOwner { get; set; }

    /// <summary>A speaker found by the text around the quote, not by default: what the skip rules weigh.</summary>
    public bool HasAttributedSpeaker => Speaker is not null && !SpeakerIsTurnOwner;

    public string? SkipReason { get; set; }
}
