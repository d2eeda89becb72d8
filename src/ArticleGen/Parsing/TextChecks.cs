using System;
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
        // Four characters a test, with no branch between them: printable ASCII and accented letters, most
        // of any article, can match no check, so a group of four of them is passed over at once.
        var i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            if (MayMatch(text[i]) | MayMatch(text[i + 1]) | MayMatch(text[i + 2]) | MayMatch(text[i + 3]))
            {
                for (var j = i; j < i + 4; j++)
                {
                    Check(j);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            Check(i);
        }

        Report(DiagnosticIds.BinaryContent, nulCount, firstNul);
        Report(DiagnosticIds.ControlCharacter, controlCount, firstControl);
        Report(DiagnosticIds.InvalidUtf8, replacementCount, firstReplacement);
        Report(DiagnosticIds.DoubleEncoded, mojibakeCount, firstMojibake);
        Report(DiagnosticIds.BidiControl, bidiCount, firstBidi);

        void Check(int index)
        {
            var c = text[index];
            if (!MayMatch(c))
            {
                return;
            }

            if (c == '\0')
            {
                Count(ref nulCount, ref firstNul, index);
            }
            else if (IsControl(c))
            {
                Count(ref controlCount, ref firstControl, index);
            }
            else if (c == '\uFFFD')
            {
                Count(ref replacementCount, ref firstReplacement, index);
            }
            else if (IsBidi(c))
            {
                Count(ref bidiCount, ref firstBidi, index);
            }
            else if (IsMojibake(text, index))
            {
                Count(ref mojibakeCount, ref firstMojibake, index);
            }
        }

        void Report(string id, int count, int first)
        {
            if (count > 0)
            {
                diagnostics.Add(id, RangeAt(lines, first, 1), count.ToString(System.Globalization.CultureInfo.InvariantCulture), Describe(text[first]));
            }
        }
    }

    /// <summary>
    /// Whether one of the checks can match at <paramref name="c"/>: for a Latin-1 character, NUL, a control
    /// character or the first character of a mojibake pair; every character above Latin-1 answers yes (the
    /// checks then sort out U+FFFD and the bidi controls), so the test is one table read.
    /// </summary>
    private static bool MayMatch(char c) => Suspects[Math.Min(c, (char)0x100)];

    /// <summary>The answers of <see cref="MayMatch"/>: one per Latin-1 character, then one for all others.</summary>
    private static readonly bool[] Suspects = BuildSuspects();

    private static bool[] BuildSuspects()
    {
        var suspects = new bool[0x101];
        for (var c = 0; c < 0x100; c++)
        {
            suspects[c] = c == 0 || IsControl((char)c) || IsMojibakeLead((char)c);
        }

        suspects[0x100] = true;
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
        var line = lines.Count == 0 ? new SourceLine(1, 0, 0, string.Empty) : lines[System.Math.Max(at, 0)];
        var character = offset - line.Start;
        return new TextRange(offset, length, line.Number - 1, character, line.Number - 1, character + length);
    }
}
