using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing;

/// <summary>
/// The optional header at the top of an article: a first block whose every line is <c>Key: value</c>.
/// Known keys: Headline, Date, Author, Source, Url, Language, Tags.
/// </summary>
internal static class HeaderBlock
{
    public static readonly string[] KnownKeys = { "Headline", "Date", "Author", "Source", "Url", "Language", "Tags" };

    /// <summary>One <c>Key: value</c> line; <see cref="Key"/> is as written, <see cref="KnownKey"/> its canonical form or null.</summary>
    public readonly record struct Entry(SourceLine Line, string Key, string? KnownKey, int ValueStart, string Value);

    /// <summary>The entries of <paramref name="block"/> if it is a header block, else null.</summary>
    public static List<Entry>? TryRead(LineBlock block)
    {
        // The list is made at the first entry: the first block of most articles is no header, and fails at its first line.
        List<Entry>? entries = null;
        var anyKnownOrNear = false;
        for (var i = 0; i < block.Count; i++)
        {
            if (!TryReadEntry(block[i], out var entry))
            {
                return null;
            }

            if (entry.KnownKey is not null || Suggest(entry.Key) is not null)
            {
                anyKnownOrNear = true;
            }

            (entries ??= new List<Entry>(block.Count)).Add(entry);
        }

        return anyKnownOrNear ? entries : null;
    }

    /// <summary>The known key nearest to <paramref name="key"/> (one or two typos), for "did you mean".</summary>
    public static string? Suggest(string key)
    {
        string? best = null;
        // Short keys tolerate one typo, longer ones two: "Note" must not read as "Date".
        var bestDistance = key.Length <= 4 ? 2 : 3;
        foreach (var known in KnownKeys)
        {
            var distance = EditDistance(key.ToLowerInvariant(), known.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool TryReadEntry(SourceLine line, out Entry entry)
    {
        // Read in place in the file's text (the first block of every article is tried as a header, and
        // most are not one): only the key and the value are cut as strings.
        entry = default;
        var length = line.Length;
        var i = 0;
        while (i < length && (IsAsciiLetter(line[i]) || (i > 0 && line[i] == '-')))
        {
            i++;
        }

        if (i < 2 || i > 20)
        {
            return false;
        }

        var keyLength = i;
        if (i < length && line[i] == ' ')
        {
            i++; // French typography: "Date : 22 septembre 2016"
        }

        if (i >= length || line[i] != ':')
        {
            return false;
        }

        var key = line.FileText.Substring(line.Start, keyLength);
        i++;
        while (i < length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        string? knownKey = null;
        foreach (var known in KnownKeys)
        {
            if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase))
            {
                knownKey = known;
            }
        }

        entry = new Entry(line, key, knownKey, i, line.FileText.Substring(line.Start + i, length - i).Trim());
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
