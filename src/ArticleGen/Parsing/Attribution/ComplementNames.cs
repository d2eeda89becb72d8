using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// "a déclaré un porte-parole de Donald Trump", "said a friend of John Smith", "a confié un proche de François Fillon":
/// someone described, with an indefinite article, by whom or what they belong to. The name after the description's
/// preposition is its complement, not the speaker; the speaker is the description, name included, as the article
/// writes it. (A definite description is an office and its holder: "le ministre de l'Intérieur Christophe Castaner".)
/// </summary>
internal static class ComplementNames
{
    // Enough for "un haut responsable de l'administration de Barack Obama"; a longer run is no such description.
    private const int MaxWordsBeforeName = 8;

    /// <summary>
    /// The description that opens at token <paramref name="j"/> when it is indefinite and ends on a preposition, maybe a
    /// title, and a name: the whole phrase as a description; else null.
    /// </summary>
    public static Cue? Find(string text, List<Token> tokens, int j, int n)
    {
        // ("un communiqué de l'Élysée": a statement speaks for whoever issued it, read by the statement rules.)
        if (j + 3 >= n || tokens[j].Lower is not ("un" or "une" or "a" or "an") || tokens[j + 1] is not { IsWord: true, IsCapitalized: false }
            || WordLists.StatementNouns.Contains(tokens[j + 1].Text))
        {
            return null;
        }

        var limit = System.Math.Min(n - 1, j + 1 + MaxWordsBeforeName);
        for (var k = j + 2; k < limit; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || token.IsCapitalized)
            {
                return null; // a comma, a clause's mark or a capitalised word before any preposition: not this shape
            }

            // ("du", "des" are links as well as articles; "le", "the" are articles only.)
            if (!WordLists.Prepositions.Contains(token.Text) && !(WordLists.NounLinks.Contains(token.Text) && token.Lower is not ("le" or "la" or "les" or "l’" or "l'" or "the")))
            {
                continue;
            }

            // "un expert auprès du Parisien", "un proche à l'AFP", "un expert sur France Info", "une source dans Le Monde": whom
            // the description spoke to, or where; the description ends before it.
            if (token.Lower is "à" or "au" or "aux" or "auprès" or "sur" or "dans" or "on")
            {
                return null;
            }

            // ("un texte publié par la préfecture du Var": a passive's agent, read by the statement rules.)
            if (token.Lower is "par" or "by")
            {
                return null;
            }

            // ("un proche de la ministre Agnès Buzyn", "a spokesperson for Prime Minister Justin Trudeau": titles before the name.)
            var nameStart = NounPhrases.SkipTitles(tokens, k + 1, n);
            if (nameStart < n && NounPhrases.IsNameStart(tokens, nameStart))
            {
                var end = NounPhrases.NameEnd(tokens, nameStart, n);

                // "a friend of John Smith, Mary Jones, said": a name apposed after the complement is the person's.
                if (end + 1 < n && tokens[end].Text == "," && NounPhrases.IsNameStart(tokens, end + 1))
                {
                    return null;
                }

                // "an official in the Obama administration": the name modifies a noun after it; the phrase goes on.
                if (end < n && tokens[end] is { IsWord: true } after && !WordLists.Prepositions.Contains(after.Text) && !WordLists.TimeWords.Contains(after.Text))
                {
                    return null;
                }

                return new Cue(SpeakerKind.Description, NounPhrases.Slice(text, tokens, j, end), null);
            }
        }

        return null;
    }
}
