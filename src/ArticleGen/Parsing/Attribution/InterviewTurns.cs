using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Interview transcripts as Wikinews prints them: each turn is a paragraph that opens with its
/// speaker's label in double parentheses, <c>((WN))</c> or <c>((Wikinews))</c> for the interviewer,
/// <c>((Dorsa Derakhshani))</c> for the person interviewed. In such a turn "I" (je, we, nous) is the
/// turn's speaker, and in the interviewer's turn "you" (vous) is the person answering: the label of
/// the nearest other turn, or, where the answers carry no label, the person the headline says is interviewed.
/// </summary>
internal static class InterviewTurns
{
    /// <summary>How far, in paragraphs, the other person's turn is looked for.</summary>
    private const int TurnsAround = 3;

    /// <summary>
    /// The person a quote's first- or second-person cue stands for in an interview turn ("I said
    /// "…"", "you had mentioned, "…""), else null. <paramref name="sentenceStart"/> is where the
    /// quote's sentence starts in its paragraph.
    /// </summary>
    public static string? Speaker(Quotes.QuoteCandidate quote, int sentenceStart, List<Element> elements)
    {
        var elementOrder = quote.ElementOrder;
        var label = TurnLabel(elements, elementOrder);
        if (label is null)
        {
            return null;
        }

        var word = PersonBeforeSpeechVerb(quote.Element.Unit.Text, sentenceStart, quote.Open);
        var firstPerson = word is "i" or "we" or "je" or "j’" or "j'" or "nous";
        if (!firstPerson && word is not ("you" or "vous"))
        {
            return null;
        }

        if (firstPerson)
        {
            return IsInterviewer(label) ? null : label;
        }

        return IsInterviewer(label) ? NearestAnswer(elementOrder, elements) ?? IntervieweeInHeadline(elements) : null;
    }

    /// <summary>
    /// Whose words a quote no cue attributes is, in an interview turn: in the answer of the person
    /// interviewed, theirs ("((Rich Bowen)) … "The future of the CentOS Project is CentOS Stream.""); in the
    /// interviewer's question, the person answering it ("((WN)) "Melbourne is poised to be a world city"
    /// is on your website. How?"), the label of the nearest answer. Null outside a turn, or when the
    /// interviewer's question has no answer near it.
    /// </summary>
    public static string? TurnOwner(Quotes.QuoteCandidate quote, List<Element> elements)
    {
        var label = TurnLabel(elements, quote.ElementOrder);
        return label is null ? null : IsInterviewer(label) ? NearestAnswer(quote.ElementOrder, elements) ?? IntervieweeInHeadline(elements) : label;
    }

    /// <summary>
    /// Where only the questions carry a label (the answers are plain paragraphs), the person a headline says is
    /// interviewed: "Wikinews interviews 2020 US Libertarian Party presidential candidate Adam Kokesh" → Adam Kokesh, the
    /// first name after "interviews" that opens on a known given name, else the first one that ends the headline or a
    /// comma before it. Null when the headline says no such thing.
    /// </summary>
    private static string? IntervieweeInHeadline(List<Element> elements)
    {
        if (elements.Count == 0 || !elements[0].IsHeadline)
        {
            return null;
        }

        var text = elements[0].Unit.Text;
        var tokens = Token.Split(text, 0, text.Length);
        var verb = tokens.FindIndex(t => t.Lower is "interviews" or "interviewed");
        if (verb < 0)
        {
            return null;
        }

        var spans = NounPhrases.NameSpans(tokens, verb + 1, tokens.Count);
        foreach (var (start, end) in spans)
        {
            if (end - start >= 2 && GivenNames.Contains(tokens[start].Text))
            {
                return NounPhrases.Slice(text, tokens, start, end);
            }
        }

        foreach (var (start, end) in spans)
        {
            if (end - start >= 2 && (end == tokens.Count || tokens[end].Text == ","))
            {
                return PersonNames.Clean(NounPhrases.Slice(text, tokens, start, end)).Name;
            }
        }

        return null;
    }

    /// <summary>How far back, in paragraphs, an answer's label is looked for.</summary>
    private const int AnswerParagraphs = 12;

    /// <summary>
    /// The label of the turn a paragraph belongs to: its own, else, for an answer that runs on over
    /// paragraphs with no label, the label of the answer it continues. Not the interviewer's: where only
    /// the questions are labelled, the unlabelled paragraph after one is its answer, by nobody named. A
    /// heading or a caption ends a turn.
    /// </summary>
    private static string? TurnLabel(List<Element> elements, int order)
    {
        if (Label(elements[order]) is { } own)
        {
            return own;
        }

        for (var k = order - 1; k >= 0 && order - k <= AnswerParagraphs; k--)
        {
            if (elements[k].Kind != ElementKind.Paragraph)
            {
                return null;
            }

            if (Label(elements[k]) is { } label)
            {
                return IsInterviewer(label) ? null : label;
            }
        }

        return null;
    }

    private static string? NearestAnswer(int elementOrder, List<Element> elements)
    {
        for (var distance = 1; distance <= TurnsAround; distance++)
        {
            foreach (var order in new[] { elementOrder + distance, elementOrder - distance })
            {
                if (order >= 0 && order < elements.Count && Label(elements[order]) is { } other && !IsInterviewer(other))
                {
                    return other;
                }
            }
        }

        return null;
    }

    /// <summary>The lower-cased word right before the last speech verb before the quote (adverbs and auxiliaries between), else null.</summary>
    private static string? PersonBeforeSpeechVerb(string text, int from, int to)
    {
        var tokens = Token.Split(text, from, to);
        for (var v = tokens.Count - 1; v > 0; v--)
        {
            if (!SpeechVerbs.IsSpeechVerb(tokens[v].Text))
            {
                continue;
            }

            var k = v - 1;
            while (k > 0 && WordLists.Fillers.Contains(tokens[k].Text))
            {
                k--;
            }

            return tokens[k].Lower;
        }

        return null;
    }

    /// <summary>The label a paragraph opens with, <c>((Name))</c>, else null.</summary>
    private static string? Label(Element element)
    {
        var text = element.Unit.Text;
        if (element.Kind != ElementKind.Paragraph || !text.StartsWith("((", System.StringComparison.Ordinal))
        {
            return null;
        }

        var close = text.IndexOf("))", 2, System.Math.Min(text.Length - 2, 80), System.StringComparison.Ordinal);
        return close > 2 ? text.Substring(2, close - 2).Trim() : null;
    }

    private static bool IsInterviewer(string label) =>
        label.Equals("WN", System.StringComparison.OrdinalIgnoreCase) || label.StartsWith("Wikinews", System.StringComparison.OrdinalIgnoreCase);
}
