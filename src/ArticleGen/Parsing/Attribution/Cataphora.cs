using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// A quote given first and its speaker named by the sentence after it, which points back at the words:
/// "« … » C'est en ces termes que la présidente …, Valérie Chassagne, a qualifié …", "« … » Nathalie Dupuis
/// résume ainsi …", "« … » : ces mots, prononcés dimanche par X, …", "“…” That was how X described …",
/// "“…” Those words, spoken by X, …". Agency copy opens paragraphs this way; without the pointer
/// (ainsi, en ces termes, ces mots, that was how) the next sentence may be about anyone.
/// </summary>
internal static class Cataphora
{
    /// <summary>How far into the next sentence its pointer may be ("Professeure de … depuis vingt-deux ans …, X résume ainsi").</summary>
    private const int Reach = 60;

    /// <summary>The speaker the sentence right after <paramref name="quote"/> names by pointing back at it, if it does.</summary>
    public static Cue? Find(QuoteCandidate quote)
    {
        var text = quote.Element.Unit.Text;
        var start = quote.Close + 1;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is ':' or '.'))
        {
            start++;
        }

        // The next sentence, up to its end or the next quote's opening mark.
        var tokens = Token.Split(text, start, System.Math.Min(text.Length, start + (Reach * 8)));
        var end = 0;
        while (end < tokens.Count && end < Reach && tokens[end].Text is not ("." or "!" or "?" or "«" or "“" or "\""))
        {
            end++;
        }

        // "C'est ce qu'a indiqué lundi le procureur …, X, …", "C'est ainsi que X a décrit …": the presentative's "ce qu'a dit X",
        // read as after a colon.
        if (CueRules.AfterPresentative(tokens, 0) is int what && (CueRules.WhatXSaid(text, tokens, what) ?? ThusSubject(text, tokens, what, end)) is { } said)
        {
            return said;
        }

        for (var k = 0; k < end; k++)
        {
            var word = tokens[k].Lower;
            switch (word)
            {
                // "Nathalie Dupuis résume ainsi", "Ainsi s'exprime X" is left alone (rare, and "ainsi" opens many sentences).
                case "ainsi" when k >= 2 && IsLowerWord(tokens[k - 1]):
                    return NounPhrases.Subject(text, tokens, 0, k - 1) is { Kind: not SpeakerKind.Description } subject ? subject : null;

                // "X sums up the mood of …", "X summed it up", "X résume l'état d'esprit …": summing up points back at the words.
                case "sums" or "summed" or "summarises" or "summarizes" or "summarised" or "summarized" or "résume" or "résumait" when k >= 1:
                    return NounPhrases.Subject(text, tokens, 0, k) is { Kind: not SpeakerKind.Description } summary ? summary : null;

                // "C'est en ces termes que X a …", "In those terms, X …" is left alone.
                case "termes" when k >= 1 && tokens[k - 1].Lower == "ces" && k + 1 < end && tokens[k + 1].Lower is "que" or "qu'" or "qu’":
                    return SubjectFrom(text, tokens, k + 2, end);

                // "That was how X described", "This is how X put it", "C'est ainsi que" is the "ainsi" case above.
                case "how" when k >= 2 && k <= 3 && tokens[k - 1].Lower is "was" or "is" && tokens[k - 2].Lower is "that" or "this" or "so":
                    return SubjectFrom(text, tokens, k + 1, end);

                // "Voilà comment X a résumé …".
                case "comment" when k == 1 && tokens[0].Lower is "voilà" or "voici":
                    return SubjectFrom(text, tokens, k + 1, end);

                // "ces mots, prononcés dimanche soir par X, …", "Those words, spoken on Sunday by X, …".
                case "mots" or "propos" or "paroles" or "words" when k >= 1 && k <= 2 && tokens[k - 1].Lower is "ces" or "those" or "these":
                    return AgentAfter(text, tokens, k + 1, end);

                // "Those were the words of bus driver X, who …", "Ce sont les mots de X", "Telles sont les paroles de X".
                case "mots" or "propos" or "paroles" or "words" when k >= 3 && k <= 4 && tokens[k - 1].Lower is "the" or "les"
                    && tokens[k - 2].Lower is "were" or "are" or "sont" or "étaient" && k + 2 < end && tokens[k + 1].Lower is "of" or "de" or "du":
                    return NounPhrases.AfterMarker(text, tokens, k + 2);

                // "That was the message from X on Monday", "Such was the reply of X", "Tel est le message de X", "Telle fut la
                // réponse de X": one message or answer, and who sent it.
                case var message when k >= 3 && k <= 4 && k + 2 < end && CueRules.MessageNouns.Contains(message)
                    && tokens[k - 1].Lower is "the" or "le" or "la" && tokens[k - 2].Lower is "was" or "is" or "est" or "était" or "fut"
                    && tokens[k + 1].Lower is "of" or "from" or "de" or "du":
                    return CueRules.SenderAfterLink(text, tokens, k + 1);
            }
        }

        return null;
    }

    private static bool IsLowerWord(Token token) => token.IsWord && !token.IsCapitalized;

    /// <summary>
    /// "(c'est) ainsi que X a décrit …", "(c'est) en ces termes que X a qualifié …": after a presentative at <paramref name="at"/>,
    /// the subject of the clause that "que" opens; else null.
    /// </summary>
    public static Cue? ThusSubject(string text, List<Token> tokens, int at, int end)
    {
        var que = at < tokens.Count && tokens[at].Lower == "ainsi" ? at + 1
            : at + 2 < tokens.Count && tokens[at].Lower == "en" && tokens[at + 1].Lower == "ces" && tokens[at + 2].Lower == "termes" ? at + 3
            : -1;
        return que > 0 && que + 1 < end && tokens[que].Lower is "que" or "qu'" or "qu’" ? SubjectFrom(text, tokens, que + 1, end) : null;
    }

    /// <summary>The subject that opens a clause: its words up to its verb, the first lower-case auxiliary or speech verb ("X a qualifié", "X described").</summary>
    private static Cue? SubjectFrom(string text, List<Token> tokens, int from, int end)
    {
        for (var v = from + 1; v < end; v++)
        {
            if (SpeechVerbs.IsLowerCaseForm(tokens[v]) || (IsLowerWord(tokens[v]) && WordLists.FrenchAuxiliaries.Contains(tokens[v].Text)))
            {
                return NounPhrases.Subject(text, tokens, from, v);
            }
        }

        return null;
    }

    /// <summary>"prononcés … par X, …", "spoken … by X": the agent of the participle after the pointer.</summary>
    private static Cue? AgentAfter(string text, List<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (tokens[k].Lower is "par" or "by")
            {
                return NounPhrases.AfterMarker(text, tokens, k + 1);
            }
        }

        return null;
    }
}
