using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>
/// Tells French from English by counting frequent function words, when neither the header nor the
/// file's metadata says. Returns null when the text gives no clear signal.
/// </summary>
internal static class LanguageGuess
{
    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "des", "du", "une", "est", "et", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "ont", "été",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "is", "in", "that", "for", "was", "with", "on", "are", "has", "have", "said", "by", "from",
    };

    /// <summary>The longest word of either list ("said", "dans", "avec").</summary>
    private const int MaxFunctionWord = 4;

    /// <summary>
    /// The words of both lists written in ASCII letters, by <see cref="AsciiKey"/>; true for French. A word
    /// of ASCII letters is looked up here with no substring (most words of either language), others in the
    /// sets. Same answers: ignoring case, an ASCII word can only equal an ASCII word of the lists (their
    /// only other letter, é in "été", has no ASCII case form).
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

    private static void Count(string text, ref int french, ref int english)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0 && i - start > MaxFunctionWord)
            {
                start = -1; // no function word is this long: no substring to look up
            }
            else if (!letter && start >= 0)
            {
                var key = AsciiKey(text, start, i - start);
                if (key >= 0)
                {
                    if (AsciiWords.TryGetValue(key, out var isFrench))
                    {
                        french += isFrench ? 1 : 0;
                        english += isFrench ? 0 : 1;
                    }
                }
                else
                {
                    var word = text.Substring(start, i - start);
                    if (French.Contains(word))
                    {
                        french++;
                    }
                    else if (English.Contains(word))
                    {
                        english++;
                    }
                }

                start = -1;
            }
        }
    }

    /// <summary>Up to four ASCII letters, lower-cased, seven bits each; -1 when longer or when another character is among them.</summary>
    private static int AsciiKey(string text, int start, int length)
    {
        if (length > MaxFunctionWord)
        {
            return -1;
        }

        var key = 0;
        for (var k = start; k < start + length; k++)
        {
            var c = text[k];
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
        foreach (var word in English)
        {
            if (AsciiKey(word, 0, word.Length) is var key and >= 0)
            {
                words[key] = false;
            }
        }

        foreach (var word in French)
        {
            if (AsciiKey(word, 0, word.Length) is var key and >= 0)
            {
                words[key] = true; // a word of both lists counts as French, as the sets are asked in that order
            }
        }

        return words;
    }
}
