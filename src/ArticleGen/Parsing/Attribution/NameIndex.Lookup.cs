namespace ArticleGen.Parsing.Attribution;

// Looking a name up: the fullest form the article gives it, and that form's words kept apart.
internal sealed partial class NameIndex
{
    /// <summary>
    /// The longest indexed name that ends with <paramref name="name"/>'s words (the first such when tied); for a
    /// common given name alone that ends no name, the one name that opens on it ("Thomas" → "Thomas Sam"), unless
    /// <paramref name="byGivenName"/> is false: a title before it makes it a name of its own ("le pape François", "King
    /// Charles" are not François Hollande or Charles Michel).
    /// </summary>
    public string Fullest(string name, bool byGivenName = true)
    {
        var words = Words(name);
        var best = name;
        var bestLength = words.Length;
        if (words.Length == 0)
        {
            return best;
        }

        // "l'Observatoire" → "Observatoire des libertés numériques": a French body's head noun is its name's first word.
        if (words.Length == 1 && _byOrganisationHead.TryGetValue(words[0], out var body) && body >= 0)
        {
            return _names[body].Name;
        }

        if (!_byLastWord.TryGetValue(words[words.Length - 1], out var chain))
        {
            return words.Length != 1 ? best
                : byGivenName && _byGivenName.TryGetValue(words[0], out var only) && only >= 0 ? _names[only].Name
                // "President Xi" → "Xi Jinping": with a title only (the caller then asks no given name), as "China said" after
                // "China Daily" names no one new.
                // ("Zhang said" → "Zhang Qisheng": a Chinese or Korean family name, written first, is the surname alone.)
                : (!byGivenName || WordLists.FamilyNamesWrittenFirst.Contains(words[0])) && _byFirstWord.TryGetValue(words[0], out var firstOnly) && firstOnly >= 0 ? _names[firstOnly].Name
                // ("Dr Tedros added" after "Tedros Adhanom Ghebreyesus": the same with any name of the article, of more words
                // too; not a known given name, which after a title is a name of its own, "King Charles" after "Charles Michel",
                // "le pape François" after "François Hollande", but for a knight's, which the caller asks for itself.)
                : !byGivenName && !GivenNames.Contains(words[0]) && OnlyNameOpeningWith(words[0]) is { } openingOnly ? openingOnly
                : best;
        }

        for (var candidate = chain.First; candidate >= 0; candidate = _nextWithLastWord[candidate])
        {
            var entry = _names[candidate];
            if (entry.Words.Length > bestLength && EndsWith(entry.Words, words))
            {
                best = entry.Name;
                bestLength = entry.Words.Length;
            }
        }

        return best;
    }

    /// <summary>
    /// The one name of two words or more whose first word is <paramref name="word"/>; null for none or several. (Read only
    /// for a titled lone word: the scan of the article's names is rare.)
    /// </summary>
    public string? OnlyNameOpeningWith(string word)
    {
        string? found = null;
        foreach (var (name, words) in _names)
        {
            if (words.Length >= 2 && string.Equals(words[0], word, System.StringComparison.Ordinal))
            {
                if (found is not null && found != name)
                {
                    return null;
                }

                found = name;
            }
        }

        return found;
    }

    /// <summary>
    /// "France Info Jacques Witkowski" → "Jacques Witkowski" when the article also writes that name on
    /// its own: two names run together ("a confié à France Info Jacques Witkowski") read as one.
    /// Only for names of three capitalised words or more, and suffixes of two words or more.
    /// </summary>
    public string Separated(string name)
    {
        var words = Words(name);
        if (words.Length < 3)
        {
            return name;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]))
            {
                return name; // a particle: Staffan de Mistura, Mohammad bin Salman
            }
        }

        for (var k = 1; k <= words.Length - 2; k++)
        {
            // ("Jean Christophe Schwaab": a given name before a given name is the first of two; nothing ran into the name.)
            if (k == 1 && GivenNames.Contains(words[0]) && GivenNames.Contains(words[1]))
            {
                continue;
            }

            var suffix = string.Join(" ", words, k, words.Length - k);
            if (_seen.Contains(suffix))
            {
                return suffix;
            }
        }

        return name;
    }

    private static bool EndsWith(string[] full, string[] tail)
    {
        for (var i = 1; i <= tail.Length; i++)
        {
            if (!string.Equals(full[full.Length - i], tail[tail.Length - i], System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string name)
    {
        var words = WordStrings.SplitOnSpaces(name);

        // "L'Opinion" is the article and "Opinion", as "Le Monde" is "Le" and "Monde".
        if (words.Length > 0 && words[0].Length > 2 && words[0][0] == 'L' && words[0][1] is '\'' or '’')
        {
            var split = new string[words.Length + 1];
            split[0] = words[0].Substring(0, 2);
            split[1] = words[0].Substring(2);
            System.Array.Copy(words, 1, split, 2, words.Length - 1);
            return split;
        }

        // "John Doe Jr." is found as "Doe" and "John Doe": a suffix after a given name and a surname is no word to look up by.
        if (words.Length >= 3 && words[words.Length - 1] is var last && Token.IsNameSuffix(last, 0, last.EndsWith(".", System.StringComparison.Ordinal) ? last.Length - 1 : last.Length))
        {
            System.Array.Resize(ref words, words.Length - 1);
        }

        return words;
    }
}
