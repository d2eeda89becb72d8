using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Every name of two words or more the article writes, in order, so a surname alone ("Wilkins
/// said") resolves to the fullest form given anywhere in the article ("Mark Wilkins").
/// </summary>
internal sealed class NameIndex
{
    private readonly List<(string Name, string[] Words, int Order, int Position)> _names = new();

    public static NameIndex Build(List<Element> elements)
    {
        var index = new NameIndex();
        for (var e = 0; e < elements.Count; e++)
        {
            var text = elements[e].Unit.Text;
            var tokens = Token.Split(text, 0, text.Length);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!NounPhrases.IsNameStart(tokens, i))
                {
                    continue;
                }

                var end = NounPhrases.NameEnd(tokens, i, tokens.Count);
                if (end - i >= 2)
                {
                    var (name, _) = PersonNames.Clean(NounPhrases.Slice(text, tokens, i, end));
                    if (Words(name).Length >= 2)
                    {
                        index._names.Add((name, Words(name), e, tokens[i].Start));
                    }
                }

                i = end - 1;
            }
        }

        return index;
    }

    /// <summary>The longest indexed name that ends with <paramref name="name"/>'s words (the first such when tied).</summary>
    public string Fullest(string name, QuoteCandidate quote)
    {
        var words = Words(name);
        var best = name;
        var bestLength = words.Length;
        foreach (var entry in _names)
        {
            if (entry.Words.Length > bestLength && EndsWith(entry.Words, words))
            {
                best = entry.Name;
                bestLength = entry.Words.Length;
            }
        }

        return best;
    }

    /// <summary>The last full name written before <paramref name="quote"/>, for a pronoun with no earlier speaker.</summary>
    public string? LastBefore(QuoteCandidate quote)
    {
        string? last = null;
        foreach (var entry in _names)
        {
            if (entry.Order < quote.ElementOrder || (entry.Order == quote.ElementOrder && entry.Position < quote.Open))
            {
                last = entry.Name;
            }
        }

        return last;
    }

    private static bool EndsWith(string[] full, string[] tail)
    {
        for (var i = 1; i <= tail.Length; i++)
        {
            if (!string.Equals(full[full.Length - i], tail[tail.Length - i], System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string name) => name.Split(new[] { ' ', '\u00A0' }, System.StringSplitOptions.RemoveEmptyEntries);
}
