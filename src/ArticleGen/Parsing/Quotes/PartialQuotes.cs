namespace ArticleGen.Parsing.Quotes;

/// <summary>
/// Partial quotes are woven into the narrator's sentence (<c>a jugé la réponse « pas satisfaisante »</c>,
/// <c>described it as "a historic mistake"</c>); standalone ones are the speaker's own sentence
/// (<c>« Il ne s’est rien passé », a asséné…</c>, <c>X said: "…"</c>).
/// </summary>
internal static class PartialQuotes
{
    public static bool IsPartial(QuoteCandidate quote)
    {
        var text = quote.Element.Unit.Text;
        if (quote.Open < text.Length && text[quote.Open] is '—' or '–')
        {
            return false; // a dialogue turn
        }

        var i = quote.Open - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var before = text[i];
        if (!(char.IsLetterOrDigit(before) || before is '’' or '\''))
        {
            return false; // after a sentence end, a colon, a comma or a dash: it opens its own sentence
        }

        // After a word, it is still the speaker's own sentence when it starts with a capital and
        // ends like a sentence: He said "We will rebuild."
        var body = quote.Text;
        if (body.Length > 0 && char.IsUpper(body[0]))
        {
            var last = body[body.Length - 1];
            var afterClose = quote.Close + 1 < text.Length ? text[quote.Close + 1] : '.';
            return !(last is '.' or '!' or '?' or '…' || (afterClose is ',' && LineShapes.CountWords(body) > 3));
        }

        return true;
    }
}
