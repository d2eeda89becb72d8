using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// The office a name is given between commas, before or after it: "Le maire de Montreuil-Bellay, Daniel
/// Fourrier, a pris …", "Canada's immigration minister, Raj Bedi, announced …", "Guillaume Pepy, président
/// de la SNCF, a annoncé …". The name index notes it, so "l'élu" or "the minister" later finds the person.
/// </summary>
internal static class Appositions
{
    /// <summary>How many tokens an apposed office may hold.</summary>
    private const int MaxTokens = 10;

    /// <summary>The office written before or after the name at [<paramref name="start"/>, <paramref name="end"/>), else null.</summary>
    public static string? TitleAround(string text, List<Token> tokens, int start, int end) =>
        Before(text, tokens, start) ?? After(text, tokens, end) ?? InsideClause(text, tokens, start, end);

    // "La sénatrice … a interpellé | la ministre de la Santé, | Hélène Castaing, | sur …": an office in the middle of
    // its clause, after a verb or a preposition, with the name closed off by a second comma. (Without that comma,
    // "Selon le maire, Jean Dupont a menti" opens a new clause with another person.)
    private static string? InsideClause(string text, List<Token> tokens, int start, int end)
    {
        if (start < 3 || tokens[start - 1].Text != "," || end >= tokens.Count || tokens[end].Text is not ("," or "." or ")" or ";"))
        {
            return null;
        }

        for (var d = start - 2; d >= 0 && start - 1 - d <= MaxTokens && !IsBoundary(tokens[d]); d--)
        {
            // The nearest determiner whose noun is an office: "la ministre de la Santé", not "la Santé"; "the health minister",
            // one lower-case modifier before the office.
            if (OpensOfficePhrase(tokens, d, start - 1))
            {
                return Phrase(text, tokens, d, start - 1);
            }
        }

        return null;
    }

    // "Le maire de Montreuil-Bellay, | Daniel Fourrier": the clause opens on the office, then a comma.
    private static string? Before(string text, List<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Text != ",")
        {
            return null;
        }

        var phraseStart = start - 1;
        while (phraseStart > 0 && start - 1 - phraseStart < MaxTokens && !IsBoundary(tokens[phraseStart - 1]))
        {
            phraseStart--;
        }

        var opensClause = phraseStart == 0 || IsBoundary(tokens[phraseStart - 1]);

        // ("…, et son avocat, Me Stéphane Quiniou": a conjunction before the office is no part of it.)
        if (tokens[phraseStart].Lower is "et" or "and" && phraseStart + 1 < start - 1)
        {
            phraseStart++;
        }

        // ("La députée Margaux Vidal et la ministre du Travail, Françoise Kerdraon, …": the office after a conjunction inside
        // the clause is the second person's alone; not "le ministre de l'Économie et des Finances", whose "des" opens no office.)
        for (var k = start - 3; k > phraseStart; k--)
        {
            if (tokens[k - 1].Lower is "et" or "and" && OpensOfficePhrase(tokens, k, start - 1))
            {
                phraseStart = k;
                opensClause = true;
                break;
            }
        }

        // The office opens the clause: on a determiner or possessive ("Le maire", "Sa directrice",
        // "Canada's immigration minister") or on the office noun itself; "Selon le maire, Jean Dupont" does not.
        var first = tokens[phraseStart];
        if (!opensClause
            || !(WordLists.Determiners.Contains(first.Text) || NounPhrases.IsPossessive(first.Text) || WordLists.IsOfficeWord(first.Text)))
        {
            return null;
        }

        return Phrase(text, tokens, phraseStart, start - 1);
    }

    // A determiner at "at", then an office word, or one lower-case modifier and an office word, before "to".
    private static bool OpensOfficePhrase(List<Token> tokens, int at, int to) =>
        WordLists.Determiners.Contains(tokens[at].Text) && at + 1 < to
        && (WordLists.IsOfficeWord(tokens[at + 1].Text) || (at + 2 < to && tokens[at + 1] is { IsWord: true, IsCapitalized: false } && WordLists.IsOfficeWord(tokens[at + 2].Text)));

    // "Guillaume Pepy, | président de la SNCF, | a annoncé": an office in lower case after the comma.
    private static string? After(string text, List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "," || !tokens[end + 1].IsWord || (tokens[end + 1].IsCapitalized && !WordLists.Determiners.Contains(tokens[end + 1].Text)))
        {
            return null;
        }

        var phraseEnd = end + 1;
        while (phraseEnd < tokens.Count && phraseEnd - end <= MaxTokens && !IsBoundary(tokens[phraseEnd]) && !WordLists.ClauseBoundaries.Contains(tokens[phraseEnd].Text))
        {
            phraseEnd++;
        }

        return phraseEnd < tokens.Count && tokens[phraseEnd].Text == "," ? Phrase(text, tokens, end + 1, phraseEnd) : null;
    }

    // The words of the phrase, its leading determiners and possessives left out; null unless one of them is an
    // office word, which the index would note (most names' neighbours are none: no string is cut for them).
    private static string? Phrase(string text, List<Token> tokens, int from, int to)
    {
        while (from < to && (WordLists.Determiners.Contains(tokens[from].Text) || NounPhrases.IsPossessive(tokens[from].Text)))
        {
            from++;
        }

        for (var i = from; i < to; i++)
        {
            if (WordLists.IsOfficeWord(tokens[i].Text))
            {
                return NounPhrases.Slice(text, tokens, from, to);
            }

            // "Martine Grosjean, | a interpellé la ministre de la Santé, |": a determiner before the office word opens
            // another noun phrase (a verb's object); the office is someone else's.
            if (WordLists.Determiners.Contains(tokens[i].Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A lower-case noun that describes a person, right before the name: after a determiner ("le vigneron Bernard Lacombe", "the
    /// farmer John Hale"), or with no determiner after a modifier, a comma or a preposition ("by doctoral student Daniela
    /// Cárdenas", "The report's author, hydrologist Nguyen Thi Lan"); else null. (Not after "a"/"un": "a farmer John Hale met".)
    /// </summary>
    public static string? DescribingNounBefore(List<Token> tokens, int start) =>
        start >= 2 && (IsDescribingNoun(tokens[start - 1]) || IsNationalityAfterDefinite(tokens, start - 1)) && tokens[start - 2].Lower is not ("a" or "an" or "un" or "une")
            && (WordLists.Determiners.Contains(tokens[start - 2].Text) || tokens[start - 2].Text == "," || WordLists.Prepositions.Contains(tokens[start - 2].Text)
                || tokens[start - 2] is { IsWord: true, IsCapitalized: false }
                // ("Local farmer John Smith", "Texas farmer John Smith": a capitalised word opening the sentence.)
                || (tokens[start - 2] is { IsWord: true, IsCapitalized: true } && (start == 2 || tokens[start - 3].Text is "." or "!" or "?")))
            ? tokens[start - 1].Text
            : null;

    /// <summary>
    /// "Le poète haïtien Jean-Robert Désir", "la chercheuse belge Anne Roux": a French noun, then its adjective, then the name,
    /// after a definite determiner: the noun (so "le poète" names him later); else null.
    /// </summary>
    public static string? DescribingNounBeforeAdjective(List<Token> tokens, int start) =>
        start >= 3 && IsDescribingNoun(tokens[start - 1]) && IsDescribingNoun(tokens[start - 2]) && tokens[start - 3].Lower is "le" or "la" or "l'" or "l’"
            ? tokens[start - 2].Text
            : null;

    /// <summary>
    /// A lower-case noun alone between commas after the name ("Kevin Guéguen, étudiant, …", "la docteure Agnès Delmotte,
    /// pneumopédiatre."); else null.
    /// </summary>
    public static string? DescribingNounAfter(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || tokens[end].Text != ",")
        {
            return null;
        }

        // ("Karen Ross, a nurse at St James's Hospital, …": English gives the noun its indefinite article.)
        var noun = tokens[end + 1].Lower is "a" or "an" ? end + 2 : end + 1;
        if (noun + 1 >= tokens.Count || !IsDescribingNoun(tokens[noun]))
        {
            return null;
        }

        // ("Aurélie Ménard, infirmière de nuit au CHU de Nantes, …": the noun with its complement, up to the closing comma.)
        return tokens[noun + 1].Text is "," or "." or ")" or "et" or "and"
            || OpensComplement(tokens[noun + 1]) && ClosesWithin(tokens, noun + 2, 10)
            ? tokens[noun].Text
            : null;
    }

    /// <summary>
    /// The noun a sentence opens on before a comma and the name, "Infirmière depuis douze ans, Aurélie Ménard …", "A nurse for
    /// twelve years, Karen Ross …": the noun alone or before its complement (so "l'infirmière" names her later); else null.
    /// </summary>
    public static string? DescribingNounOpening(List<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Text != ",")
        {
            return null;
        }

        // The opening phrase: back to the sentence's start, with no other comma or mark in it, a dozen words at most.
        var first = start - 2;
        while (first > 0 && start - first < 12 && tokens[first - 1].IsWord)
        {
            first--;
        }

        if (first > 0 && tokens[first - 1].Text is not ("." or "!" or "?"))
        {
            return null;
        }

        var noun = tokens[first].Lower is "a" or "an" or "un" or "une" ? first + 1 : first;
        if (noun + 1 >= start || !tokens[noun].IsWord || WordLists.NotNames.Contains(tokens[noun].Text)
            || !IsDescribingNoun(new Token(tokens[noun].Start, tokens[noun].End, tokens[noun].Lower)))
        {
            return null;
        }

        // (Or the noun alone before the comma: "A nurse, Karen Ross …".)
        return OpensComplement(tokens[noun + 1]) || tokens[noun + 1].Lower is "depuis" or "since" // "Infirmière depuis douze ans, …"
            || noun + 1 == start - 1
            ? tokens[noun].Lower
            : null;
    }

    // A word that opens a describing noun's complement: "infirmière de nuit", "a nurse at St James's".
    private static bool OpensComplement(Token token) =>
        token.Lower is "de" or "du" or "des" or "d'" or "d’" or "au" or "aux" or "à" or "of" or "at" or "for" or "from" or "in";

    // A comma (or the sentence's end) within reach, with no verb-like boundary first: the apposition closes.
    private static bool ClosesWithin(List<Token> tokens, int from, int reach)
    {
        for (var i = from; i < tokens.Count && i < from + reach; i++)
        {
            if (tokens[i].Text is "," or "." or ")")
            {
                return true;
            }

            if (tokens[i].Text is ":" or ";" or "«" or "»" or "\"" or "“" or "”" || WordLists.ClauseBoundaries.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return false;
    }

    // "le Canadien Daniel Lussier", "the Portuguese Cristiano Ronaldo": a capitalised noun of nationality after a definite article.
    private static bool IsNationalityAfterDefinite(List<Token> tokens, int at) =>
        at >= 1 && tokens[at - 1].Lower is "le" or "la" or "the" && WordLists.IsNationalityNoun(tokens[at].Text);

    private static bool IsDescribingNoun(Token token) =>
        token is { IsWord: true, IsCapitalized: false } && token.Text.Length >= 4 && !WordLists.Fillers.Contains(token.Text) && !WordLists.Prepositions.Contains(token.Text)
        && !WordLists.Determiners.Contains(token.Text) && !WordLists.ClauseBoundaries.Contains(token.Text) && !WordLists.TimeWords.Contains(token.Text)
        && !SpeechVerbs.IsSpeechVerb(token.Text) && !WordLists.NounLinks.Contains(token.Text);

    private static bool IsBoundary(Token token) => token.Text is "," or "." or ";" or ":" or "(" or ")" or "!" or "?" or "«" or "»" or "\"" or "“" or "”";
}
