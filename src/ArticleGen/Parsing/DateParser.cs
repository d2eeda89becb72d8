using System;
using System.Collections.Generic;
using ArticleGen.Model;

namespace ArticleGen.Parsing;

/// <summary>
/// Reads the dates news text prints, in English and French, without the machine's culture:
/// <c>2016-09-22</c>, <c>Tuesday, January 28, 2014</c>, <c>28 January 2014</c>, <c>Jan. 28, 2014</c>,
/// <c>jeudi 22 septembre 2016</c>, <c>1er mars 2020</c>, optionally after "Published"/"Publié le"
/// and before a time ("à 10h30", "at 10:30 a.m.").
/// </summary>
internal static class DateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["janvier"] = 1, ["janv"] = 1,
        ["february"] = 2, ["feb"] = 2, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["fév"] = 2,
        ["march"] = 3, ["mar"] = 3, ["mars"] = 3,
        ["april"] = 4, ["apr"] = 4, ["avril"] = 4, ["avr"] = 4,
        ["may"] = 5, ["mai"] = 5,
        ["june"] = 6, ["jun"] = 6, ["juin"] = 6,
        ["july"] = 7, ["jul"] = 7, ["juillet"] = 7, ["juil"] = 7,
        ["august"] = 8, ["aug"] = 8, ["août"] = 8, ["aout"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["septembre"] = 9,
        ["october"] = 10, ["oct"] = 10, ["octobre"] = 10,
        ["november"] = 11, ["nov"] = 11, ["novembre"] = 11,
        ["december"] = 12, ["dec"] = 12, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12,
    };

    /// <summary>"juin", "Jan.", "September": a month's name or its abbreviation, in English or French.</summary>
    public static bool IsMonth(string word) => Months.ContainsKey(word.TrimEnd('.'));

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    };

    private static readonly HashSet<string> Lead = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "on", "le", "publié", "publie", "mis", "à", "a", "jour", "modifié", "modifie", "date", "dated",
    };

    /// <summary>True when the whole of <paramref name="text"/> is one date (with the optional lead words and time).</summary>
    public static bool TryParseLine(string text, out DateModel date)
    {
        date = default;
        if (text.Length > 80)
        {
            return false;
        }

        if (TryParseIso(text.Trim(), out date))
        {
            return true;
        }

        var tokens = Tokenize(text);
        var i = 0;
        while (i < tokens.Count && Lead.Contains(tokens[i]))
        {
            i++;
        }

        if (i < tokens.Count && Weekdays.Contains(tokens[i]))
        {
            i++;
        }

        if (!TryParseAt(tokens, i, out date, out var next))
        {
            return false;
        }

        // Whatever follows must be a time of day: "à 10h30", "at 10:30 a.m.", "10:30 CET", "(UTC)".
        for (var j = next; j < tokens.Count; j++)
        {
            if (!IsTimeToken(tokens[j]))
            {
                date = default;
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds a date anywhere among the words of <paramref name="text"/> (a dateline: "PARIS, 26 juin 2012 (AFP) –").</summary>
    public static bool TryFind(string text, out DateModel date)
    {
        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryParseAt(tokens, i, out date, out _))
            {
                return true;
            }

            if (TryParseIso(tokens[i], out date))
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>A value of the header's <c>Date:</c> key: ISO or one of the written forms.</summary>
    public static bool TryParseHeaderValue(string value, out DateModel date) => TryParseLine(value, out date);

    private static bool TryParseAt(List<string> tokens, int i, out DateModel date, out int next)
    {
        date = default;
        next = i;
        if (i + 2 >= tokens.Count)
        {
            return false;
        }

        // Month D, YYYY
        if (Months.TryGetValue(tokens[i], out var month) && TryDay(tokens[i + 1], out var day) && TryYear(tokens[i + 2], out var year))
        {
            next = i + 3;
            return TryCreate(year, month, day, out date);
        }

        // D Month YYYY
        if (TryDay(tokens[i], out day) && Months.TryGetValue(tokens[i + 1], out month) && TryYear(tokens[i + 2], out year))
        {
            next = i + 3;
            return TryCreate(year, month, day, out date);
        }

        return false;
    }

    private static bool TryParseIso(string text, out DateModel date)
    {
        date = default;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        // The whole text must be the date, optionally with a time: "2016-09-22", "2016-09-22T10:30", "2016-09-22 10:30".
        if (text.Length > 10 && !((text[10] == 'T' || text[10] == ' ') && IsClock(text.Substring(11))))
        {
            return false;
        }

        return TryNumber(text, 0, 4, out var year) && TryNumber(text, 5, 2, out var month) && TryNumber(text, 8, 2, out var day)
            && TryCreate(year, month, day, out date);
    }

    private static bool IsClock(string text)
    {
        foreach (var c in text)
        {
            if (!(c >= '0' && c <= '9') && c is not (':' or '.' or 'Z' or '+' or '-'))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static bool TryCreate(int year, int month, int day, out DateModel date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateModel(year, month, day);
        return true;
    }

    private static bool TryDay(string token, out int day)
    {
        var digits = 0;
        while (digits < token.Length && token[digits] >= '0' && token[digits] <= '9')
        {
            digits++;
        }

        var suffix = token.Substring(digits);
        var suffixOk = suffix.Length == 0 || suffix is "er" or "st" or "nd" or "rd" or "th" or "ER" or "ème";
        day = 0;
        return digits is 1 or 2 && suffixOk && TryNumber(token, 0, digits, out day) && day >= 1 && day <= 31;
    }

    private static bool TryYear(string token, out int year) => token.Length == 4 & TryNumber(token, 0, 4, out year);

    private static bool TryNumber(string text, int start, int length, out int value)
    {
        value = 0;
        if (start + length > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool IsTimeToken(string token)
    {
        if (token is "à" or "a" or "at" or "h" or "m" or "p" or "am" or "pm" or "a.m" or "p.m" or "utc" or "gmt" or "cet" or "cest" or "et" or "est" or "edt" or "pst" or "pdt" or "bst")
        {
            return true;
        }

        foreach (var c in token)
        {
            if (!(c >= '0' && c <= '9') && c != ':' && c != 'h' && c != 'H' && c != '.')
            {
                return token.ToUpperInvariant() == token && token.Length <= 5 && token.Length > 0;
            }
        }

        return true;
    }

    /// <summary>Words of the text, split on spaces and punctuation that dates carry (commas, periods of "Jan.", parentheses).</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || char.IsWhiteSpace(text[i]) || text[i] is ',' or '(' or ')' or '|' or '/' or '–' or '—';
            if (!separator && text[i] == '.' && !(i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                separator = true;
            }

            if (separator)
            {
                if (start >= 0)
                {
                    tokens.Add(text.Substring(start, i - start));
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }
}
