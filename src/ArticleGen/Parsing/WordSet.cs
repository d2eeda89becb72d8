using System.Collections;
using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>
/// A fixed set of words compared as <see cref="IgnoreCaseComparer"/> compares them (ordinal, ignoring
/// case), for the word lists the rules ask about nearly every token. A <see cref="HashSet{T}"/> with that
/// comparer hashed every word asked, through an interface call, and most words asked are in no list
/// ("said", "the", names): here a word is first turned down by its length and the folds of its first and
/// last characters, read from two small masks, and only a word that passes is hashed and looked up.
/// </summary>
/// <remarks>
/// The masks cannot turn down a member: two strings equal ignoring case have the same length and, at each
/// position, the same <see cref="IgnoreCaseComparer.Fold"/> (the property the comparer's hash rests on,
/// tested over every BMP character), so a word equal to a member has that member's length, first fold and
/// last fold. Past the masks, the answer is the comparer's own: the same hash, then its equality.
/// </remarks>
internal sealed class WordSet : IEnumerable<string>
{
    /// <summary>Longer words are kept in the table but not in the masks (none of the lists holds one).</summary>
    private const int MaskedLengths = 32;

    private readonly List<string> _words = new();

    /// <summary>Open addressing, a power of two at least twice the words' count, so a probe soon meets an empty slot.</summary>
    private readonly string?[] _slots;

    private readonly int[] _hashes;

    // For each length below MaskedLengths, which first (and last) folds members of that length have, by their low six bits.
    private readonly ulong[] _firsts = new ulong[MaskedLengths];
    private readonly ulong[] _lasts = new ulong[MaskedLengths];

    public WordSet(IEnumerable<string> words)
    {
        var distinct = new HashSet<string>(IgnoreCaseComparer.Instance);
        foreach (var word in words)
        {
            if (distinct.Add(word))
            {
                _words.Add(word);
            }
        }

        var size = 4;
        while (size < 2 * _words.Count)
        {
            size *= 2;
        }

        _slots = new string?[size];
        _hashes = new int[size];
        foreach (var word in _words)
        {
            var slot = IgnoreCaseComparer.Hash(word, 0, word.Length) & (size - 1);
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = word;
            _hashes[slot] = IgnoreCaseComparer.Hash(word, 0, word.Length);
            if (word.Length is > 0 and < MaskedLengths)
            {
                _firsts[word.Length] |= 1UL << (IgnoreCaseComparer.Fold(word[0]) & 63);
                _lasts[word.Length] |= 1UL << (IgnoreCaseComparer.Fold(word[word.Length - 1]) & 63);
            }
        }
    }

    public int Count => _words.Count;

    /// <summary>Whether the set holds a word equal to <paramref name="word"/> ignoring case (false for null).</summary>
    public bool Contains(string? word)
    {
        if (word is null)
        {
            return false;
        }

        var length = word.Length;
        if (length is > 0 and < MaskedLengths)
        {
            var first = _firsts[length] >> (IgnoreCaseComparer.Fold(word[0]) & 63);
            var last = _lasts[length] >> (IgnoreCaseComparer.Fold(word[length - 1]) & 63);
            if ((first & last & 1) == 0)
            {
                return false; // no member of this length opens and ends so
            }
        }

        var hash = IgnoreCaseComparer.Hash(word, 0, length);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; _slots[slot] is { } member; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && IgnoreCaseComparer.Instance.Equals(member, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the set holds a word equal, ignoring case, to the <paramref name="length"/> characters of <paramref name="text"/>
    /// from <paramref name="start"/>: <see cref="Contains(string?)"/> without cutting the word out.
    /// </summary>
    public bool Contains(string text, int start, int length)
    {
        if (length is > 0 and < MaskedLengths)
        {
            var first = _firsts[length] >> (IgnoreCaseComparer.Fold(text[start]) & 63);
            var last = _lasts[length] >> (IgnoreCaseComparer.Fold(text[start + length - 1]) & 63);
            if ((first & last & 1) == 0)
            {
                return false; // no member of this length opens and ends so
            }
        }

        // (Ordinal-ignore-case is what IgnoreCaseComparer.Equals compares by.)
        var hash = IgnoreCaseComparer.Hash(text, start, start + length);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; _slots[slot] is { } member; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && member.Length == length && string.Compare(member, 0, text, start, length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words in the order given, each once.</summary>
    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
