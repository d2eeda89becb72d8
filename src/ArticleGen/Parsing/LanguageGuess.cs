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
                var word = text.Substring(start, i - start);
                if (French.Contains(word))
                {
                    french++;
                }
                else if (English.Contains(word))
                {
                    english++;
                }

                start = -1;
            }
        }
    }
}
