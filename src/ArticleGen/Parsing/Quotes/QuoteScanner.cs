using System.Collections.Generic;

namespace ArticleGen.Parsing.Quotes;

/// <summary>An outermost pair of quote marks: indexes of both marks; <see cref="Close"/> is -1 when the text ends first.</summary>
internal readonly record struct QuoteSpan(int Open, int Close, char OpenMark)
{
    public bool IsClosed => Close >= 0;
}

/// <summary>A quote mark that does not pair up.</summary>
internal readonly record struct MarkProblem(int Index, MarkProblemKind Kind, char Mark);

internal enum MarkProblemKind
{
    /// <summary>An opening mark never closed before the end of its element.</summary>
    Unclosed,

    /// <summary>A closing mark with no opening mark before it.</summary>
    StrayClosing,

    /// <summary>An inner opening mark still open when its outer pair closed (« “ » ”).</summary>
    Mismatched,
}

/// <summary>
/// Finds pairs of quote marks in one element's text in a single pass with a stack, so nested pairs
/// stay inside their outer quote and the cost is linear in the text. Pairs: « » and ‹ › (French),
/// “ ” (English, also in French), „ “ / „ ” (German-style), ‚ ‘, ‘ ’ (nested, or at top level in a
/// headline), straight "…" by context, and straight '…' in headlines. An apostrophe (’ between
/// letters) never closes anything.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>
    /// <see cref="IsMark"/> of each Latin-1 character, asked once: letters, digits, spaces and accented
    /// letters (é, à) then take one table read, where the chain of comparisons took a different path for
    /// ASCII and for accented letters and mispredicted between them.
    /// </summary>
    private static readonly bool[] Latin1Marks = BuildLatin1Marks();

    public static (List<QuoteSpan> Quotes, List<MarkProblem> Problems) Scan(string text, bool isHeadline) =>
        Scan(text, isHeadline, new List<(char Mark, int Index)>());

    /// <summary>
    /// <see cref="Scan(string, bool)"/> with the open marks kept in <paramref name="stack"/>, emptied first: the quote
    /// extractor scans every element in turn with one stack, as no scan keeps it (a stack for each was about 0.6 KB of a
    /// seed-sized parse's 50 KB).
    /// </summary>
    public static (List<QuoteSpan> Quotes, List<MarkProblem> Problems) Scan(string text, bool isHeadline, List<(char Mark, int Index)> stack)
    {
        stack.Clear();
        var quotes = new List<QuoteSpan>();
        var problems = new List<MarkProblem>();

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x100 ? !Latin1Marks[c] : !IsMark(c))
            {
                continue; // not a mark the switch below acts on: most characters, tested cheaply first
            }

            var prev = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '«':
                case '„':
                    stack.Add((c, i));
                    break;
                case '‹':
                    if (!char.IsWhiteSpace(next) || next is '\u00A0' or '\u202F')
                    {
                        stack.Add((c, i));
                    }

                    break;
                case '»':
                    Close(i, c, "«", strict: true);
                    break;
                case '›':
                    Close(i, c, "‹", strict: false);
                    break;
                case '“':
                    if (Top() is '„')
                    {
                        Close(i, c, "„", strict: true);
                    }
                    else if (i == text.Length - 1 && char.IsWhiteSpace(prev))
                    {
                        Close(i, c, "“„”", strict: true); // "… for North Korea. “": a paragraph's last character opens nothing; a slip for ”
                    }
                    else if (Find("“") >= 0 && char.IsLetterOrDigit(prev) && (char.IsWhiteSpace(next) || char.IsPunctuation(next) || i == text.Length - 1))
                    {
                        Close(i, c, "“", strict: true); // "“one of the last crocodiles of Françafrique“ and": written against a word's end, a slip for ”
                    }
                    else
                    {
                        stack.Add((c, i));
                    }

                    break;
                case '”':
                    if (Find("“„”") >= 0)
                    {
                        Close(i, c, "“„”", strict: true);
                    }
                    else if (Top() is '"' && !char.IsWhiteSpace(prev))
                    {
                        Close(i, c, "\"", strict: true); // "La Provincia es pionera …”: a pair opened straight, closed curly
                    }
                    else if (stack.Count == 0 && IsBoundary(prev) && char.IsLetterOrDigit(next))
                    {
                        stack.Add((c, i)); // ”…” as some scrapes print it
                    }
                    else
                    {
                        problems.Add(new MarkProblem(i, MarkProblemKind.StrayClosing, c));
                    }

                    break;
                case '‚':
                    if (IsBoundary(prev) && char.IsLetter(next))
                    {
                        stack.Add((c, i));
                    }

                    break;
                case '‘':
                    if (Top() is '‚')
                    {
                        Close(i, c, "‚", strict: true);
                    }
                    else if ((stack.Count > 0 || isHeadline) && IsBoundary(prev))
                    {
                        stack.Add((c, i));
                    }

                    break;
                case '’':
                    if (Top() is '‘' or '‚' && !char.IsLetterOrDigit(next))
                    {
                        Close(i, c, "‘‚", strict: true);
                    }

                    break;
                case '"':
                    Straight(i, c, prev, next);
                    break;
                case '\'':
                    if (isHeadline && Top() is null or '"' or '“' && IsBoundary(prev) && char.IsLetter(next))
                    {
                        stack.Add((c, i));
                    }
                    else if (Top() is '\'' && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next))
                    {
                        Close(i, c, "'", strict: true);
                    }

                    break;
            }
        }

        if (stack.Count > 0)
        {
            quotes.Add(new QuoteSpan(stack[0].Index, -1, stack[0].Mark));
            problems.Add(new MarkProblem(stack[0].Index, MarkProblemKind.Unclosed, stack[0].Mark));
        }

        return (quotes, problems);

        char? Top() => stack.Count == 0 ? null : stack[stack.Count - 1].Mark;

        int Find(string openers)
        {
            for (var s = stack.Count - 1; s >= 0; s--)
            {
                if (openers.IndexOf(stack[s].Mark) >= 0)
                {
                    return s;
                }
            }

            return -1;
        }

        void Straight(int i, char c, char prev, char next)
        {
            if (char.IsDigit(prev) && (IsSecondsOrInches(text, i) || char.IsDigit(next)))
            {
                return; // "5'40": The township magistrate asked, "…"", "le 100 m en 46"97": a time's seconds, no quote mark
            }

            var open = Find("\"");
            if (open >= 0 && (!char.IsWhiteSpace(prev) || char.IsWhiteSpace(next) || char.IsPunctuation(next) || i == text.Length - 1))
            {
                Close(i, c, "\"", strict: true);
            }
            else if (open < 0 && Top() is '“' && !char.IsWhiteSpace(prev) && (char.IsWhiteSpace(next) || char.IsPunctuation(next) || i == text.Length - 1))
            {
                Close(i, c, "“", strict: true); // “Hecho en casa": a pair opened curly, closed straight
            }
            else if (!char.IsWhiteSpace(next) && i + 1 < text.Length)
            {
                stack.Add((c, i));
            }
            else
            {
                problems.Add(new MarkProblem(i, MarkProblemKind.StrayClosing, c));
            }
        }

        void Close(int i, char c, string openers, bool strict)
        {
            var at = Find(openers);
            if (at < 0)
            {
                if (strict)
                {
                    problems.Add(new MarkProblem(i, MarkProblemKind.StrayClosing, c));
                }

                return;
            }

            for (var s = stack.Count - 1; s > at; s--)
            {
                problems.Add(new MarkProblem(stack[s].Index, MarkProblemKind.Mismatched, stack[s].Mark));
            }

            var opening = stack[at];
            stack.RemoveRange(at, stack.Count - at);
            if (stack.Count == 0)
            {
                quotes.Add(new QuoteSpan(opening.Index, i, opening.Mark));
            }
        }
    }

    /// <summary>
    /// Whether the straight mark at <paramref name="i"/> ends minutes and seconds or feet and inches: one digit or two after an
    /// apostrophe (or a prime) that follows a digit, "4'53"", "6’2"".
    /// </summary>
    internal static bool IsSecondsOrInches(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && char.IsDigit(text[k]))
        {
            k--;
        }

        return i - 1 - k is 1 or 2 && k >= 1 && text[k] is '\'' or '’' or '′' && char.IsDigit(text[k - 1]);
    }

    /// <summary>A character the scanner's switch acts on (and '‛', which it passes over).</summary>
    private static bool IsMark(char c) => c is '"' or '\'' or '«' or '»' or (>= '‘' and <= '„') or '‹' or '›';

    private static bool[] BuildLatin1Marks()
    {
        var marks = new bool[0x100];
        for (var c = 0; c < marks.Length; c++)
        {
            marks[c] = IsMark((char)c);
        }

        return marks;
    }

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '«' or '“' or '„' or '"' or ':';
}
