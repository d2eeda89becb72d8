using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

// Quotes with no cue of their own: the speaker goes on, or the sentence or paragraph before names them.
internal static partial class SpeakerAttributor
{
    /// <summary>
    /// ""…", said KCNA. "Foolhardy provocation deserves harsh punishment", it added": a pronoun whose verb adds to what
    /// was just said, right after a quote of the same paragraph that named its speaker, is that speaker, whoever the
    /// sentences before name ("it" passes over the acronym "KCNA" to "North Korea" otherwise).
    /// </summary>
    private static bool AddsToPrevious(QuoteCandidate quote, QuoteCandidate? previous, (int Start, int End) sentence)
    {
        if (previous is not { HasOwnCue: true, Speaker: not null } || previous.Element != quote.Element || previous.Close > quote.Open
            || !OnlyItsInciseBetween(quote.Element.Unit.Text, previous.Close, quote.Open))
        {
            return false;
        }

        var text = quote.Element.Unit.Text;
        var after = System.Math.Min(sentence.End, quote.Close + AddingReach);
        var tokens = Token.Split(text, quote.Close, System.Math.Max(quote.Close, after));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsAddingVerb(tokens[i].Lower) || (tokens[i].Lower == "went" && i + 1 < tokens.Count && tokens[i + 1].Lower == "on"))
            {
                return true;
            }
        }

        return false;
    }

    // (Between the two quotes, the first one's incise; after the second, its own.)
    private const int AddingReach = 60;

    /// <summary>
    /// Between two quotes, nothing but the first one's incise: at most <see cref="AddingReach"/> characters, or up to three
    /// times that when they hold one sentence end at most (the incise's own: "…", said former New Zealand coach and former
    /// test player John Bracewell.  "…", he went on to say).
    /// </summary>
    private static bool OnlyItsInciseBetween(string text, int from, int to)
    {
        if (to - from <= AddingReach)
        {
            return true;
        }

        if (to - from > 3 * AddingReach)
        {
            return false;
        }

        var ends = 0;
        for (var i = from + 1; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' && Sentences.IsEnd(text, i) && ++ends > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Wendy Iriepa and Ignacio Estrada confessed that they had "…":" then the blog post they quote, then "They went on
    /// to say that the Cardinal's speech "…"": a pronoun that goes on speaking, before a quote, a few paragraphs after the
    /// last quote that named its speaker, is that speaker, whoever the paragraphs in between (often the quoted post
    /// itself) name.
    /// </summary>
    private static bool GoesOnFromPrevious(QuoteCandidate quote, QuoteCandidate? previous, (int Start, int End) sentence)
    {
        if (previous is not { HasOwnCue: true, Speaker: not null } || quote.ElementOrder - previous.ElementOrder > GoingOnParagraphs
            || quote.Open <= sentence.Start)
        {
            return false;
        }

        var tokens = Token.Split(quote.Element.Unit.Text, sentence.Start, quote.Open);
        for (var i = 0; i + 2 < tokens.Count && i < 4; i++)
        {
            if (tokens[i].Lower is "went" or "goes" or "go" && tokens[i + 1].Lower == "on" && tokens[i + 2].Lower == "to")
            {
                return true;
            }
        }

        return false;
    }

    // (The quote that named the speaker, the quoted post it introduced, then the sentence that goes on.)
    private const int GoingOnParagraphs = 4;

    // "added", "adds", "a ajouté", "ajoute-t-il", "continued", "poursuit-elle"… as written in an incise ("went on" is read above).
    private static bool IsAddingVerb(string word) =>
        word is "added" or "adds" or "continued" or "continues"
        || word.StartsWith("ajout", System.StringComparison.Ordinal) || word.StartsWith("poursui", System.StringComparison.Ordinal);

    /// <summary>
    /// The person a partial quote's sentence is about, when that is its subject: a name the article gives a gender (so a
    /// person, not a body or a place: <see cref="NameGenders"/>), standing before its verb or an apposition, not after a
    /// preposition ("Ces cadeaux ont été faits à M. Moscovici par Laurent Max, … « … »" is about neither). Only for quotes
    /// of more than three words: shorter ones are scare quotes unless someone is said to have said them
    /// (<see cref="Quotes.QuoteFilter"/>), and the sentence's subject is not said to. Null otherwise.
    /// </summary>
    private static string? PersonSubjectOfItsSentence(QuoteCandidate quote, int sentenceStart, NameIndex names)
    {
        var text = quote.Element.Unit.Text;
        if (!quote.IsPartial || sentenceStart >= quote.Open || LineShapes.CountWords(quote.Text) <= 3
            || Antecedents.SubjectOf(text, sentenceStart, quote.Open, names, Agreement.Unknown) is not { } person
            || names.Genders.Of(person) == Agreement.Unknown)
        {
            return null;
        }

        // Where the sentence names the person (the last word of the name, as a surname stands alone): right after it a verb
        // or an apposition's comma, and no preposition right before the name.
        var tokens = Antecedents.OutsideQuotes(Token.Split(text, sentenceStart, quote.Open));
        var surname = person.Substring(person.LastIndexOf(' ') + 1);
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (tokens[k].Text != surname)
            {
                continue;
            }

            var start = k;
            while (start > 0 && tokens[start - 1].IsCapitalized)
            {
                start--;
            }

            return k + 1 < tokens.Count && (tokens[k + 1].Text == "," || tokens[k + 1] is { IsWord: true, IsCapitalized: false } next && !WordLists.Prepositions.Contains(next.Text))
                && !(start > 0 && WordLists.Prepositions.Contains(tokens[start - 1].Text))
                ? person
                : null;
        }

        return null;
    }

    /// <summary>A quote with no cue continues the last speaker when it is in the same or the next paragraph.</summary>
    private static bool Continues(QuoteCandidate previous, QuoteCandidate quote, List<Element> elements)
    {
        if (quote.Element.Kind != ElementKind.Paragraph || previous.Element.Kind != ElementKind.Paragraph)
        {
            return false;
        }

        return quote.ElementOrder == previous.ElementOrder
            || (quote.ElementOrder == previous.ElementOrder + 1 && !quote.IsPartial);
    }

    /// <summary>
    /// The person opening the sentence right before a quote that has no cue, when that sentence holds
    /// no quote of its own and is in the same paragraph: "Comic artist Jenn St-Onge told of being
    /// forced to re-evaluate her life. "In my first stint, …"". A name or a pronoun; anything else
    /// (an organisation's description, a clause) gives nothing, so the quote falls back to continuing
    /// the previous quote's speaker.
    /// </summary>
    private static Cue? PreviousSentenceOpener(QuoteCandidate quote, List<QuoteCandidate> all, int sentenceStart, NameIndex names)
    {
        if (QuotelessSentenceBefore(quote, all, sentenceStart) is not { } sentence)
        {
            return null;
        }

        var (start, end) = sentence;

        var text = quote.Element.Unit.Text;
        var tokens = Token.Split(text, start, end);
        var cue = CueRules.SentenceOpener(text, tokens);
        if (cue is null && NamesNoOne(tokens) && WholeSentenceBefore(text, start) is { } earlier)
        {
            // "Le maire de Vierzon, Philippe Berthier, ne décolère pas. Pour la troisième fois, des dépôts sauvages ont été
            // découverts. « … »": a sentence about things, naming no one, stands between the quote and the person it goes on from.
            return PronounOrPerson(CueRules.SentenceOpener(text, Token.Split(text, earlier.Start, earlier.End)), names);
        }

        return PronounOrPerson(cue, names) ?? (cue is null ? AgeOpener(text, tokens) : null);
    }

    /// <summary>Whether a sentence names no one: no name, no pronoun of a person, no description by an office or a role before its verb.</summary>
    private static bool NamesNoOne(List<Token> tokens) =>
        NounPhrases.NameSpans(tokens, 0, tokens.Count).Count == 0 && !tokens.Exists(t => WordLists.Pronouns.Contains(t.Text) || WordLists.Titles.Contains(t.Text)
            || WordLists.OfficeKinds.ContainsKey(t.Text) || WordLists.PeopleNouns.Contains(t.Text));

    /// <summary>
    /// Past the phrase a capitalised participle opens at <paramref name="first"/> and its comma ("Interrogé sur la coopération,",
    /// "Blessé au genou en décembre,", "Asked about the deal,"): where the clause's subject may start; else <paramref name="first"/>.
    /// </summary>
    internal static int AfterOpeningParticiple(List<Token> tokens, int first) =>
        first < tokens.Count && tokens[first] is { IsCapitalized: true } opening
        && (Participles.IsPastOrSingularInU(opening.Lower) || opening.Lower is "asked" or "questioned" or "speaking")
        && tokens.FindIndex(first, t => t.Text == ",") is var openingComma && openingComma > first
            ? openingComma + 1
            : first;

    /// <summary>The most words an opening description by age is read over: "le coureur cycliste de 21 ans".</summary>
    private const int AgeOpenerReach = 6;

    /// <summary>
    /// "Margaret Hollis is still angry. The 78-year-old waited nine hours …. ¶ "…"", "Blessé au genou, le Savoyard de 24 ans sera
    /// absent. « … »": a sentence that opens (past connectives and an opening participle's or preposition's phrase) on a
    /// description by age, which refers back as a pronoun does (<see cref="RefersBack"/>), as a cue of the kind a pronoun is
    /// resolved from; else null.
    /// </summary>
    private static Cue? AgeOpener(string text, List<Token> tokens)
    {
        var first = AfterOpeningParticiple(tokens, CueRules.AfterConnectives(tokens)); // "Blessé au genou en décembre, le Savoyard …"

        // ("Sur Instagram, le Landais de 26 ans s'est voulu combatif": past an opening phrase of a preposition and its comma.)
        if (first < tokens.Count && WordLists.Prepositions.Contains(tokens[first].Text)
            && tokens.FindIndex(first + 1, System.Math.Min(AgeOpenerReach, tokens.Count - first - 1), t => t.Text == ",") is var comma && comma > 0)
        {
            first = comma + 1;
        }

        if (first >= tokens.Count || !WordLists.Determiners.Contains(tokens[first].Text))
        {
            return null;
        }

        for (var end = first + 2; end <= tokens.Count && end - first <= AgeOpenerReach; end++)
        {
            var description = NounPhrases.Slice(text, tokens, first, end);
            if (RefersBack(description))
            {
                return new Cue(SpeakerKind.Description, description, null);
            }
        }

        return null;
    }

    /// <summary>
    /// "Le ministre a voulu rassurer. « … »", "La présidente de la coopérative reste sceptique. « … »", "The company blamed rising
    /// costs. "…"": the sentence right before a quote with no cue opens on a definite description and its verb; when the
    /// description names one person or body the article gives (<see cref="DescribedSpeaker"/>), that one speaks, as a Name
    /// cue. Null otherwise.
    /// </summary>
    private static Cue? PreviousSentenceDescribed(QuoteCandidate quote, List<QuoteCandidate> all, int sentenceStart, Run run) =>
        QuotelessSentenceBefore(quote, all, sentenceStart) is { } sentence ? DescribedSubject(quote.Element.Unit.Text, sentence, quote, run) : null;

    /// <summary>
    /// "The judge was unmoved: "…"", "La préfète s'est montrée ferme : « … »": the quote's own sentence opens on a definite
    /// description and a verb that says nothing, then a colon right before the quote; read as the sentence before is by
    /// <see cref="PreviousSentenceDescribed"/>, and nearer than it. Null when no colon or another quote comes between.
    /// </summary>
    private static Cue? LeadInDescribed(QuoteCandidate quote, List<QuoteCandidate> all, int sentenceStart, Run run)
    {
        var text = quote.Element.Unit.Text;
        var colon = quote.Open - 1;
        while (colon > sentenceStart && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        var previousQuote = IndexAtOrBefore(all, colon);
        return colon > sentenceStart && text[colon] == ':' && !(previousQuote >= 0 && all[previousQuote] != quote && all[previousQuote].Close >= sentenceStart)
            ? DescribedSubject(text, (sentenceStart, colon), quote, run)
            : null;
    }

    /// <summary>The description opening <paramref name="sentence"/> and its verb, when it names one person or body the article gives (<see cref="PreviousSentenceDescribed"/>).</summary>
    private static Cue? DescribedSubject(string text, (int Start, int End) sentence, QuoteCandidate quote, Run run)
    {
        var tokens = Token.Split(text, sentence.Start, sentence.End);
        // ("Interrogé sur la coopération de Mexico, le Canadien a pesé ses mots": past an opening participle's phrase.)
        var first = AfterOpeningParticiple(tokens, CueRules.AfterConnectives(tokens));

        if (first + 2 >= tokens.Count || tokens[first].Lower is not ("le" or "la" or "l'" or "l’" or "the") || !tokens[first + 1].IsWord)
        {
            return null;
        }

        // "le Canadien a pesé ses mots" after "le Canadien Daniel Lussier": a noun of nationality the article gave one person.
        if (tokens[first + 1].IsCapitalized)
        {
            return IsLoneDemonym(tokens[first + 1].Text) && tokens[first + 2] is { IsWord: true, IsCapitalized: false }
                && DescribedSpeaker(NounPhrases.Slice(text, tokens, first, first + 2), quote, run) is { } national
                ? new Cue(SpeakerKind.Name, national.Speaker, null)
                : null;
        }

        for (var k = first + 2; k < tokens.Count && k <= first + DescribedSubjectReach; k++)
        {
            // ("Le parquet de Nancy, lui, se montre sûr de son fait": an emphatic pronoun between commas ends the subject.)
            var emphatic = tokens[k].Text == "," && k + 2 < tokens.Count && tokens[k + 1].Lower is "lui" or "elle" or "eux" or "elles" && tokens[k + 2].Text == ",";
            if (emphatic || WordLists.SubjectVerbs.Contains(tokens[k].Text) || SpeechVerbs.IsLowerCaseForm(tokens[k])
                || tokens[k].Lower is "se" or "s'" or "s’" or "est" or "reste" or "demeure" or "is" or "was" or "remains" or "remained"
                    // ("L'élu ne décolère pas", "Le capitaine en tire une leçon", "L'entraîneur lui promet …": a negation or a pronoun before the verb.)
                    or "ne" or "n'" or "n’" or "lui" or "leur" or "y" or "en"
                || tokens[k] is { IsWord: true, IsCapitalized: false } && NounPhrases.LooksLikePast(tokens[k]))
            {
                // (Not the description itself, found again as the subject of its own sentence.)
                var description = NounPhrases.Slice(text, tokens, first, k);
                return DescribedSpeaker(description, quote, run) is { } described && !string.Equals(described.Speaker, description, System.StringComparison.OrdinalIgnoreCase)
                    ? new Cue(SpeakerKind.Name, described.Speaker, null)
                    : null;
            }

            if (!tokens[k].IsWord)
            {
                return null;
            }

            // ("The coach keeps faith in her players", "La directrice refuse ce procès": a present no list holds. Any lower-case
            // word after the description may be its verb; taken as one only when the words before it are an office the article
            // gave one person.)
            if (!tokens[k].IsCapitalized && !IsFunctionWord(tokens[k].Text) && OfficeHolder(NounPhrases.Slice(text, tokens, first, k), run) is { } holder)
            {
                return new Cue(SpeakerKind.Name, holder, null);
            }
        }

        return null;
    }

    // A word that joins or opens the words of a noun phrase, no verb: "de", "of", "and", "the".
    private static bool IsFunctionWord(string word) =>
        WordLists.Prepositions.Contains(word) || WordLists.Determiners.Contains(word) || WordLists.NounLinks.Contains(word) || word is "and" or "et" or "or" or "ou";

    /// <summary>
    /// "A police spokesperson said the machines had been taken from farms across Ireland. "…"", "The company said it would review
    /// the programme. "…"": the sentence right before a quote with no cue that opens its own sentence opens on a description
    /// (definite or not) and its speech verb; that description speaks on, as a Description cue (resolved, where it can be, as a
    /// cue's description is). Null otherwise, and for a description by age, which <see cref="AgeOpener"/> reads as a pronoun.
    /// </summary>
    private static Cue? PreviousSentenceSayingDescription(QuoteCandidate quote, List<QuoteCandidate> all, int sentenceStart)
    {
        // (Only a quote that opens its sentence: "The children spoke to the court. One of them even went as far to say, "…"" is
        // one child's words.)
        if (!OpensSentence(quote, sentenceStart) || QuotelessSentenceBefore(quote, all, sentenceStart) is not { } sentence)
        {
            return null;
        }

        var text = quote.Element.Unit.Text;
        var tokens = Token.Split(text, sentence.Start, sentence.End);
        var first = CueRules.AfterConnectives(tokens);
        if (first + 2 >= tokens.Count || tokens[first].Lower is not ("the" or "a" or "an" or "le" or "la" or "l'" or "l’" or "un" or "une") || !tokens[first + 1].IsWord)
        {
            return null;
        }

        for (var k = first + 2; k < tokens.Count && k <= first + DescribedSubjectReach; k++)
        {
            // ("said", "a déclaré", "explique": the first verb, a speech verb's form, after the description's words; a past, or one
            // of the French presents of reporting: "The sign says nothing", "L'établissement public appelle à la prudence" are no
            // one's words.)
            var speechVerb = SpeechVerbs.IsLowerCaseForm(tokens[k]) ? k : tokens[k].Lower is "a" or "ont" && k + 1 < tokens.Count && SpeechVerbs.IsLowerCaseForm(tokens[k + 1]) ? k + 1 : -1;
            if (speechVerb > 0)
            {
                var description = NounPhrases.Slice(text, tokens, first, k);
                return RefersBack(description) || !(speechVerb > k || NounPhrases.LooksLikePast(tokens[k]) || ReportingForms.Contains(tokens[k].Text))
                    ? null
                    : new Cue(SpeakerKind.Description, description, null);
            }

            // (Another verb first ends the search: "A search of the van found an alleged weapon" is no one's saying. English "a" is
            // an article, "A spokesman for a local council said"; French "a" before a participle is a verb, "a été".)
            var englishArticle = tokens[k].Lower == "a" && !(k + 1 < tokens.Count && Participles.IsLowerCaseFrenchPast(tokens[k + 1].Text));
            if (!tokens[k].IsWord || (WordLists.SubjectVerbs.Contains(tokens[k].Text) && !englishArticle) || tokens[k].Lower is "is" or "was" or "est"
                || tokens[k] is { IsCapitalized: false } && NounPhrases.LooksLikePast(tokens[k]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// English pasts not in -ed and French presents of reporting that a description opening a sentence says something with
    /// (<see cref="PreviousSentenceSayingDescription"/>).
    /// </summary>
    private static readonly WordSet ReportingForms = new(new[] { "said", "told", "wrote", "déclare", "explique", "affirme", "indique", "précise", "souligne", "assure", "ajoute", "confirme" });

    /// <summary>The most words a definite description opening a sentence may have before its verb (<see cref="PreviousSentenceDescribed"/>).</summary>
    private const int DescribedSubjectReach = 8;

    /// <summary>The whole sentence of the quote's paragraph right before its sentence, when it holds no quote; else null.</summary>
    private static (int Start, int End)? QuotelessSentenceBefore(QuoteCandidate quote, List<QuoteCandidate> all, int sentenceStart)
    {
        if (WholeSentenceBefore(quote.Element.Unit.Text, sentenceStart) is not { } sentence)
        {
            return null;
        }

        var last = IndexAtOrBefore(all, sentence.End);
        return last >= 0 && all[last].Close >= sentence.Start && all[last] != quote ? null : sentence;
    }

    /// <summary>
    /// The incise that closes the sentence right before a quote with no cue, when that sentence holds no quote and is in the
    /// same paragraph: ", a confirmé le ministère des affaires étrangères français sans préciser son identité.", ", police
    /// spokesman John Carter said.". A name or a description; null otherwise.
    /// </summary>
    private static Cue? PreviousSentenceIncise(QuoteCandidate quote, List<QuoteCandidate> all, int sentenceStart)
    {
        if (QuotelessSentenceBefore(quote, all, sentenceStart) is not { } sentence)
        {
            return null;
        }

        return SentenceIncise(quote.Element.Unit.Text, sentence.Start, sentence.End);
    }

    /// <summary>
    /// "The Thistle Theatre Company is to close, its artistic director, Moira Gillespie, announced on Monday, citing …. ¶ "…"": a
    /// quote opening its paragraph with no cue goes on from the incise that closes the paragraph before, as from one that closes
    /// the sentence before in its own paragraph (<see cref="PreviousSentenceIncise"/>), when that paragraph ends with no quote.
    /// </summary>
    private static Cue? PreviousParagraphIncise(QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> byElement, int sentenceStart) =>
        LastSentenceOfParagraphBefore(quote, elements, byElement, sentenceStart) is var (text, start, end) ? SentenceIncise(text, start, end) : null;

    /// <summary>
    /// The last sentence of the paragraph right before the quote's, when the quote opens its own paragraph and that sentence
    /// holds no quote (its paragraph's text and bounds); else null.
    /// </summary>
    private static (string Text, int Start, int End)? LastSentenceOfParagraphBefore(QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> byElement, int sentenceStart)
    {
        if (sentenceStart > 0 || quote.ElementOrder == 0 || elements[quote.ElementOrder - 1] is not { Kind: ElementKind.Paragraph } before)
        {
            return null;
        }

        var text = before.Unit.Text;
        return WholeSentenceBefore(text, text.Length) is { } sentence
            && !(byElement.TryGetValue(before, out var quotesBefore) && quotesBefore[quotesBefore.Count - 1].Close >= sentence.Start)
            ? (text, sentence.Start, sentence.End)
            : null;
    }

    /// <summary>
    /// The incise closing a sentence: after its last comma (or the one before, when the last opens a participle's phrase:
    /// ", citing …"), a speech verb (not a participle) among the words, inverted (", a confirmé X") or not (", police spokesman
    /// John Carter said"). A name or a description; null otherwise.
    /// </summary>
    private static Cue? SentenceIncise(string text, int start, int end)
    {
        var tokens = Token.Split(text, start, end);
        var comma = tokens.FindLastIndex(t => t.Text == ",");
        if (comma > 0 && comma + 1 < tokens.Count && Participles.IsPresent(tokens[comma + 1].Text))
        {
            var inciseEnd = comma;
            comma = tokens.FindLastIndex(inciseEnd - 1, t => t.Text == ",");
            tokens = tokens.GetRange(0, inciseEnd);
        }

        if (comma <= 0 || tokens.Count - comma > InciseWords
            || tokens.FindIndex(comma + 1, t => t is { IsWord: true, IsCapitalized: false } && SpeechVerbs.IsLowerCaseForm(t) && !Participles.IsPresent(t.Text)) < 0)
        {
            return null;
        }

        // ("Rather, government sources confirmed his identity to various news outlets anonymously": with its subject before it, a
        // verb and its object are a clause, no incise; such an incise ends soon after its verb, on whom it was told to and where
        // or when at most. An inverted one, ", a confirmé le ministère … sans préciser", has its subject after the verb.)
        var verb = tokens.FindIndex(comma + 1, t => SpeechVerbs.IsLowerCaseForm(t));
        var inverted = verb == comma + 1 || (verb == comma + 2 && WordLists.FrenchAuxiliaries.Contains(tokens[comma + 1].Text));
        if (IsInciseShape(tokens, comma + 1) && (inverted || ShortIncise(tokens.GetRange(comma + 1, tokens.Count - comma - 1)).Count > 0))
        {
            return CueRules.After(text, tokens.GetRange(comma, tokens.Count - comma)) is { Kind: SpeakerKind.Name or SpeakerKind.Description } cue ? cue : null;
        }

        // (", its artistic director, Moira Gillespie, announced on Monday": an apposition's commas inside the incise; a name from
        // one or two commas further back. "…, insists there is room for both" is no incise.)
        for (var tries = 0; tries < 2 && (comma = tokens.FindLastIndex(comma - 1, t => t.Text == ",")) > 0 && tokens.Count - comma <= InciseWords; tries++)
        {
            if (CueRules.After(text, tokens.GetRange(comma, tokens.Count - comma)) is { Kind: SpeakerKind.Name } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>How many tokens, the comma and the final stop included, an incise closing a sentence holds at most.</summary>
    private const int InciseWords = 16;

    /// <summary>
    /// The whole sentence that ends right before <paramref name="end"/> (spaces skipped) with a full stop,
    /// "!" or "?", found within <see cref="CueReach"/> characters; null when there is none.
    /// </summary>
    private static (int Start, int End)? WholeSentenceBefore(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0 || text[end - 1] is not ('.' or '!' or '?'))
        {
            return null;
        }

        var start = end - 1;
        var limit = System.Math.Max(0, end - CueReach);
        while (start > limit && !(text[start - 1] is '.' or '!' or '?' or '…' && Sentences.IsEnd(text, start - 1)))
        {
            start--;
        }

        return start == limit && limit > 0 ? null : (start, end);
    }

    /// <summary>
    /// "« Nous ne fermerons pas cette école. » Jean-Paul Morvan, maire de Plouzévédé, n'a pas mâché ses mots", "“I still feel
    /// like I've got another Olympics in me.” Three-time world champion diver Owen Greaves, 33, has ruled out retirement": a
    /// whole quote that opens its paragraph with no cue, and the sentence right after it, in the same paragraph, opening on
    /// a person named in full: agency copy's lead quote, whose speaker the next sentence introduces. Null otherwise.
    /// </summary>
    private static Cue? NextSentenceOpener(QuoteCandidate quote, List<QuoteCandidate> all, NameIndex names)
    {
        var text = quote.Element.Unit.Text;
        if (quote.IsPartial || quote.RunsOn || !OpensSentence(quote, 0))
        {
            return null;
        }

        var start = quote.Close + 1;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // ""It no longer feels like time to panic": Womanish Words reflects on …": a colon after the quote opens the
        // sentence that says whose words they were, as a sentence end inside the quote does.
        if (start < text.Length && text[start] == ':')
        {
            do
            {
                start++;
            }
            while (start < text.Length && char.IsWhiteSpace(text[start]));
        }
        else if (!EndsSentenceInside(text, quote))
        {
            return null;
        }

        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return null;
        }

        // The next sentence, up to its end or the next quote.
        var end = System.Math.Min(text.Length, start + CueReach);
        foreach (var other in all)
        {
            if (other.Open >= start && other.Open < end)
            {
                end = other.Open;
            }
        }

        var sentenceEnd = Sentences.NextEnd(text, start, end);
        end = sentenceEnd < end ? sentenceEnd + 1 : end;

        return PersonOrNull(CueRules.SentenceOpener(text, Token.Split(text, start, end)), names) is { } person && person.Text.IndexOf(' ') > 0 ? person : null;
    }

    // The quote's words end on a sentence's closing mark ("… je serai maire. »", "… in me.”").
    private static bool EndsSentenceInside(string text, QuoteCandidate quote)
    {
        var last = quote.Close - 1;
        while (last > quote.Open && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        return text[last] is '.' or '!' or '?' or '…';
    }

    /// <summary>
    /// A name cue that is a person: a lone capitalised word opening a sentence ("Impeachment is the process
    /// …") only when the article names that person in full elsewhere; else null.
    /// </summary>
    private static Cue? PersonOrNull(Cue? cue, NameIndex names) =>
        cue is { Kind: SpeakerKind.Name } && (cue.Text.IndexOf(' ') > 0 || names.Fullest(cue.Text) != cue.Text) ? cue : null;

    /// <summary>A sentence opener as a cue: a pronoun as it is, a name when it is a person (<see cref="PersonOrNull"/>); else null.</summary>
    private static Cue? PronounOrPerson(Cue? opener, NameIndex names) => opener is { Kind: SpeakerKind.Pronoun } ? opener : PersonOrNull(opener, names);

    /// <summary>
    /// "Mary Brown has run the shelter for twenty years." then a paragraph that opens on a quote with no cue:
    /// the quote is the words of the person the paragraph before ends on, when its last sentence holds no quote.
    /// </summary>
    private static Cue? PreviousParagraphOpener(QuoteCandidate quote, int sentenceStart, Run run)
    {
        if (LastSentenceOfParagraphBefore(quote, run.Elements, run.ByElement, sentenceStart) is not var (text, start, end))
        {
            return null;
        }

        // ("The lead author urged caution." then a paragraph that opens on the quote: a description the article gave one person or
        // body, as in the quote's own paragraph, PreviousSentenceDescribed.)
        var tokens = Token.Split(text, start, end);
        return CueRules.SentenceOpener(text, tokens) is { } opener ? PronounOrPerson(opener, run.Names) : AgeOpener(text, tokens) ?? DescribedSubject(text, (start, end), quote, run);
    }

    /// <summary>
    /// "Une déclaration de Barcelone a confirmé … . La déclaration explique : « … »": a sentence opening on a statement noun
    /// alone and its speech verb names no speaker (the statement has no owner there); the one issuer of a statement the
    /// article names is who speaks. With none, the quote is left to the previous speaker, as before.
    /// </summary>
    private static Cue? IssuerOfStatementSubject(QuoteCandidate quote, int sentenceStart, NameIndex names)
    {
        // (Most articles name no issuer: the words before the quote are tokenised only when one is known.)
        if (names.StatementIssuerFor(quote.ElementOrder) is not { } issuer)
        {
            return null;
        }

        var text = quote.Element.Unit.Text;
        var tokens = Token.Split(text, sentenceStart, quote.Open);
        var determiner = CueRules.AfterConnectives(tokens);
        if (determiner + 2 < tokens.Count && IsStatementOwnerless(tokens, determiner)
            && (SpeechVerbs.IsLowerCaseForm(tokens[determiner + 2]) || tokens[determiner + 2].Lower is "read" or "reads"))
        {
            return new Cue(SpeakerKind.Name, issuer, null);
        }

        // "X released a statement addressing the arrest. It read, "…"": only a text reads; "it" is that statement.
        if (determiner + 1 < tokens.Count && tokens[determiner].Lower == "it" && tokens[determiner + 1].Lower is "read" or "reads")
        {
            return new Cue(SpeakerKind.Name, issuer, null);
        }

        // ""No Coalition troops were injured," read the statement", "« … », précise le communiqué", "the statement said".
        if (quote.RunsOn || quote.Close + 1 >= text.Length)
        {
            return null;
        }

        var after = Token.Split(text, quote.Close + 1, System.Math.Min(text.Length, quote.Close + 1 + 60));
        var first = after.Count > 0 && after[0].Text == "," ? 1 : 0;
        var speaks = first + 2 < after.Count
            && ((IsStatementOwnerless(after, first) && SpeechVerbs.IsLowerCaseForm(after[first + 2]))
                || ((SpeechVerbs.IsLowerCaseForm(after[first]) || after[first].Lower is "read" or "reads") && IsStatementOwnerless(after, first + 1)
                    && (first + 3 >= after.Count || !after[first + 3].IsWord)));
        return speaks ? new Cue(SpeakerKind.Name, issuer, null) : null;
    }

    // "the statement", "le communiqué", "cette déclaration": a definite statement noun that names no owner.
    private static bool IsStatementOwnerless(List<Token> tokens, int determiner) =>
        determiner + 1 < tokens.Count && tokens[determiner].Lower is "le" or "la" or "l'" or "l’" or "the" or "ce" or "cette" or "this"
        && WordLists.IsStatementNounItself(tokens[determiner + 1].Text);

    /// <summary>
    /// ""On behalf of the Court," wrote Chief Justice John G. Roberts, "I am saddened …"": the second part of a quote split
    /// by its incise follows another quote in its own sentence; it goes on with that quote's speaker, not with the person
    /// the sentences before it are about.
    /// </summary>
    private static bool FollowsQuoteInItsSentence(QuoteCandidate quote, List<QuoteCandidate> quotesOfElement, int sentenceStart)
    {
        foreach (var other in quotesOfElement)
        {
            if (other != quote && other.Open >= sentenceStart && other.Close < quote.Open)
            {
                return true;
            }
        }

        return false;
    }
}
