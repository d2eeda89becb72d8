using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>A word or punctuation mark of an element's text, with its position.</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary><c>Text.ToLowerInvariant()</c>, kept from one call to the next for the tokeniser's word strings (<see cref="WordStrings.Lower"/>).</summary>
    public string Lower => WordStrings.Lower(Text);

    /// <summary>
    /// Splits text into words and single punctuation marks. French elisions are their own token
    /// (<c>qu’elle</c> → <c>qu’</c> <c>elle</c>, <c>l’armée</c> → <c>l’</c> <c>armée</c>) so determiners and
    /// conjunctions are seen; hyphenated words (<c>Jean-Marc</c>, <c>a-t-il</c>) stay whole.
    /// </summary>
    public static List<Token> Split(string text, int from, int to)
    {
        // Presized from the window's length (news text averages more than five characters a token,
        // punctuation included): growing from empty copied and discarded each list several times,
        // the largest single cost of a parse in a CPU profile.
        var tokens = new List<Token>(System.Math.Max(4, (to - from) / 5));
        Split(text, from, to, tokens);
        return tokens;
    }

    /// <summary>
    /// <see cref="Split(string, int, int)"/> into <paramref name="tokens"/>, emptied first: a caller that
    /// tokenises many texts in turn and keeps none of the lists (the name index reads every element)
    /// reuses one list instead of allocating one per text.
    /// </summary>
    public static void Split(string text, int from, int to, List<Token> tokens)
    {
        tokens.Clear();
        var strings = WordStrings.Table;
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                // "l' Association": an elision written with a space after it (text extracted from a wiki
                // link) is still an elision.
                if (c is '’' or '\'' && tokens.Count > 0 && tokens[tokens.Count - 1] is var prefix && prefix.End == i
                    && IsElision(text, prefix.Start, i) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                {
                    tokens[tokens.Count - 1] = new Token(prefix.Start, i + 1, WordStrings.Get(strings, text, prefix.Start, i + 1 - prefix.Start));
                    i++;
                    continue;
                }

                tokens.Add(new Token(i, i + 1, WordStrings.Get(strings, text, i, 1)));
                i++;
                continue;
            }

            var start = i;
            // An apostrophe looks past the window's end: a window cut right after "S’" (before "il")
            // must still see the elision, not a name "S".
            while (i < to && (IsAsciiLetter(text[i]) || char.IsLetterOrDigit(text[i]) || ((text[i] is '-' or '.') && i + 1 < to && char.IsLetter(text[i + 1]))
                || (text[i] is '’' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i + 1 < to || IsElision(text, start, i)))))
            {
                if (text[i] is '’' or '\'' && IsElision(text, start, i))
                {
                    i++;
                    break;
                }

                i++;
            }

            // "M." and initials keep their period: "J. Kerry"; so do dotted acronyms: "U.S. Attorney Bash".
            if (i < to && text[i] == '.' && i - start <= 3 && char.IsUpper(text[start]) && (i - start == 1 || IsDottedAcronym(text, start, i) || text.Substring(start, i - start) is "Mr" or "Dr" or "Mme" or "Ms" or "Mrs" or "St" or "Pr" or "Sen" or "Gov" or "Rep" or "Gen"))
            {
                i++;
            }

            tokens.Add(new Token(start, i, WordStrings.Get(strings, text, start, i - start)));
        }
    }

    /// <summary>A-Z or a-z (one test for the commonest characters of a word, before the general ones).</summary>
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>"U.S", "U.K", "U.N" (before their last period): capitals joined by periods.</summary>
    private static bool IsDottedAcronym(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if ((k - start) % 2 == 0 ? !char.IsUpper(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return end - start >= 3;
    }

    private static readonly string[] Elisions = { "l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu" };

    private static bool IsElision(string text, int start, int apostrophe)
    {
        // Asked at every apostrophe inside a word (twice): compared in place when the prefix is ASCII,
        // with no lower-case copy. Lower-casing keeps a string's length, so a longer prefix is none.
        var length = apostrophe - start;
        if (length > 6)
        {
            return false;
        }

        for (var k = start; k < apostrophe; k++)
        {
            if (text[k] > '\u007F')
            {
                var prefix = text.Substring(start, length).ToLowerInvariant();
                return System.Array.IndexOf(Elisions, prefix) >= 0;
            }
        }

        foreach (var elision in Elisions)
        {
            if (elision.Length == length && string.Compare(text, start, elision, 0, length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
