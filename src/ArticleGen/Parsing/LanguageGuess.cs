using System;
using System.Collections.Generic;

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

    /// <summary>
    /// The words of both lists written in ASCII letters, by <see cref="AsciiKey"/>; true for French. A word
    /// of ASCII letters is looked up here (most words of either language), others compared with the lists
    /// (<see cref="IsAnyOf"/>). Same answers: ignoring case, an ASCII word can only equal an ASCII word of
    /// the lists (their only other letter, é in "été", has no ASCII case form).
    /// </summary>
    private static readonly Dictionary<int, bool> AsciiWords = BuildAsciiWords();

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
            var ascii = true;
            do
            {
                if (c < 0x80)
                {
                    key = (key << 7) | (c | 0x20); // an ASCII letter here: | 0x20 lower-cases A–Z, leaves a–z
                }
                else
                {
                    ascii = false;
                }

                i++;
            }
            while (i < text.Length && IsLetter(c = text[i]));

            var length = i - start;
            if (length < MinFunctionWord || length > MaxFunctionWord)
            {
                continue; // ignoring case never changes a string's length, so no function word can match
            }

            if (ascii)
            {
                if (AsciiWords.TryGetValue(key, out var isFrench))
                {
                    french += isFrench ? 1 : 0;
                    english += isFrench ? 0 : 1;
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
    }

    /// <summary><see cref="char.IsLetter(char)"/>, with the ASCII answer (A–Z, a–z) computed in place.</summary>
    private static bool IsLetter(char c) => c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>
    /// Whether the word equals one of <paramref name="words"/>, ignoring case as the sets do (ordinal
    /// ignore-case equality, one comparison per listed word of the same length): a word with a
    /// non-ASCII letter (été, ÉTÉ, or a dotless ı that upper-cases to I) without a substring for it.
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

    private static Dictionary<int, bool> BuildAsciiWords()
    {
        var words = new Dictionary<int, bool>();
        foreach (var word in EnglishWords)
        {
            if (AsciiKey(word) is var key and >= 0)
            {
                words[key] = false;
            }
        }

        foreach (var word in FrenchWords)
        {
            if (AsciiKey(word) is var key and >= 0)
            {
                words[key] = true; // a word of both lists counts as French, as the lists are asked in that order
            }
        }

        return words;
    }
}
