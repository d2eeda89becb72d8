using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Definite descriptions by an office or a title: "the mayor", "the former minister", "la ministre", "le nouveau maire". Unlike
/// "the company" or "le texte", such a description can only be a person, so a pronoun that finds no named person may take it
/// as the speaker.
/// </summary>
internal static class OfficeDescriptions
{
    /// <summary>How many lower-case words may come between the determiner and the office noun: "the former deputy mayor".</summary>
    private const int ModifiersBeforeOffice = 2;

    /// <summary>
    /// The description a sentence opens on when a lower-case word other than a link follows it, its verb ("The mayor opposed",
    /// "Le maire s'est opposé"; not "The mayor of Paris", whose complement may name the person); else null.
    /// </summary>
    public static string? OpeningSubject(string text, List<Token> tokens)
    {
        var end = End(tokens);
        if (end < 0 || end >= tokens.Count || tokens[end] is not { IsWord: true, IsCapitalized: false } next
            || WordLists.NounLinks.Contains(next.Text) || WordLists.Prepositions.Contains(next.Text) || WordLists.ClauseBoundaries.Contains(next.Text))
        {
            return null;
        }

        return NounPhrases.Slice(text, tokens, 0, end);
    }

    /// <summary>The index after the office noun of a description that opens <paramref name="tokens"/>, else -1.</summary>
    private static int End(List<Token> tokens)
    {
        if (tokens.Count < 2 || !NameIndex.IsDefiniteDeterminer(tokens[0].Lower))
        {
            return -1;
        }

        for (var k = 1; k < tokens.Count && k <= ModifiersBeforeOffice + 1; k++)
        {
            if (tokens[k] is not { IsWord: true, IsCapitalized: false })
            {
                return -1;
            }

            if (IsOfficeNoun(tokens[k].Text))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The end of an office written with capitals that opens at <paramref name="start"/>: a determiner, capitalised words
    /// ending on the office's noun, a link, then the office's field or place up to <paramref name="to"/> or the phrase's end
    /// ("The United Nations High Commissioner for Human Rights", "the UN Special Envoy for Syria", "Le Haut Commissaire des
    /// Nations unies aux droits de l'homme"). Null when a known given name comes after the office (the person it introduces,
    /// "the Secretary of State Mike Pompeo"), when the phrase runs on past a description's length, or at any other shape.
    /// <paramref name="toEnd"/>: the phrase must run to <paramref name="to"/> (a subject before its verb).
    /// </summary>
    public static int? CapitalisedOfficeEnd(List<Token> tokens, int start, int to, bool toEnd)
    {
        if (to - start < 4 || !NameIndex.IsDefiniteDeterminer(tokens[start].Lower))
        {
            return null;
        }

        var k = start + 1;
        while (k < to && tokens[k] is { IsWord: true, IsCapitalized: true } && !GivenNames.Contains(tokens[k].Text))
        {
            k++;
        }

        if (k == start + 1 || k >= to - 1 || !IsCapitalisedOfficeNoun(tokens[k - 1].Text) || tokens[k].Lower is not ("for" or "of" or "on" or "to" or "de" or "des" or "du" or "d'" or "d’" or "aux" or "à"))
        {
            return null;
        }

        var end = k + 1;
        while (end < to && (tokens[end].IsWord || tokens[end].Text is "'" or "’") && !WordLists.TimeWords.Contains(tokens[end].Text)
            && !WordLists.ClauseBoundaries.Contains(tokens[end].Text) && !SpeechVerbs.IsSpeechVerb(tokens[end].Text))
        {
            if (GivenNames.Contains(tokens[end].Text))
            {
                return null;
            }

            end++;
        }

        // ("said the UN Special Envoy for Syria on Tuesday": the preposition of a time after the office is none of it.)
        if (end < to && WordLists.TimeWords.Contains(tokens[end].Text) && WordLists.Prepositions.Contains(tokens[end - 1].Text))
        {
            end--;
        }

        // ("le Général de Gaulle": "de" and one capitalised word after a title is a surname's particle, no field.)
        var noField = end == k + 1 || (end == k + 2 && tokens[k].Lower == "de") || WordLists.NounLinks.Contains(tokens[end - 1].Text);
        return noField || end - start > MaxOfficeTokens || (toEnd && end != to) ? null : end;
    }

    /// <summary>The longest office phrase read: a description's length and a field of a few words ("aux droits de l'homme").</summary>
    private const int MaxOfficeTokens = 14;

    // "Commissioner", "Minister", "Envoy", "Rapporteur", "Haut-Commissaire": the noun of an office that the capitalised words end on
    // (the titles, and these).
    private static bool IsCapitalisedOfficeNoun(string word) =>
        IsOfficeNoun(word) || CapitalisedOfficeNouns.Contains(word);

    private static readonly WordSet CapitalisedOfficeNouns = new(new[]
    {
        "envoy", "rapporteur", "ombudsman", "coordinator", "advocate", "spokesperson", "spokesman", "spokeswoman",
        "haut-commissaire", "envoyé", "envoyée", "rapporteure", "rapporteuse", "médiateur", "médiatrice", "défenseur", "défenseure",
    });

    // (Not the abbreviations of the title list, "dr.", "gen.": they come before a name, never alone after "the".)
    private static bool IsOfficeNoun(string word) =>
        WordLists.IsOfficeWord(word) && word.IndexOf('.') < 0;
}
