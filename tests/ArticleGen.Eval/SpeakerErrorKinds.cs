namespace ArticleGen.Eval;

/// <summary>
/// Sorts a wrong speaker into a few kinds, so that a set's errors can be counted without printing them:
/// the held-out set's totals by kind say which family of rules fails on unseen text while its lines stay unread.
/// </summary>
public static class SpeakerErrorKinds
{
    /// <summary>The kind of a wrong <paramref name="actual"/> speaker for <paramref name="expected"/>, among the article's <paramref name="all"/> expected quotes.</summary>
    public static string Of(ExpectedQuote expected, string? actual, IReadOnlyList<ExpectedQuote> all, string text)
    {
        if (actual is null)
        {
            return "no speaker given, one expected";
        }

        if (expected.Speaker is null)
        {
            return "speaker given, none expected";
        }

        var given = QuoteEvaluation.Normalize(actual);
        var names = new[] { expected.Speaker }.Concat(expected.Alternatives).Select(QuoteEvaluation.Normalize).ToList();
        var containing = names.FirstOrDefault(n => n.Contains(given, StringComparison.OrdinalIgnoreCase));
        if (containing is not null)
        {
            return "right speaker, too short: " + WhatIsMissing(containing, given);
        }

        var contained = names.FirstOrDefault(n => given.Contains(n, StringComparison.OrdinalIgnoreCase));
        if (contained is not null)
        {
            // The given speaker's own words around the expected one: a title left in, a clause run on.
            var start = given.IndexOf(contained, StringComparison.OrdinalIgnoreCase);
            var before = given[..start].Trim();
            var after = given[(start + contained.Length)..].Trim();
            return "right speaker, too long: " + (after.Length == 0 ? "words before" : before.Length == 0 ? "words after" : "words before and after")
                + (before.Length > 0 && !IsCapitalised(before) ? " (lower-case start)" : string.Empty);
        }

        // Someone the article quotes elsewhere: the rules chose among the article's speakers and chose wrong.
        var speakers = all.Where(q => q.Speaker is not null).SelectMany(q => new[] { q.Speaker! }.Concat(q.Alternatives)).Select(QuoteEvaluation.Normalize);
        return speakers.Any(s => s.Contains(given, StringComparison.OrdinalIgnoreCase) || given.Contains(s, StringComparison.OrdinalIgnoreCase))
            ? "another of the article's speakers"
            : "someone or something quoted nowhere in the article: " + (IsCapitalised(given) ? "a capitalised name" : "lower-case words")
                + (given.Contains(' ', StringComparison.Ordinal) ? " of several words"
                    : IsCapitalised(given) && ContainsWord(text, given.ToLowerInvariant()) ? " of one word, a common word (also written lower-case)" : " of one word");
    }

    // What the expected name has that the given one lacks: a determiner only, a given name (a surname
    // given alone), or other words of a description.
    private static string WhatIsMissing(string expected, string given)
    {
        var start = expected.IndexOf(given, StringComparison.OrdinalIgnoreCase);
        var before = expected[..start].Trim();
        var after = expected[(start + given.Length)..].Trim();
        if (after.Length == 0 && before.ToLowerInvariant() is "the" or "le" or "la" or "les" or "l'" or "un" or "une" or "a" or "an")
        {
            return "a determiner";
        }

        if (after.Length == 0 && IsCapitalised(before) && IsCapitalised(given) && !given.Contains(' ', StringComparison.Ordinal))
        {
            return "the first names (a surname alone)";
        }

        return after.Length == 0 ? "words before" : before.Length == 0 ? "words after" : "words before and after";
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalised(string text) => text.Length > 0 && char.IsUpper(text[0]);
}
