using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// The subject of a French inverted incise comes after every complement of its verb, however long:
/// "« … », a martelé mardi matin devant le dépôt de bus de Vitry-sur-Seine, où une centaine de salariés
/// s'étaient rassemblés, Nadia Ferhat, secrétaire générale de la CGT-RATP." When the words right after the
/// verb give no person, the name that closes the incise (alone between commas, or before its apposition) is
/// the subject.
/// </summary>
internal static class LateSubject
{
    /// <summary><paramref name="found"/>, unless it is no person and a name closes the incise after it.</summary>
    public static Cue? Prefer(string text, List<Token> tokens, int afterVerb, Cue? found)
    {
        if (found is { Kind: SpeakerKind.Pronoun } || (found is { Kind: SpeakerKind.Name } && !HasLowerCaseWord(found.Text)))
        {
            return found;
        }

        return Closing(text, tokens, afterVerb) ?? found;
    }

    // The incise's comma-separated segments, from the verb to the end of its sentence: the last one is the
    // apposition (a lower-case role) and the one before it the name, or the last one is the name; two
    // segments at least come before the name, so the name is not the verb's first complement.
    private static Cue? Closing(string text, List<Token> tokens, int from)
    {
        // (The last two commas and how many there are: all the rule reads of them.)
        var end = from;
        var commas = 0;
        var last = -1;
        var beforeLast = -1;
        while (end < tokens.Count && tokens[end].Text is not ("." or ";" or "!" or "?" or ":" or "«" or "»" or "\"" or "“" or "”"))
        {
            if (tokens[end].Text == ",")
            {
                (beforeLast, last) = (last, end);
                commas++;
            }

            end++;
        }

        if (commas < 2)
        {
            return null;
        }

        if (NameSegment(tokens, last + 1, end) is { } closing)
        {
            return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, closing.Start, closing.End), null);
        }

        if (commas >= 3 && last + 1 < end && tokens[last + 1] is { IsWord: true, IsCapitalized: false }
            && NameSegment(tokens, beforeLast + 1, last) is { } apposed)
        {
            return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, apposed.Start, apposed.End), NounPhrases.Slice(text, tokens, last + 1, end));
        }

        return null;
    }

    // "Nadia Ferhat", "le docteur Alain Meyssonnier": titles or a determiner, then a name of two words or more
    // that fills the segment.
    private static (int Start, int End)? NameSegment(List<Token> tokens, int from, int to)
    {
        var start = from;
        while (start < to && (WordLists.Determiners.Contains(tokens[start].Text) || WordLists.Titles.Contains(tokens[start].Text)))
        {
            start++;
        }

        if (start >= to || !NounPhrases.IsNameStart(tokens, start))
        {
            return null;
        }

        var end = NounPhrases.NameEnd(tokens, start, to);
        return end == to && end - start >= 2 ? (start, end) : null;
    }

    private static bool HasLowerCaseWord(string text)
    {
        foreach (var word in WordStrings.SplitOnSpaces(text))
        {
            if (char.IsLower(word[0]) && !WordLists.NameParticles.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
