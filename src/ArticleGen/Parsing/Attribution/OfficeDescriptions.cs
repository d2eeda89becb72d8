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

    // (Not the abbreviations of the title list, "dr.", "gen.": they come before a name, never alone after "the".)
    private static bool IsOfficeNoun(string word) =>
        WordLists.IsOfficeWord(word) && word.IndexOf('.') < 0;
}
