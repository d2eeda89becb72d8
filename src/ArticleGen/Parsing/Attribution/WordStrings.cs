namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// The strings of the words the tokeniser cuts, reused from one text to the next: the same words
/// ("de", "la", ",", "said", the article's names) come back in every window the rules tokenise, and
/// a new substring for each was a third of the tokeniser's time (allocating and collecting it).
/// A small table per thread (the generator parses articles in parallel), indexed by a hash of the
/// characters; a slot holds the last word that hashed there, so it never grows and needs no lock.
/// Equal strings whatever the slot held: only the allocation is saved.
/// </summary>
internal static class WordStrings
{
    /// <summary>A power of two: about the distinct short words of a few articles.</summary>
    private const int Slots = 4096;

    /// <summary>Longer words are rare and seldom repeat: they are cut as they are.</summary>
    private const int MaxCachedLength = 24;

    /// <summary>
    /// One thread's words, and beside each the lower-case form once a rule asked for it
    /// (<see cref="Token.Lower"/>): the rules lower-case the same words again and again, and a
    /// capitalised word's lower-case form was a new string each time.
    /// </summary>
    internal sealed class WordTable
    {
        public readonly string?[] Words = new string?[Slots];

        /// <summary><c>Words[slot].ToLowerInvariant()</c> once asked for; null until then, and again when the slot's word changes.</summary>
        public readonly string?[] Lowers = new string?[Slots];
    }

    [System.ThreadStatic]
    private static WordTable? t_table;

    /// <summary>This thread's table: a tokeniser fetches it once per text, as a thread-static read is not free.</summary>
    public static WordTable Table => t_table ??= new WordTable();

    /// <summary><c>text.Substring(start, length)</c>, without a new string when this thread cut the same word lately.</summary>
    public static string Get(WordTable table, string text, int start, int length)
    {
        if (length > MaxCachedLength)
        {
            return text.Substring(start, length);
        }

        var slot = Slot(text, start, length);
        var cached = table.Words[slot];
        if (cached is not null && SameCharacters(cached, text, start, length))
        {
            return cached;
        }

        table.Lowers[slot] = null;
        return table.Words[slot] = text.Substring(start, length);
    }

    /// <summary>Whether <paramref name="word"/> ends with one of <paramref name="endings"/>, compared ordinally. (A loop, not
    /// List.Exists with a lambda: no closure a call.)</summary>
    public static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>text.Split(Separators.Spaces, StringSplitOptions.RemoveEmptyEntries)</c> (space and no-break space), each
    /// word taken from this thread's table: the rules split names, titles and descriptions that the tokeniser has just
    /// cut word by word, so their words are mostly there already; a new substring for each was about 4 KB of a
    /// seed-sized parse's 56 KB.
    /// </summary>
    public static string[] SplitOnSpaces(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = c is ' ' or '\u00A0';
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        if (count == 0)
        {
            return System.Array.Empty<string>();
        }

        var table = Table;
        var words = new string[count];
        var next = 0;
        var i = 0;
        while (next < count)
        {
            while (text[i] is ' ' or '\u00A0')
            {
                i++;
            }

            var start = i;
            while (i < text.Length && text[i] is not (' ' or '\u00A0'))
            {
                i++;
            }

            words[next++] = Get(table, text, start, i - start);
        }

        return words;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is <c>text.Substring(start, length)</c>. A plain loop: the words are
    /// short (five characters on average), where a call to a vectorised compare cost more than the compare.
    /// </summary>
    private static bool SameCharacters(string word, string text, int start, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (word[k] != text[start + k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>word.ToLowerInvariant()</c>, computed once for a word string this thread's tokeniser handed out
    /// and still holds (the very same instance, so the same characters); any other string is lower-cased
    /// as it comes.
    /// </summary>
    public static string Lower(string word)
    {
        // Most words the rules lower-case are lower-case ASCII already ("de", "said", ","), for which
        // ToLowerInvariant gives back the same characters: returned as they are, with no thread-static
        // read of the table (a call into the runtime on Linux) and no hash.
        if (IsLowerCaseAscii(word))
        {
            return word;
        }

        var table = t_table;
        if (table is not null && word.Length is > 0 and <= MaxCachedLength)
        {
            var slot = Slot(word, 0, word.Length);
            if (ReferenceEquals(table.Words[slot], word))
            {
                return table.Lowers[slot] ??= word.ToLowerInvariant();
            }
        }

        return word.ToLowerInvariant();
    }

    /// <summary>Whether every character is ASCII and none a capital: what <c>ToLowerInvariant</c> leaves unchanged for certain.</summary>
    private static bool IsLowerCaseAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > '\u007F' || c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A cheap hash (length, first, middle and last characters): a collision costs only a compare and a new string.</summary>
    private static int Slot(string text, int start, int length)
    {
        var last = start + length - 1;
        var hash = (length * 7919) ^ (text[start] * 31) ^ (text[start + (length >> 1)] * 1009) ^ (text[last] * 131);
        return hash & (Slots - 1);
    }
}
