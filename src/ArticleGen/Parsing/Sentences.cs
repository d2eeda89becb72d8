using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>Sentence boundaries in news prose, aware of quote marks and common abbreviations.</summary>
internal static class Sentences
{
    // (A set of both lists: read at every period of every article.)
    private static readonly WordSet AbbreviationSet = new(System.Linq.Enumerable.Concat(Abbreviations.BeforeNames, Abbreviations.Others));

    /// <summary>The first sentence of <paramref name="text"/> (the whole text when it has one sentence).</summary>
    public static string First(string text)
    {
        var end = FirstEnd(text);
        return text.Substring(0, end).Trim();
    }

    /// <summary>The index just past the first sentence's closing punctuation.</summary>
    public static int FirstEnd(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '«' or '“' or '„')
            {
                depth++;
            }
            else if (c is '»' or '”')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '.' or '!' or '?' or '…' && IsEnd(text, i))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// The first '.', '!' or '?' in <paramref name="text"/> from <paramref name="from"/> up to <paramref name="to"/> that ends a
    /// sentence (<see cref="IsEnd"/>); <paramref name="to"/> when none does.
    /// </summary>
    public static int NextEnd(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' && IsEnd(text, i))
            {
                return i;
            }
        }

        return to;
    }

    /// <summary>Whether the punctuation at <paramref name="i"/> ends a sentence (not "M.", "Dr.", "J.", "3.5").</summary>
    public static bool IsEnd(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '.' or '!' or '?' or ')')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // ("… trending in Kenya. @mainneli writes:": a handle or a hashtag opens a sentence as a capital does.)
        if (next < text.Length && !(char.IsUpper(text[next]) || text[next] is '«' or '“' or '"' or '„'
            || (text[next] is '@' or '#' && next + 1 < text.Length && char.IsLetterOrDigit(text[next + 1]))))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // "M. Ayrault", "Dr. Wilkins", "J. Kerry": a period after an abbreviation or an initial ends nothing.
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '«' or '“' or '"'))
        {
            wordStart--;
        }

        // (The word is read where it stands, not cut out: this is asked at every period of every text.)
        var length = i - wordStart;
        if ((length == 1 && char.IsUpper(text[wordStart]) && !LetterEndsSentence(text, next)) || AbbreviationSet.Contains(text, wordStart, length))
        {
            return false;
        }

        // "said J.R. Ewing.", "J.K. Rowling said": dotted initials before a name end nothing; before a word that opens
        // sentences ("… at the U.N. The agency said") they end one.
        return !(IsDottedInitials(text, wordStart, length) && !OpensSentences(text, next));
    }

    /// <summary>
    /// Whether the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> are two or three
    /// capitals each followed by a period but the last ("J.R", "J.R.R"; the tokeniser's "J.R." read without its last period).
    /// </summary>
    internal static bool IsDottedInitials(string text, int start, int length)
    {
        if (length is not (3 or 5) || text.Length - start < length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (k % 2 == 0 ? !char.IsUpper(text[start + k]) : text[start + k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a capital letter and its period end a sentence, the next word starting at <paramref name="next"/>: "l'essai de la
    /// bombe H. La Corée du Sud a annoncé", before a word that opens sentences; not "J. Kerry", nor "J. A. Smith" (another initial).
    /// </summary>
    internal static bool LetterEndsSentence(string text, int next) =>
        next < text.Length && char.IsLetter(text[next]) && OpensSentences(text, next)
        && !(next + 1 < text.Length && char.IsUpper(text[next]) && text[next + 1] == '.');

    /// <summary>Whether the word at <paramref name="at"/> is one that opens sentences (a determiner, a pronoun, a conjunction), not a name.</summary>
    private static bool OpensSentences(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end == at || SentenceOpeners.Contains(text.Substring(at, end - at));
    }

    private static readonly WordSet SentenceOpeners = new(new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his", "her", "their", "its",
        "our", "in", "on", "at", "but", "and", "after", "before", "when", "while", "as", "if", "so", "yet", "for",
        "le", "la", "les", "l", "il", "elle", "ils", "elles", "un", "une", "des", "ce", "cette", "ces", "mais", "et", "en", "dans", "selon",
    });
}
