using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>
/// A fixed map from words to values, its keys compared as <see cref="IgnoreCaseComparer"/> compares them, for the
/// word lists of kinds (<c>WordLists.OfficeKinds</c>, <c>WordLists.OrganisationKinds</c>) that the name index asks
/// about every name and its neighbours. A <see cref="Dictionary{TKey, TValue}"/> with that comparer hashed every
/// word asked, through an interface call, though nearly none is a key ("Macron", "a", "de"): here the keys'
/// <see cref="WordSet"/> turns a word down first, by its length and its first and last characters, and only a key
/// is looked up in the dictionary.
/// </summary>
/// <remarks>
/// The answers are the dictionary's own: the set holds exactly the dictionary's keys under the same equality, so
/// a word the set turns down is no key, and any other word is asked of the dictionary itself.
/// </remarks>
internal sealed class WordMap
{
    private readonly WordSet _keys;

    private readonly Dictionary<string, string> _values;

    public WordMap(Dictionary<string, string> values)
    {
        _values = values;
        _keys = new WordSet(values.Keys);
    }

    /// <summary>Whether <paramref name="word"/> is a key, ignoring case.</summary>
    public bool ContainsKey(string word) => _keys.Contains(word);

    /// <summary>The value of <paramref name="word"/> (ignoring case), or null when it is no key.</summary>
    public string? Get(string word) => _keys.Contains(word) && _values.TryGetValue(word, out var value) ? value : null;
}
