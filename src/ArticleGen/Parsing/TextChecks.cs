using System.Collections.Generic;
using ArticleGen.Model;

namespace ArticleGen.Parsing;

/// <summary>
/// Whole-file checks on the characters themselves: binary content, control characters, failed
/// decoding, double-encoded UTF-8 and bidirectional controls ("Trojan Source"). One diagnostic per
/// kind, at its first occurrence, with the count.
/// </summary>
internal static class TextChecks
{
    public static void Run(string text, IReadOnlyList<SourceLine> lines, DiagnosticBag diagnostics)
    {
        int nulCount = 0, controlCount = 0, replacementCount = 0, mojibakeCount = 0, bidiCount = 0;
        int firstNul = -1, firstControl = -1, firstReplacement = -1, firstMojibake = -1, firstBidi = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x100 ? !Latin1Suspects[c] : !(c == '\uFFFD' || IsBidi(c)))
            {
                continue; // printable ASCII and most accented letters, most of any article: none of the checks below can match it
            }

            if (c == '\0')
            {
                Count(ref nulCount, ref firstNul, i);
            }
            else if (IsControl(c))
            {
                Count(ref controlCount, ref firstControl, i);
            }
            else if (c == '\uFFFD')
            {
                Count(ref replacementCount, ref firstReplacement, i);
            }
            else if (IsBidi(c))
            {
                Count(ref bidiCount, ref firstBidi, i);
            }
            else if (IsMojibake(text, i))
            {
                Count(ref mojibakeCount, ref firstMojibake, i);
            }
        }

        Report(DiagnosticIds.BinaryContent, nulCount, firstNul);
        Report(DiagnosticIds.ControlCharacter, controlCount, firstControl);
        Report(DiagnosticIds.InvalidUtf8, replacementCount, firstReplacement);
        Report(DiagnosticIds.DoubleEncoded, mojibakeCount, firstMojibake);
        Report(DiagnosticIds.BidiControl, bidiCount, firstBidi);

        void Report(string id, int count, int first)
        {
            if (count > 0)
            {
                diagnostics.Add(id, RangeAt(lines, first, 1), count.ToString(System.Globalization.CultureInfo.InvariantCulture), Describe(text[first]));
            }
        }
    }

    /// <summary>
    /// For each Latin-1 character, whether one of the checks can match at it: NUL, a control character, or
    /// the first character of a mojibake pair. A table read, so that accented letters (é, à), frequent in
    /// French, skip the checks as cheaply as printable ASCII does. (Above Latin-1 only U+FFFD and the bidi
    /// controls can match.)
    /// </summary>
    private static readonly bool[] Latin1Suspects = BuildLatin1Suspects();

    private static bool[] BuildLatin1Suspects()
    {
        var suspects = new bool[0x100];
        for (var c = 0; c < suspects.Length; c++)
        {
            suspects[c] = c == 0 || IsControl((char)c) || IsMojibakeLead((char)c);
        }

        return suspects;
    }

    private static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || (c >= '\u007F' && c <= '\u009F');

    private static bool IsBidi(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The characters <see cref="IsMojibake"/> can match at: the Latin-1 reading of a UTF-8 lead byte.</summary>
    private static bool IsMojibakeLead(char c) => c is 'Ã' or 'â' or 'Â';

    /// <summary>UTF-8 bytes read as Latin-1/Windows-1252: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.</summary>
    private static bool IsMojibake(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        var c = text[i];
        var next = text[i + 1];
        return (c == 'Ã' && next is (>= '\u0080' and <= '\u00BF') or '€' or '‚' or 'ƒ' or '„' or '…' or '†' or '‡' or 'ˆ' or '‰' or 'Š' or '‹' or 'Œ' or 'Ž' or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '˜' or '™' or 'š' or '›' or 'œ' or 'ž' or 'Ÿ')
            || (c == 'â' && next == '€')
            || (c == 'Â' && next is '\u00A0' or '«' or '»' or '°' or '©' or '®');
    }

    private static void Count(ref int count, ref int first, int index)
    {
        if (count++ == 0)
        {
            first = index;
        }
    }

    private static string Describe(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The file range of <paramref name="length"/> characters at offset <paramref name="offset"/>.</summary>
    public static TextRange RangeAt(IReadOnlyList<SourceLine> lines, int offset, int length)
    {
        var at = Ordered.LastAtOrBefore(lines, static l => l.Start, offset);
        var line = lines.Count == 0 ? new SourceLine(1, 0, string.Empty) : lines[System.Math.Max(at, 0)];
        var character = offset - line.Start;
        return new TextRange(offset, length, line.Number - 1, character, line.Number - 1, character + length);
    }
}
