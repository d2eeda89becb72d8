using System;

namespace ArticleGen.Parsing;

/// <summary>
/// The last line of a video or audio caption: a duration keyword, a colon, and <c>M:SS</c>,
/// <c>MM:SS</c> or <c>H:MM:SS</c> (<c>Durée : 00:44</c>, <c>Duration: 1:02:03</c>).
/// </summary>
internal static class DurationLine
{
    private static readonly string[] Keywords = { "durée", "duree", "duration", "length", "runtime", "durata", "dauer", "duración" };

    /// <summary>
    /// For each ASCII character, whether it equals the first character of a keyword ignoring case (asked of
    /// the framework once): every block's last line is tried here, and most open with a character that
    /// starts no keyword, so the eight ignore-case comparisons are skipped for them.
    /// </summary>
    private static readonly bool[] AsciiInitials = BuildAsciiInitials();

    /// <summary>
    /// Whether <paramref name="line"/> is a duration line. <paramref name="seconds"/> is null when the
    /// keyword is there but the value is malformed; <paramref name="valueStart"/> is where the value begins
    /// (an index into the line's content).
    /// </summary>
    /// <remarks>
    /// Read in place in the file's text: every block's last line is tried here, and a string of it cut for
    /// the test would be thrown away for all but the few duration lines.
    /// </remarks>
    public static bool TryRead(SourceLine line, out int? seconds, out int valueStart)
    {
        var source = line.FileText;
        var start = line.Start;
        seconds = null;
        valueStart = 0;
        var end = start + line.Length;
        var first = start; // the first character after the indentation (what TrimStart kept)
        while (first < end && char.IsWhiteSpace(source[first]))
        {
            first++;
        }

        if (first == end || (source[first] < 0x80 && !AsciiInitials[source[first]]))
        {
            return false; // no keyword is empty, and a text starting with a keyword starts with its first character
        }

        foreach (var keyword in Keywords)
        {
            if (end - first < keyword.Length || string.Compare(source, first, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var i = first + keyword.Length;
            while (i < end && IsSpace(source[i]))
            {
                i++;
            }

            if (i >= end || source[i] != ':')
            {
                return false;
            }

            i++;
            while (i < end && IsSpace(source[i]))
            {
                i++;
            }

            valueStart = i - start;
            seconds = ParseClock(source.Substring(i, end - i).Trim());
            return true;
        }

        return false;
    }

    /// <summary>Seconds of <c>M:SS</c>, <c>MM:SS</c> or <c>H:MM:SS</c>, else null.</summary>
    public static int? ParseClock(string value)
    {
        var parts = value.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return null;
        }

        var numbers = new int[parts.Length];
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            var maxLength = p == 0 ? 3 : 2;
            if (part.Length == 0 || part.Length > maxLength || (p > 0 && part.Length != 2))
            {
                return null;
            }

            foreach (var c in part)
            {
                if (c < '0' || c > '9')
                {
                    return null;
                }

                numbers[p] = (numbers[p] * 10) + (c - '0');
            }

            if (p > 0 && numbers[p] > 59)
            {
                return null;
            }
        }

        return parts.Length == 2
            ? (numbers[0] * 60) + numbers[1]
            : (numbers[0] * 3600) + (numbers[1] * 60) + numbers[2];
    }

    private static bool[] BuildAsciiInitials()
    {
        var initials = new bool[0x80];
        for (var c = 0; c < initials.Length; c++)
        {
            foreach (var keyword in Keywords)
            {
                initials[c] |= string.Equals(((char)c).ToString(), keyword.Substring(0, 1), StringComparison.OrdinalIgnoreCase);
            }
        }

        return initials;
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
}
