namespace ArticleGen;

/// <summary>
/// Words between quote marks that ArticleGen did not count as a quote (a single word, the title of a
/// work, a nickname, a scare-quoted term), with the reason, so an author can see why.
/// </summary>
public sealed class SkippedQuote
{
    internal SkippedQuote(string text, string reason, int line, int column)
    {
        Text = text;
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>The characters between the quote marks, trimmed.</summary>
    public string Text { get; }

    /// <summary>Why it is not a quote, e.g. "single word" or "title of a work".</summary>
    public string Reason { get; }

    /// <summary>The 1-based line of the opening quote mark.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the opening quote mark.</summary>
    public int Column { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;
}
