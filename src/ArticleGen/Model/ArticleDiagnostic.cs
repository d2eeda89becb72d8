namespace ArticleGen.Model;

/// <summary>
/// A problem found in an article, as plain data: the descriptor id, the message arguments and where
/// it is in the file. The pipeline turns it into a Roslyn <c>Diagnostic</c> only when reporting,
/// so models stay value-equal and hold no <c>Location</c>.
/// </summary>
internal sealed record ArticleDiagnostic(string Id, EquatableArray<string> Arguments, TextRange Range);

/// <summary>
/// A span of the article file: offsets into the text as given to the parser, and 0-based line and
/// character positions (what Roslyn's <c>LinePositionSpan</c> wants; the compiler prints them 1-based).
/// </summary>
internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public static readonly TextRange FileStart = new(0, 0, 0, 0, 0, 0);
}
