using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ArticleGen.Parsing;

/// <summary>
/// The same equality as <see cref="StringComparer.OrdinalIgnoreCase"/>, with a cheaper hash for words
/// that are not pure ASCII ("l’", "d’", "été"): the framework's ignore-case hash of such a string
/// upper-cases it through the globalization layer first, which was 6 % of a parse. Here every string,
/// ASCII or not, is hashed by ONE function over each character's fold, read from a table (ASCII letters
/// computed in place), so strings equal under ordinal-ignore-case always hash alike.
/// </summary>
/// <remarks>
/// <para>
/// Equality is exact by construction: identical characters and ASCII letters that differ only in case
/// are compared here, and at the first other difference the answer is
/// <c>string.Equals(x, y, StringComparison.OrdinalIgnoreCase)</c> itself. Only the hash has to agree with
/// the framework, and it does when two characters equal under ordinal-ignore-case always have the same
/// fold; the test IgnoreCaseComparerTests checks that for every BMP character that is not a surrogate.
/// </para>
/// <para>
/// A character's fold is its invariant upper case, but only when ordinal-ignore-case itself counts the two
/// as equal: ordinal casing deliberately leaves out some mappings that <see cref="char.ToUpperInvariant"/>
/// makes (with ICU, 'ſ' U+017F → 'S'; and 'ı' U+0131, 'K' U+212A, 'ß' stay unequal to 'I', 'K', "SS"),
/// so each character's fold is checked against the framework's comparison when it is first computed.
/// </para>
/// <para>
/// Surrogates all fold to one value. Ordinal-ignore-case compares a surrogate pair as one code point,
/// upper-cased to another supplementary code point (still a pair), and a lone surrogate as itself, so in
/// two equal strings the surrogates sit at the same positions: a constant for each keeps the hash
/// consistent without decoding pairs. (Hence also a string holding a surrogate never equals one without.)
/// </para>
/// </remarks>
internal sealed class IgnoreCaseComparer : IEqualityComparer<string>
{
    public static readonly IgnoreCaseComparer Instance = new();

    private const char SurrogateFold = '\uD800';

    /// <summary>
    /// Each BMP character's fold, computed on first use (0 until then: no character above ASCII folds to
    /// NUL). Computing one asks the framework's comparison, so it is done once per character, not per word.
    /// Races are harmless: every thread writes the same value, and a char is written whole.
    /// </summary>
    private static readonly char[] Folds = new char[0x10000];

    private IgnoreCaseComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a == b)
            {
                continue;
            }

            if ((a | b) < 0x80)
            {
                // Two ASCII characters are equal ignoring case only as the two cases of one letter.
                var lower = a | 0x20;
                if (lower == (b | 0x20) && lower >= 'a' && lower <= 'z')
                {
                    continue;
                }

                return false;
            }

            return string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }

    public int GetHashCode(string text) => Hash(text, 0, text.Length);

    /// <summary>
    /// The hash of <c>text.Substring(start, end - start)</c>, without cutting it: the same for any two
    /// ranges equal under ordinal-ignore-case.
    /// </summary>
    internal static int Hash(string text, int start, int end)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ Fold(text[i])) * 16777619;
            }

            return hash;
        }
    }

    /// <summary>The character every character equal to <paramref name="c"/> under ordinal-ignore-case shares (see the remarks).</summary>
    /// <remarks>
    /// Inlined: the word sets fold two characters of every word they are asked about, and hashing folds each
    /// character, nearly all ASCII; as one method with the table read below, the JIT kept it a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c) => c < 0x80 ? (c >= 'a' && c <= 'z' ? (char)(c - 0x20) : c) : FoldBeyondAscii(c);

    private static char FoldBeyondAscii(char c)
    {
        var fold = Folds[c];
        if (fold == 0)
        {
            Folds[c] = fold = char.IsSurrogate(c) ? SurrogateFold : UpperIfOrdinallyEqual(c);
        }

        return fold;
    }

    private static char UpperIfOrdinallyEqual(char c)
    {
        var upper = char.ToUpperInvariant(c);
        return upper == c || string.Equals(c.ToString(), upper.ToString(), StringComparison.OrdinalIgnoreCase) ? upper : c;
    }
}
