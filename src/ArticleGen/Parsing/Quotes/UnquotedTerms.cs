using System;
using System.Collections.Generic;
using ArticleGen.Parsing.Attribution;

namespace ArticleGen.Parsing.Quotes;

/// <summary>
/// "les « gilets jaunes »" in an article that also writes gilets jaunes without quote marks: a short
/// quoted phrase the article itself uses unquoted is a term, a movement or a slogan, not someone's
/// words. (In the evaluation corpus, 35 of the 121 short phrases the annotators set aside as no quotes
/// appear unquoted elsewhere in their article, against 3 of 214 short quotes.)
/// </summary>
internal static class UnquotedTerms
{
    public const string Reason = "term the article uses unquoted";

    /// <summary>Two to four words: a longer phrase written again is someone's words repeated.</summary>
    private const int MaxWords = 4;

    /// <summary>At most this many distinct phrases are looked for, so the search stays linear in the article's length.</summary>
    private const int MaxTerms = 16;

    /// <summary>
    /// Up to five characters (two letters in both cases), <see cref="string.IndexOfAny(char[], int)"/> is the
    /// runtime's vectorised search; with more, each call builds a lookup first. The pass over each corpus article
    /// with phrases, timed both ways: five or fewer, 0.47 of the plain loop's time on average (94 of 97 articles
    /// faster, the worst 1.29 times: a letter frequent inside words stops the search at most words); more than
    /// five, 2.7 times (21 articles), so those keep the plain loop.
    /// </summary>
    private const int MaxSearchedCharacters = 5;

    /// <summary>At most this many occurrences of a phrase are checked against the quotes around them: linear again.</summary>
    private const int MaxOccurrences = 64;

    public static void Mark(List<QuoteCandidate> candidates, List<Element> elements)
    {
        // The distinct phrases to look for (the first MaxTerms met, ignoring case) and the quotes that hold
        // them, then one pass over the text for all of them.
        var terms = new List<Term>();
        var termOf = new Dictionary<string, Term>(IgnoreCaseComparer.Instance);
        var quoted = new List<(QuoteCandidate Quote, Term Term)>();
        foreach (var quote in candidates)
        {
            if (quote.SkipReason is not null || !quote.IsPartial || quote.RunsOn)
            {
                continue;
            }

            var text = quote.Text.TrimEnd('.', ',', ';', '!', '?', ' ');
            var words = LineShapes.CountWords(text);
            if (words < 2 || words > MaxWords)
            {
                continue;
            }

            if (!termOf.TryGetValue(text, out var term) && terms.Count < MaxTerms)
            {
                term = new Term(text);
                terms.Add(term);
                termOf.Add(text, term);
            }

            if (term is not null)
            {
                quoted.Add((quote, term));
            }
        }

        if (terms.Count == 0)
        {
            return;
        }

        FindUnquoted(terms, candidates, elements);
        foreach (var (quote, term) in quoted)
        {
            if (term.Unquoted)
            {
                quote.SkipReason = Reason;
            }
        }
    }

    /// <summary>
    /// Sets <see cref="Term.Unquoted"/> for each phrase written, as whole words, outside every quote's
    /// marks before <see cref="MaxOccurrences"/> of its whole-word occurrences were found inside quotes.
    /// One pass over the elements for all phrases: each word start is looked up by its first word's
    /// ignore-case hash, and only a phrase whose first word hashes alike is compared there. (A phrase that
    /// does not open on a letter or digit is searched for on its own.)
    /// </summary>
    private static void FindUnquoted(List<Term> terms, List<QuoteCandidate> candidates, List<Element> elements)
    {
        var byFirstWord = new Dictionary<int, List<Term>>();
        var firstLetters = new FirstLetters(); // most words open on no phrase's first letter and are not hashed
        var open = 0;
        foreach (var term in terms)
        {
            if (!CharClass.IsLetterOrDigit(term.Text[0]))
            {
                term.Search(candidates, elements);
                continue;
            }

            var key = IgnoreCaseComparer.Hash(term.Text, 0, WordEnd(term.Text, 0));
            if (!byFirstWord.TryGetValue(key, out var list))
            {
                byFirstWord.Add(key, list = new List<Term>());
            }

            list.Add(term);
            firstLetters.Add(term.Text[0]);
            open++;
        }

        // The phrases' first letters as the text may write them, when they are few and ASCII: the runtime's
        // vectorised search then skips to the next of them, instead of this loop reading every character.
        var opening = firstLetters.AsciiForms(MaxSearchedCharacters);
        for (var e = 0; e < elements.Count && open > 0; e++)
        {
            var element = elements[e];
            var text = element.Unit.Text;
            var i = 0;
            while (i < text.Length && open > 0)
            {
                if (opening is not null)
                {
                    i = text.IndexOfAny(opening, i);
                    if (i < 0)
                    {
                        break;
                    }

                    if (i > 0 && CharClass.IsLetterOrDigit(text[i - 1]))
                    {
                        i++; // inside a word: no phrase starts there
                        continue;
                    }
                }
                else if (!CharClass.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var end = WordEnd(text, i);
                if (firstLetters.Contains(text[i]) && byFirstWord.TryGetValue(IgnoreCaseComparer.Hash(text, i, end), out var list))
                {
                    foreach (var term in list)
                    {
                        if (!term.Done && term.OccursAt(text, i) && term.Count(InsideAQuote(element, i, candidates)))
                        {
                            open--;
                        }
                    }
                }

                i = end;
            }
        }
    }

    /// <summary>
    /// The phrases' first letters, folded as <see cref="IgnoreCaseComparer"/> folds them: a bit mask for ASCII
    /// and a short list for the rest (at most <see cref="MaxTerms"/>), asked of every word start.
    /// </summary>
    private sealed class FirstLetters
    {
        private readonly List<char> _others = new();
        private ulong _low;
        private ulong _high;

        public void Add(char c)
        {
            var folded = IgnoreCaseComparer.Fold(c);
            if (folded < 64)
            {
                _low |= 1UL << folded;
            }
            else if (folded < 128)
            {
                _high |= 1UL << (folded - 64);
            }
            else if (!_others.Contains(folded))
            {
                _others.Add(folded);
            }
        }

        /// <summary>
        /// Every character <see cref="Contains"/> answers true for (both cases of each letter), when no phrase opens
        /// on a character beyond ASCII (<see cref="Contains"/> then answers false for every such character) and
        /// they are at most <paramref name="max"/>; null otherwise.
        /// </summary>
        public char[]? AsciiForms(int max)
        {
            if (_others.Count > 0)
            {
                return null;
            }

            var forms = new List<char>();
            for (var c = (char)0; c < 128; c++)
            {
                if (Contains(c))
                {
                    forms.Add(c);
                }
            }

            return forms.Count <= max ? forms.ToArray() : null;
        }

        public bool Contains(char c)
        {
            if (c < 128)
            {
                var folded = c >= 'a' && c <= 'z' ? c - 0x20 : c;
                return folded < 64 ? (_low & (1UL << folded)) != 0 : (_high & (1UL << (folded - 64))) != 0;
            }

            return _others.Count > 0 && _others.Contains(IgnoreCaseComparer.Fold(c));
        }
    }

    /// <summary>A phrase looked for, and what was found of it.</summary>
    private sealed class Term
    {
        private int _quotedOccurrences;

        public Term(string text) => Text = text;

        public string Text { get; }

        /// <summary>Written outside any quote marks (the answer, once <see cref="Done"/>).</summary>
        public bool Unquoted { get; private set; }

        public bool Done { get; private set; }

        /// <summary>The phrase, whole words, starts at <paramref name="at"/> (ignoring case).</summary>
        public bool OccursAt(string text, int at) =>
            at + Text.Length <= text.Length && string.Compare(text, at, Text, 0, Text.Length, StringComparison.OrdinalIgnoreCase) == 0
            && IsWholeWords(text, at, Text.Length);

        /// <summary>Counts one whole-word occurrence; true when that settles the answer.</summary>
        public bool Count(bool insideAQuote)
        {
            if (!insideAQuote)
            {
                Unquoted = Done = true;
            }
            else if (++_quotedOccurrences == MaxOccurrences)
            {
                Done = true;
            }

            return Done;
        }

        /// <summary>The same answer by plain search, for a phrase that does not open on a letter or digit.</summary>
        public void Search(List<QuoteCandidate> candidates, List<Element> elements)
        {
            foreach (var element in elements)
            {
                var text = element.Unit.Text;
                for (var at = text.IndexOf(Text, StringComparison.OrdinalIgnoreCase); at >= 0 && !Done; at = text.IndexOf(Text, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    if (IsWholeWords(text, at, Text.Length))
                    {
                        Count(InsideAQuote(element, at, candidates));
                    }
                }

                if (Done)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Where the run of letters and digits starting at <paramref name="start"/> ends.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && CharClass.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsWholeWords(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));

    /// <summary>Whether the position lies between the marks of any quote candidate of the element (kept or set aside).</summary>
    private static bool InsideAQuote(Element element, int at, List<QuoteCandidate> candidates)
    {
        foreach (var quote in candidates)
        {
            if (quote.Element == element && quote.Open <= at && at <= quote.Close)
            {
                return true;
            }
        }

        return false;
    }
}
