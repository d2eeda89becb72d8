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

    [System.ThreadStatic]
    private static string?[]? t_table;

    /// <summary>This thread's table: a tokeniser fetches it once per text, as a thread-static read is not free.</summary>
    public static string?[] Table => t_table ??= new string?[Slots];

    /// <summary><c>text.Substring(start, length)</c>, without a new string when this thread cut the same word lately.</summary>
    public static string Get(string?[] table, string text, int start, int length)
    {
        if (length > MaxCachedLength)
        {
            return text.Substring(start, length);
        }

        // A cheap hash (length, first, second and last characters): a collision costs only a compare and a new string.
        var last = start + length - 1;
        var hash = (length * 7919) ^ (text[start] * 31) ^ (text[start + (length >> 1)] * 1009) ^ (text[last] * 131);
        var slot = hash & (Slots - 1);
        var cached = table[slot];
        if (cached is not null && cached.Length == length && System.MemoryExtensions.SequenceEqual(System.MemoryExtensions.AsSpan(cached), System.MemoryExtensions.AsSpan(text, start, length)))
        {
            return cached;
        }

        return table[slot] = text.Substring(start, length);
    }
}
