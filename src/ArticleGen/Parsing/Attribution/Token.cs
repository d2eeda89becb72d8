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
    /// <remarks>
    /// Never inlined: the name index calls it once per element, and inlined into that large loop (as the
    /// runtime's profile-guided inliner did) its character loop ran short of registers, reloading its
    /// variables from the stack at every character; compiled on its own it keeps them in registers.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Split(string text, int from, int to, List<Token> tokens)
    {
        tokens.Clear();
        var strings = WordStrings.Table;
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (CharClass.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!CharClass.IsLetterOrDigit(c))
            {
                // "l' Association": an elision written with a space after it (text extracted from a wiki
                // link) is still an elision; so is one right before a quote mark ("a déclaré qu'« … »") or at the text's end.
                if (c is '’' or '\'' && tokens.Count > 0 && tokens[tokens.Count - 1] is var prefix && prefix.End == i
                    && IsElision(text, prefix.Start, i) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '«' or '“' or '"'))
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
            i = WordEnd(text, start, to);

            // "M." and initials keep their period: "J. Kerry"; so do dotted acronyms: "U.S. Attorney Bash", the
            // abbreviations of four letters or fewer listed below ("Prof. Brian Cox") and a name's suffix ("Edward MacMahon Jr."),
            // even as the last word of a range that stops before its sentence's period ("said Martin Luther King Jr.").
            if ((i < to || (i == to && i < text.Length && IsNameSuffix(text, start, i - start))) && text[i] == '.' && i - start <= 4 && char.IsUpper(text[start])
                && ((i - start == 1 && !LetterEndsSentence(text, i + 1)) || IsDottedAcronym(text, start, i) || IsAbbreviation(text, start, i - start) || IsNameSuffix(text, start, i - start)))
            {
                i++;
            }

            tokens.Add(new Token(start, i, WordStrings.Get(strings, text, start, i - start)));
        }
    }

    /// <summary>
    /// Where the word starting at <paramref name="start"/> (a letter or digit) ends: letters and digits,
    /// a hyphen or period followed by a letter ("Jean-Marc", "a-t-il", "U.S"), and an apostrophe followed by
    /// a letter ("aujourd’hui"), except that an elision ends its own word ("qu’" in "qu’elle").
    /// </summary>
    private static int WordEnd(string text, int start, int to)
    {
        var i = start;
        while (i < to)
        {
            var c = text[i];
            if (CharClass.IsLetterOrDigit(c))
            {
                i++; // most characters of a word: tested first, and alone
                continue;
            }

            // "5:17 p.m.", "10:30": a colon between digits is a time's, no clause's.
            // ("over 4,000 members who called …", "3,5 %", "1.500 manifestants": a comma or a period between digits is a number's
            // separator, no clause's and no sentence's.)
            if (c is ':' or ',' or '.' && i + 1 < to && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c is '-' or '.')
            {
                if (i + 1 < to && CharClass.IsLetter(text[i + 1]))
                {
                    i++;
                    continue;
                }

                break;
            }

            // An apostrophe looks past the window's end: a window cut right after "S’" (before "il")
            // must still see the elision, not a name "S".
            if (c is '’' or '\'' && i + 1 < text.Length && CharClass.IsLetter(text[i + 1]))
            {
                // ("N'Diaye", "N'Golo Kanté", "Youssou N'Dour": a capital N before a capital is a name's, not "ne" elided.)
                var elision = IsElision(text, start, i) && !(i - start == 1 && text[start] == 'N' && char.IsUpper(text[i + 1]));
                if (i + 1 < to || elision)
                {
                    i++;
                    if (elision)
                    {
                        break; // "qu’" is a word of its own
                    }

                    continue;
                }
            }

            break;
        }

        return i;
    }

    /// <summary>Whether the letter whose period ends right before <paramref name="afterPeriod"/> ends a sentence ("la bombe H. La Corée …"): the period is then a token of its own.</summary>
    private static bool LetterEndsSentence(string text, int afterPeriod)
    {
        var next = afterPeriod;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next > afterPeriod && Sentences.LetterEndsSentence(text, next);
    }

    /// <summary>"Jr", "Sr": the suffixes that close a name, written with their period.</summary>
    internal static bool IsNameSuffix(string text, int start, int length) =>
        length == 2 && text[start + 1] == 'r' && text[start] is 'J' or 'S';

    /// <summary>Whether <c>text.Substring(start, length)</c> is one of <see cref="Abbreviations.BeforeNames"/>, compared in place.</summary>
    private static bool IsAbbreviation(string text, int start, int length)
    {
        foreach (var abbreviation in Abbreviations.BeforeNames)
        {
            if (abbreviation.Length == length && string.CompareOrdinal(text, start, abbreviation, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

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
