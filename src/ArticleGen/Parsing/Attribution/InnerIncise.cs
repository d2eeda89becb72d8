using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// "« Nous avons été pris de court, reconnaît le maire, Jean-Claude Rivière. Personne n'imaginait … »": French
/// typography keeps the incise inside the marks, between commas, with its verb first (inverted), and
/// the quote goes on after it. The incise names the quote's speaker as an incise after the marks would.
/// </summary>
internal static class InnerIncise
{
    /// <summary>How long an incise inside the marks may be, from its comma to the end of its sentence.</summary>
    private const int MaxInciseTokens = 40;

    /// <summary>The speaker an incise inside <paramref name="quote"/> names, if it holds one.</summary>
    public static Cue? Find(QuoteCandidate quote)
    {
        var text = quote.Element.Unit.Text;

        // Only « »: English closes its marks around an incise ("…," said X, "…"), and a comma and a verb
        // inside “ ” are the speaker's own words.
        if (quote.Open >= text.Length || text[quote.Open] != '«')
        {
            return null;
        }

        // Each comma in turn, tokenised only around it and only when the word after it may open an incise: most
        // commas of a quote open none, and tokenising every quote whole cost 8 % more allocations on a long article.
        var table = WordStrings.Table;
        for (var at = text.IndexOf(',', quote.TextStart, quote.TextEnd - quote.TextStart); at >= 0; at = at + 1 < quote.TextEnd ? text.IndexOf(',', at + 1, quote.TextEnd - at - 1) : -1)
        {
            if (!MayOpenIncise(text, at + 1, quote.TextEnd, table))
            {
                continue;
            }

            var windowStart = System.Math.Max(quote.TextStart, at - WindowBefore);
            var tokens = Token.Split(text, windowStart, System.Math.Min(quote.TextEnd, at + WindowAfter));
            var comma = tokens.FindIndex(t => t.Start == at);
            if (comma < 0 || comma + 1 >= tokens.Count || !OpensInvertedIncise(tokens, comma + 1) || FollowsApposedSubject(tokens, comma, windowStart == quote.TextStart))
            {
                continue;
            }

            // The incise runs to the end of its sentence: "…, reconnaît le maire, Jean-Claude Rivière. Personne …". (Bounded,
            // so a quote of many commas and no full stop stays linear.)
            var end = comma + 1;
            while (end < tokens.Count && end - comma <= MaxInciseTokens && tokens[end].Text is not ("." or "!" or "?" or ";" or ":" or "«" or "»" or "“" or "”" or "\"" or "(" or "—" or "–"))
            {
                end++;
            }

            if (end - comma > MaxInciseTokens || (end < tokens.Count && tokens[end].Text is not ("." or ";")))
            {
                continue; // "…, dit-il ? …", "…, ajoute-t-il : « … »": a question or a lead-in; or no end in reach: no incise
            }

            var incise = tokens.GetRange(comma, end - comma);
            if (CueRules.After(text, incise) is { } cue && IsSpeaker(cue))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>How many characters before a comma are read for the subject set off before it ("Le maire, Jean Dupont, a …").</summary>
    private const int WindowBefore = 200;

    /// <summary>How many characters after a comma are read for the incise: more than <see cref="MaxInciseTokens"/> tokens hold.</summary>
    private const int WindowAfter = 600;

    /// <summary>
    /// Whether the word after a comma may open an inverted incise, read without tokenising: a lower-case speech verb or
    /// auxiliary ("reconnaît", "a", "avait-il"), or the reflexive "s'"/"se" ("s'est indigné").
    /// </summary>
    private static bool MayOpenIncise(string text, int from, int to, WordStrings.WordTable table)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        if (from >= to || !char.IsLower(text[from]))
        {
            return false;
        }

        var end = from;
        while (end < to && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        if (end < to && text[end] is '\'' or '’' && end - from is 1 or 2)
        {
            return true; // "s'est", "s’indigne" (and "l'", "d'", which the tokens then turn down)
        }

        var word = WordStrings.Get(table, text, from, end - from);
        var dash = word.IndexOf('-');
        return SpeechVerbs.IsSpeechVerb(word) || WordLists.FrenchAuxiliaries.Contains(dash > 0 ? word.Substring(0, dash) : word) || word == "se";
    }

    /// <summary>
    /// An inverted speech verb after the comma, in lower case: "reconnaît le maire", "a reconnu X",
    /// "avait-il expliqué", "ajoute-t-elle". A verb after its subject ("…, le maire reconnaît …") is the
    /// speaker's own sentence, no incise.
    /// </summary>
    private static bool OpensInvertedIncise(List<Token> tokens, int v)
    {
        var token = tokens[v];
        if (!token.IsWord || token.IsCapitalized)
        {
            return false;
        }

        if (SpeechVerbs.IsSpeechVerb(token.Text))
        {
            return true;
        }

        // "s'indigne X", "s'est indigné X", "s'était étonnée X": a reflexive speech verb.
        if (token.Lower is "s'" or "s’" or "se" && v + 1 < tokens.Count)
        {
            return SpeechVerbs.IsSpeechVerb(tokens[v + 1].Text)
                || (tokens[v + 1].Lower is "est" or "était" && v + 2 < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[v + 2].Text));
        }

        // "a-t-il ajouté", "avait-elle confié", "a reconnu", "avait pourtant expliqué".
        var word = token.Lower;
        var dash = word.IndexOf('-');
        var auxiliary = dash > 0 ? word.Substring(0, dash) : word;
        if (!WordLists.FrenchAuxiliaries.Contains(auxiliary))
        {
            return false;
        }

        for (var p = v + 1; p < tokens.Count && p <= v + 3; p++)
        {
            if (SpeechVerbs.IsSpeechVerb(tokens[p].Text) && !tokens[p].IsCapitalized)
            {
                return true;
            }

            if (!WordLists.Fillers.Contains(tokens[p].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "« Le maire, Jean Dupont, a reconnu ses torts. »": a name (or "lui", "elle") alone between the commas
    /// before the verb is its subject, set off before it; the verb is the sentence's, no incise.
    /// </summary>
    private static bool FollowsApposedSubject(List<Token> tokens, int comma, bool windowOpensQuote)
    {
        var start = comma;
        while (start > 0 && tokens[start - 1].Text is not ("," or "." or "!" or "?" or ";" or ":"))
        {
            start--;
        }

        // (A segment cut by the window's start is no whole segment: it is long, so no name alone.)
        if (start == comma || (start == 0 && !windowOpensQuote))
        {
            return false;
        }

        return (comma - start == 1 && tokens[start].Lower is "lui" or "elle" or "eux" or "elles")
            || (NounPhrases.IsNameStart(tokens, start) && NounPhrases.NameEnd(tokens, start, comma) == comma);
    }

    /// <summary>A person, a pronoun, or a description opened by a determiner ("le maire"): "dit de compromis" names no one.</summary>
    private static bool IsSpeaker(Cue cue) =>
        cue.Kind != SpeakerKind.Description || !(cue.Text.StartsWith("de ", System.StringComparison.Ordinal) || cue.Text.StartsWith("d'", System.StringComparison.Ordinal) || cue.Text.StartsWith("d’", System.StringComparison.Ordinal));
}
