using System;

namespace ArticleGen.Parsing;

/// <summary>
/// Tells French from English by counting frequent function words, when neither the header nor the
/// file's metadata says. Returns null when the text gives no clear signal.
/// </summary>
internal static class LanguageGuess
{
    private static readonly string[] FrenchWords =
    {
        "le", "la", "les", "des", "du", "une", "est", "et", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "ont", "été",
    };

    private static readonly string[] EnglishWords =
    {
        "the", "and", "of", "to", "is", "in", "that", "for", "was", "with", "on", "are", "has", "have", "said", "by", "from",
    };

    /// <summary>The shortest word of either list ("le", "of").</summary>
    private const int MinFunctionWord = 2;

    /// <summary>The longest word of either list ("said", "dans", "avec").</summary>
    private const int MaxFunctionWord = 4;

    /// <summary>What an entry of <see cref="AsciiWords"/> holds below its key: the word's language.</summary>
    private const int French = 1;

    /// <inheritdoc cref="French"/>
    private const int English = 2;

    /// <summary>log2 of the size of <see cref="AsciiWords"/>: 128 slots for the 36 words, so a probe rarely goes past one.</summary>
    private const int TableBits = 7;

    /// <summary>
    /// The words of both lists written in ASCII letters: an open-addressing table (linear probing) of
    /// <c>key &lt;&lt; 2 | language</c> by <see cref="AsciiKey"/>, 0 for an empty slot (no key is 0: a word
    /// has two letters or more). A word of ASCII letters is looked up here (most words of either language),
    /// others by <see cref="CountOther"/>. Same answers: ignoring case, an ASCII word can only equal an ASCII
    /// word of the lists (their only other letter, é in "été", has no ASCII case form). A table, not a
    /// Dictionary: about a word in three is looked up, and the hash is one multiplication.
    /// </summary>
    private static readonly int[] AsciiWords = BuildAsciiWords();

    public static string? Guess(ParseState state)
    {
        int french = 0, english = 0;
        foreach (var (unit, _) in state.Paragraphs)
        {
            Count(unit.Text, ref french, ref english);
            if (french + english > 400)
            {
                break;
            }
        }

        if (french + english < 3)
        {
            return null;
        }

        return french > english * 2 ? "fr" : english > french * 2 ? "en" : null;
    }

    /// <summary>
    /// Counts the function words of <paramref name="text"/>; a word is a run of letters
    /// (<see cref="char.IsLetter(char)"/>). One pass: each word's ASCII key is built while its letters are
    /// read, so the words too long or too short to be function words (most of them) cost no second look,
    /// and only words of two to four letters are looked up.
    /// </summary>
    private static void Count(string text, ref int french, ref int english)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            var key = 0; // as AsciiKey: seven bits a letter, lower-cased; overflows on long words, which are not looked up
            var bits = 0; // every letter's bits together: below 0x80 for an ASCII word, below 0x100 for a Latin-1 one
            do
            {
                key = (key << 7) | (c | 0x20); // | 0x20 lower-cases an ASCII letter A–Z, leaves a–z; the key of a non-ASCII word is not read
                bits |= c;
                i++;
            }
            while (i < text.Length && IsLetter(c = text[i]));

            var length = i - start;
            if (length < MinFunctionWord || length > MaxFunctionWord)
            {
                continue; // ignoring case never changes a string's length, so no function word can match
            }

            if (bits < 0x80)
            {
                var language = Lookup(key);
                french += language & French;
                english += language >> 1;
            }
            else
            {
                CountOther(text, start, length, bits, ref french, ref english);
            }
        }
    }

    /// <summary>The language of the ASCII word of <paramref name="key"/> in <see cref="AsciiWords"/>, 0 when it is no function word.</summary>
    private static int Lookup(int key)
    {
        var slot = Slot(key);
        while (true)
        {
            var entry = AsciiWords[slot];
            if (entry == 0)
            {
                return 0;
            }

            if (entry >> 2 == key)
            {
                return entry & 3;
            }

            slot = (slot + 1) & ((1 << TableBits) - 1);
        }
    }

    /// <summary>The first slot of <paramref name="key"/>: Fibonacci hashing, the top bits of the key times 2^32 / φ.</summary>
    private static int Slot(int key) => (int)(unchecked((uint)key * 2654435769u) >> (32 - TableBits));

    /// <summary>
    /// Counts a word of two to four letters with a letter beyond ASCII. A word of Latin-1 letters can only be
    /// "été" (no Latin-1 letter beyond ASCII equals an ASCII one ignoring case, and only é and É fold to É):
    /// tested in place, as most such words are French ("où", "même", "déjà"). Any other word is compared with
    /// both lists by the framework, in the lists' order.
    /// </summary>
    private static void CountOther(string text, int start, int length, int bits, ref int french, ref int english)
    {
        if (bits < 0x100)
        {
            if (length == 3 && (text[start] | 0x20) == 'é' && (text[start + 1] | 0x20) == 't' && (text[start + 2] | 0x20) == 'é')
            {
                french++;
            }
        }
        else if (IsAnyOf(FrenchWords, text, start, length))
        {
            french++;
        }
        else if (IsAnyOf(EnglishWords, text, start, length))
        {
            english++;
        }
    }

    /// <summary><see cref="char.IsLetter(char)"/>, with the ASCII answer (A–Z, a–z) computed in place.</summary>
    private static bool IsLetter(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>
    /// Whether the word equals one of <paramref name="words"/>, ignoring case as the sets do (ordinal
    /// ignore-case equality, one comparison per listed word of the same length): a word with a letter
    /// beyond Latin-1 (a dotless ı, a long ſ, a Greek or Cyrillic word) without a substring for it.
    /// </summary>
    private static bool IsAnyOf(string[] words, string text, int start, int length)
    {
        foreach (var word in words)
        {
            if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Up to four ASCII letters, lower-cased, seven bits each; -1 when another character is among them.</summary>
    private static int AsciiKey(string word)
    {
        var key = 0;
        foreach (var letter in word)
        {
            var c = letter;
            if (c is >= 'A' and <= 'Z')
            {
                c = (char)(c | 0x20);
            }
            else if (c is not (>= 'a' and <= 'z'))
            {
                return -1;
            }

            key = (key << 7) | c;
        }

        return key;
    }

    private static int[] BuildAsciiWords()
    {
        var table = new int[1 << TableBits];
        foreach (var word in FrenchWords)
        {
            Add(word, French); // a word of both lists counts as French, as the lists are asked in that order
        }

        foreach (var word in EnglishWords)
        {
            Add(word, English);
        }

        return table;

        void Add(string word, int language)
        {
            var key = AsciiKey(word);
            if (key < 0)
            {
                return;
            }

            var slot = Slot(key);
            while (table[slot] != 0)
            {
                if (table[slot] >> 2 == key)
                {
                    return; // already there, from the list asked first
                }

                slot = (slot + 1) & ((1 << TableBits) - 1);
            }

            table[slot] = (key << 2) | language;
        }
    }
}
