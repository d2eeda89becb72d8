using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Rule-based attribution of quotes to speakers, for French and English news. For each quote, in
/// order, the first rule that finds a cue wins:
/// <list type="number">
/// <item>An incise after the quote: <c>», a affirmé à l’AFP X, directeur de …</c>, <c>," said X</c>, <c>," X said</c>, <c>», a-t-il ajouté</c>, <c>», selon X</c>.</item>
/// <item>A cue before it in its sentence: <c>Selon X, « … »</c>, <c>according to X</c>, <c>X a jugé … « … »</c>, <c>X said: "…"</c>, <c>L’appel de X : « … »</c>.</item>
/// <item>No cue: a standalone quote right after a sentence about a person is that person's; else the quote continues the previous quote's speaker (same or previous paragraph).</item>
/// <item>Last, a quote with no cue of its own shares the cue of the next quote of its sentence.</item>
/// </list>
/// Pronouns resolve to the last person named as a speaker; names resolve to the fullest form the
/// article gives (<see cref="NameIndex"/>). Every rule reads a bounded window of tokens around the
/// quote, so the cost is linear in the article's length; no regular expression is used. This part runs the rules in
/// that order; <c>SpeakerAttributor.Cues.cs</c> finds a quote's cue, <c>SpeakerAttributor.NoCue.cs</c> reads quotes
/// with none, <c>SpeakerAttributor.Descriptions.cs</c> resolves descriptions to the people and bodies they name.
/// </summary>
internal static partial class SpeakerAttributor
{
    public static void Attribute(List<QuoteCandidate> quotes, List<Element> elements, string? language)
    {
        var run = new Run(NameIndex.Build(elements), elements, QuotesByElement(quotes), language);
        foreach (var quote in quotes)
        {
            var quotesOfElement = run.ByElement[quote.Element];
            var sentence = SentenceAround(quote.Element.Unit.Text, quote, quotesOfElement);
            if (InterviewTurns.Speaker(quote, sentence.Start, elements) is { } interviewed)
            {
                // "((Dorsa Derakhshani)) … that's why I said "no federation is perfect"": in an interview
                // transcript, "I" is the turn's speaker and the interviewer's "you" the person answering.
                quote.Speaker = interviewed;
                quote.HasOwnCue = true;
                run.LastPerson = interviewed;
            }
            else if (CueOf(quote, quotesOfElement, sentence, run) is { } found)
            {
                AttributeByCue(quote, found, sentence, run);
            }
            else
            {
                AttributeWithoutCue(quote, quotesOfElement, sentence, run);
            }

            if (quote.Speaker is not null)
            {
                run.Previous = quote;
            }
            else if (run.Previous is not null && quote.ElementOrder > run.Previous.ElementOrder + 1)
            {
                run.Previous = null;
            }
        }

        ShareSentenceSpeakers(quotes);
        ShareRunOnSpeakers(quotes);
    }

    /// <summary>What attribution carries from one quote of an article to the next.</summary>
    private sealed class Run(NameIndex names, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> byElement, string? language)
    {
        public NameIndex Names { get; } = names;

        public List<Element> Elements { get; } = elements;

        /// <summary>The quotes of each element (see <see cref="QuotesByElement"/>).</summary>
        public Dictionary<Element, List<QuoteCandidate>> ByElement { get; } = byElement;

        public string? Language { get; } = language;

        /// <summary>The role each person quoted with a role holds ("le ministre" → that minister), for descriptions later.</summary>
        public Dictionary<string, string?> RoleHolders { get; } = new(IgnoreCaseComparer.Instance);

        /// <summary>The last quote given a speaker, while it is near enough to go on speaking.</summary>
        public QuoteCandidate? Previous { get; set; }

        /// <summary>The last person (not a description) named as a speaker: what a pronoun falls back on.</summary>
        public string? LastPerson { get; set; }
    }

    /// <summary>
    /// The quotes of each element, so the rules that look at neighbouring quotes read only the element's own: over the
    /// whole article that would be quadratic in its length.
    /// </summary>
    private static Dictionary<Element, List<QuoteCandidate>> QuotesByElement(List<QuoteCandidate> quotes)
    {
        var byElement = new Dictionary<Element, List<QuoteCandidate>>();
        foreach (var quote in quotes)
        {
            if (!byElement.TryGetValue(quote.Element, out var list))
            {
                byElement.Add(quote.Element, list = new List<QuoteCandidate>());
            }

            list.Add(quote);
        }

        return byElement;
    }

    /// <summary>
    /// The quote's cue: its own incise inside its marks first; then the words around it; then, for a quote that opens its
    /// sentence with no cue, the next sentence pointing back at it. Null when nothing names a speaker.
    /// </summary>
    private static Cue? CueOf(QuoteCandidate quote, List<QuoteCandidate> quotesOfElement, (int Start, int End) sentence, Run run)
    {
        // The words before a colon right before the quote, split once for the two rules that read them.
        var leadIn = LeadInToColon(quote, sentence.Start);
        var text = quote.Element.Unit.Text;
        return (quote.IsPartial ? null : InnerIncise.Find(quote))
            ?? (leadIn is null ? null : TitledNameLabel(text, leadIn) ?? HandleLabel(text, leadIn))
            ?? FindCue(quote, quotesOfElement, sentence)
            ?? (leadIn is null ? null : ColonLeadIn(text, leadIn, run.Names))
            ?? LeadInBeforeColon(quote, run.Elements)
            ?? SignatureLine(quote, run.Elements)
            ?? (quote.IsPartial && !OpensSentence(quote, sentence.Start) ? null : Cataphora.Find(quote))
            ?? IssuerOfStatementSubject(quote, sentence.Start, run.Names)
            ?? ApposedToSubject(quote, sentence.Start);
    }

    /// <summary>
    /// "Les Farc, « très attristés par cette tragédie », ont proposé leur aide", "The rebels, "deeply saddened by this tragedy,"
    /// offered": a quote between commas right after the noun phrase that opens the clause, before that phrase's verb, is what
    /// the subject said of itself. The phrase runs from the sentence's start or its last comma before the quote's; null when it
    /// is no name or description, or no lower-case word (no "et"/"and") follows the quote's comma, or the quote opens on a capital
    /// or a determiner.
    /// </summary>
    private static Cue? ApposedToSubject(QuoteCandidate quote, int sentenceStart)
    {
        var text = quote.Element.Unit.Text;
        var after = quote.Close + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        // (A title or a name is capitalised: "the "Capital of the Surf", the city, hosts"; a noun phrase is an epithet others
        // gave the subject: "Trevisan, "the most misterious of Brazilian writers", is", "Jacline Mouraud, « la modérée », veut".)
        if (quote.TextStart >= quote.TextEnd || !char.IsLower(text[quote.TextStart])
            || Token.Split(text, quote.TextStart, System.Math.Min(quote.TextEnd, quote.TextStart + 20)) is not { Count: > 0 } words
            || WordLists.Determiners.Contains(words[0].Text))
        {
            return null;
        }

        // (The comma may stand inside the marks: "the rebels, "deeply saddened by this tragedy," offered".)
        var commaInside = text[quote.TextEnd - 1] == ',';
        if (!commaInside && (after >= text.Length || text[after] != ','))
        {
            return null;
        }

        if (Token.Split(text, commaInside ? after : after + 1, System.Math.Min(text.Length, after + 30)) is not { Count: > 0 } next
            || next[0] is not { IsWord: true, IsCapitalized: false } verb || verb.Lower is "et" or "and" or "ou" or "or" or "mais" or "but")
        {
            return null;
        }

        var tokens = Token.Split(text, sentenceStart, quote.Open);
        if (tokens.Count < 2 || tokens[tokens.Count - 1].Text != ",")
        {
            return null;
        }

        var start = tokens.FindLastIndex(tokens.Count - 2, t => t.Text == ",") + 1;
        if (start >= tokens.Count - 1 || !(tokens[start].IsCapitalized || WordLists.Determiners.Contains(tokens[start].Text))
            || tokens.FindIndex(start, t => t.Text is "\"" or "“" or "”" or "«" or "»") >= 0)
        {
            return null; // (a phrase that opens on a lower-case word or holds a quote is no subject: "Thank you to those who said, "…",")
        }

        return NounPhrases.Subject(text, tokens, start, tokens.Count - 1) is { Kind: SpeakerKind.Name or SpeakerKind.Description } subject
            ? subject
            : null;
    }

    /// <summary>The speaker and role a cue gives: a name in its fullest form, a pronoun resolved, a description resolved to whom it names.</summary>
    private static void AttributeByCue(QuoteCandidate quote, Cue found, (int Start, int End) sentence, Run run)
    {
        // "« … », a assuré ce dernier": read as a description, resolved as a pronoun.
        if (found.Kind == SpeakerKind.Description && Antecedents.LatterAgreement(found.Text) is not null)
        {
            found = found with { Kind = SpeakerKind.Pronoun };
        }

        var role = found.Role;
        string? speaker;
        switch (found.Kind)
        {
            case SpeakerKind.Name:
                var (name, title) = PersonNames.Clean(found.Text);
                if (title is null && role is not null && EndsWithLink(role) && PersonNames.Clean(role + " " + found.Text) is { Title: not null } office
                    && office.Name.Length < found.Text.Length)
                {
                    // "US Special Representative for | Iran Brian Hook": the office's place was read as
                    // the name's first word; the whole phrase is a title, its place, then the person.
                    (name, title, role) = (office.Name, office.Title, null);
                }

                // ("Sir Keir said" after "Keir Starmer": a knight is named by the given name, even a known one. The cue may have
                // read the title as the role.)
                var knight = (title ?? role) is "Sir" or "Dame" && name.IndexOf(' ') < 0 ? run.Names.OnlyNameOpeningWith(name) : null;
                speaker = run.Names.Separated(knight ?? run.Names.Fullest(name, byGivenName: title is null && (role is null || !EndsWithTitle(role))));

                // "« … », prévient le SNAA" after "Le Syndicat national autonome des aiguilleurs (SNAA)": the name in full.
                if (speaker.IndexOf(' ') < 0 && run.Names.ExpansionOf(speaker) is { } expanded)
                {
                    speaker = expanded;
                }
                else if (speaker.IndexOf('(') > 0)
                {
                    speaker = WithoutAcronymAside(speaker); // "l'Agence régionale de santé (ARS) de Normandie"
                }

                // "José Mourinho said, "…". The Portuguese added, "…"": a noun of nationality alone stands, as a pronoun does, for
                // the person the sentences before are about, when that is a full name (of either gender: "the" reads none).
                // ("raconte la Savoyarde", "a souri le Breton": a French region's noun, by its shape, as a nation's.)
                if (title is null && speaker == found.Text && (IsLoneDemonym(found.Text) || IsRegionalDemonym(found.Text, run.Names))
                    && StandsAloneAfterThe(quote.Element.Unit.Text, found.Text)
                    && NamedAntecedent(quote, run, "the " + found.Text) is { } demonymOf)
                {
                    speaker = demonymOf;
                }

                // "Hong Kong director of" + "Amnesty International": one role when written as one.
                role = role is not null && title is not null && quote.Element.Unit.Text.IndexOf(role + " " + title, System.StringComparison.Ordinal) >= 0
                    ? role + " " + title
                    : role ?? title;
                break;
            case SpeakerKind.Pronoun:
                // "« … », ajoute-t-il encore, tout en disant … de M. Max … « … », déclare-t-il encore": again the
                // previous quote's speaker, whoever was named in between.
                speaker = ((found.Again || AddsToPrevious(quote, run.Previous, sentence) || GoesOnFromPrevious(quote, run.Previous, sentence)) && run.Previous?.Speaker is { } goesOn ? AgreeingOrNull(goesOn, found.Text, run.Names) : null)
                    ?? Antecedents.Find(quote, run.Elements, run.ByElement, run.Names, found.Text) ?? AgreeingOrNull(run.LastPerson, found.Text, run.Names)
                    ?? Antecedents.OfficeOpeningBefore(quote, run.Elements, run.ByElement, found.Text);

                speaker = ThroughDescribedAntecedent(speaker, quote, run);
                break;
            default:
                // "First Minister of Scotland Nicola Sturgeon": a description that ends with a
                // title and a capitalised name is that person.
                var (named, heading) = PersonNames.Clean(found.Text);
                if (heading is null || named.IndexOf(' ') < 0 || EndsInLowerCase(named))
                {
                    // "le journal parodique Le Gorafi": a description in apposition before a name.
                    (named, heading) = TrailingName(found.Text);
                }

                // ("A spokesperson for Prime Minister Justin Trudeau": the spokesperson speaks.)
                if (heading is not null && PersonNames.IsDescriptionOfSomeone(heading))
                {
                    heading = null;
                }

                speaker = heading is not null ? run.Names.Separated(run.Names.Fullest(named)) : found.Kind == SpeakerKind.Description ? AsDescription(found.Text, run.Language) : found.Text;
                role = heading is not null ? role ?? heading : role;

                // "« … », a ajouté le ministre" after "le ministre de l'Intérieur Christophe Castaner", "…," the company said": a
                // definite description names whom the article gives that role or kind, or whom it refers back to.
                if (heading is null && DescribedSpeaker(found.Text, quote, run) is { } described)
                {
                    speaker = described.Speaker;
                    role = described.ReplacesRole ? described.Role : role;
                }

                break;
        }

        // "'We will rebuild,' says mayor of flooded town", "Mayor vows: 'We will rebuild'": a headline names by a title with no
        // determiner whom the article names in full, when it gives that title to one person.
        if (speaker is not null && quote.Element.IsHeadline && found.Kind != SpeakerKind.Pronoun && HeadlineTitleHolder(speaker, run.Names) is { } titled)
        {
            (speaker, role) = (titled, speaker);
        }

        if (speaker is not null)
        {
            if (found.Kind == SpeakerKind.Name && role is not null)
            {
                NoteRoleHolder(role, speaker, run.RoleHolders);
            }

            quote.Speaker = speaker;
            quote.Role = role is not null && WordLists.FormsOfAddress.Contains(role) ? null : role; // "Mme Grand", "Mr. Grant": no role
            quote.HasOwnCue = true;
            if (found.Kind != SpeakerKind.Description)
            {
                run.LastPerson = speaker;
            }
        }
    }

    /// <summary>
    /// The person an epithet or a lone demonym (<paramref name="phrase"/>) stands for, found as a pronoun's antecedent is, when
    /// that is a full name (capitalised, two words or more), not another description; else null. (A description that opens a
    /// sentence is capitalised too, "The suspect's neighbour, who declined to be named, said": its determiner tells it apart.)
    /// </summary>
    private static string? NamedAntecedent(QuoteCandidate quote, Run run, string phrase) =>
        Antecedents.Find(quote, run.Elements, run.ByElement, run.Names, phrase, beforeSentenceOf: SubjectBeforeQuote(quote, phrase)) is { } person && person.IndexOf(' ') is var space && space > 0 && char.IsUpper(person[0])
        && !WordLists.Determiners.Contains(person.Substring(0, space)) && person.IndexOf(',') < 0 ? person : null;

    // ("Le responsable agricole réclame des dérogations, faute de quoi « … »": an epithet of lower-case words written before
    // the quote in its paragraph, as the subject of the quote's sentence or of one before, refers to someone named before
    // it, not to itself. Not "The Biden campaign accused …", "the country's military said …": a name or an owner in it
    // introduces someone else. "Le député de Seine-Saint-Denis" names a place only.)
    // (Looked for in the antecedent search's reach before the quote only: a paragraph of thousands of quotes stays linear.)
    private static int SubjectBeforeQuote(QuoteCandidate quote, string phrase) =>
        quote.Open > 0 && IsPlainEpithet(phrase)
        && quote.Element.Unit.Text.LastIndexOf(phrase, quote.Open - 1, System.Math.Min(quote.Open, Antecedents.Reach), System.StringComparison.Ordinal) is var at && at >= 0
            ? at
            : -1;

    private static bool IsPlainEpithet(string phrase)
    {
        var words = WordStrings.SplitOnSpaces(phrase);
        for (var i = 1; i < words.Length; i++)
        {
            if ((!char.IsLower(words[i][0]) && !IsPlaceAfterLink(words, i)) || NounPhrases.IsPossessive(words[i]) || words[i].IndexOfAny(Digits) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly char[] Digits = "0123456789".ToCharArray();

    // ("de Seine-Saint-Denis", "du Val d'Oise": capitalised words of a place after a French link word.)
    private static bool IsPlaceAfterLink(string[] words, int i)
    {
        for (var k = i - 1; k >= 1; k--)
        {
            if (words[k].ToLowerInvariant() is "de" or "du")
            {
                return true;
            }

            if (!char.IsUpper(words[k][0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The person or body a pronoun's antecedent stands for when the antecedent is itself a description: an office one person
    /// holds, an age or "l'intéressé", a body's head noun, an epithet; else the antecedent as found (null stays null).
    /// </summary>
    private static string? ThroughDescribedAntecedent(string? speaker, QuoteCandidate quote, Run run)
    {
        if (speaker is null)
        {
            return null;
        }

        // "the president said …. He added, saying, "…"": an antecedent described by an office the article gave one
        // person is that person, as the description itself would be.
        if ((TitleHolder(speaker, run.Names) ?? run.Names.HolderOfWholeTitle(speaker)) is { } officeHolder)
        {
            return officeHolder;
        }

        if (RefersBack(speaker) && Antecedents.Find(quote, run.Elements, run.ByElement, run.Names, speaker) is { } referredBefore)
        {
            // "… Patrick Mollard. Le sexagénaire a reconnu … « … », a-t-il expliqué": an antecedent that itself refers back
            // (by age, "l'intéressé") stands for whom it refers to, as it would as the cue's own words.
            return referredBefore;
        }

        if (OrganisationHolder(speaker, run.Names, quote.ElementOrder) is { } bodyOf)
        {
            // "The Tasmanian Wildlife Service announced …. The service credited …. "…," it said": "it" stands for "the
            // service", which names the one body the article gave that head noun (or that kind's noun).
            return bodyOf;
        }

        if (OrganisationKindHead(speaker) is not null && DescribedSpeaker(speaker, quote, run) is { } organisationOf)
        {
            // "The company blamed falling orders, which it said had left the site "…"": "it" stands for "the company",
            // which names the organisation as the description itself would.
            return organisationOf.Speaker;
        }

        if (((IsPersonEpithet(speaker, run.Names) ? NamedAntecedent(quote, run, speaker) : null) ?? ElectedQuotedBefore(speaker, quote, run)) is { } epithetOf)
        {
            // "… a fustigé Karim Belhadj. ¶ Le député de Seine-Saint-Denis a également dénoncé … « … », a-t-il affirmé": an
            // antecedent that is an epithet stands for the person named before it, as the epithet itself would.
            return epithetOf;
        }

        return speaker;
    }

    /// <summary>A quote with no cue of its own: the sentence or paragraph before names its speaker, the last speaker goes on, or the interview turn it is in.</summary>
    private static void AttributeWithoutCue(QuoteCandidate quote, List<QuoteCandidate> quotesOfElement, (int Start, int End) sentence, Run run)
    {
        if (!quote.IsPartial && !FollowsQuoteInItsSentence(quote, quotesOfElement, sentence.Start)
            && (LeadInDescribed(quote, quotesOfElement, sentence.Start, run) ?? PreviousSentenceOpener(quote, quotesOfElement, sentence.Start, run.Names) ?? PreviousSentenceDescribed(quote, quotesOfElement, sentence.Start, run)
                ?? PreviousParagraphOpener(quote, sentence.Start, run)) is { } opener
            && (opener.Kind == SpeakerKind.Name ? FullName(opener.Text, run.Names)
                : ThroughDescribedAntecedent(Antecedents.Find(quote, run.Elements, run.ByElement, run.Names, opener.Text) ?? AgreeingOrNull(run.LastPerson, opener.Text, run.Names), quote, run)) is { } subject)
        {
            // "John Rhys-Davies broke news when he revealed … . "Jerry and I are talking to NBC …"":
            // a quote standing alone after a sentence about a person is that person's words.
            quote.Speaker = subject;
            if (opener.Kind == SpeakerKind.Name)
            {
                run.LastPerson = subject;
            }
        }
        else if (!quote.IsPartial && !FollowsQuoteInItsSentence(quote, quotesOfElement, sentence.Start)
            && (PreviousSentenceIncise(quote, quotesOfElement, sentence.Start) ?? PreviousParagraphIncise(quote, run.Elements, run.ByElement, sentence.Start)
                ?? PreviousSentenceSayingDescription(quote, quotesOfElement, sentence.Start)) is { } incise)
        {
            // "Un Français a été enlevé …, a confirmé le ministère des affaires étrangères. « Nous sommes mobilisés … »": the
            // one who vouched for the sentence before goes on speaking.
            // ("Dans un communiqué, l'entreprise se dit confiante. « … »": a description names whom it refers to, as in a cue.)
            quote.Speaker = incise.Kind == SpeakerKind.Name ? FullName(incise.Text, run.Names)
                : DescribedSpeaker(incise.Text, quote, run)?.Speaker ?? AsDescription(incise.Text, run.Language);
            if (incise.Kind == SpeakerKind.Name)
            {
                run.LastPerson = quote.Speaker; // as the opener branch above does: a later "he" may stand for this person
            }
        }
        else if (NextSentenceOpener(quote, quotesOfElement, run.Names) is { } introduced)
        {
            // "« … » Jean-Paul Morvan, maire de Plouzévédé, n'a pas mâché ses mots": the lead quote's speaker, introduced
            // by the sentence right after it.
            quote.Speaker = FullName(introduced.Text, run.Names);
            run.LastPerson = quote.Speaker;
        }
        else if (run.Previous?.Speaker is not null && Continues(run.Previous, quote, run.Elements))
        {
            quote.Speaker = run.Previous.Speaker;
            quote.Role = run.Previous.Role;
        }
        else if (PersonSubjectOfItsSentence(quote, sentence.Start, run.Names) is { } sentenceSubject)
        {
            // "François de Rugy, ministre de la Transition écologique, est « agréablement surpris » du succès de cette pétition
            // qui « est peut-être aussi une réplique … »": a partial quote that no cue and no earlier speaker claims is the
            // words of the person its sentence is about.
            quote.Speaker = sentenceSubject;
        }
        else if (InterviewTurns.TurnOwner(quote, run.Elements) is { } owner)
        {
            // "((Rich Bowen)) … "The future of the CentOS Project is CentOS Stream."": with no cue, a
            // quote in an interview turn is the words of the person the turn belongs to, or answers.
            quote.Speaker = owner;
            quote.SpeakerIsTurnOwner = true;
        }
    }

    /// <summary>
    /// ""Hospitals have no fuel … | "We need safe corridors now," he said.": a quote that runs on over paragraphs is
    /// one speaker's, so a paragraph of it with no cue of its own takes the speaker of the paragraph that reopens
    /// it, when that one has a cue (the last paragraph of a run often carries the incise).
    /// </summary>
    private static void ShareRunOnSpeakers(List<QuoteCandidate> quotes)
    {
        for (var k = quotes.Count - 2; k >= 0; k--)
        {
            var quote = quotes[k];
            var next = quotes[k + 1];
            if (quote.RunsOn && !quote.HasOwnCue && next.Speaker is not null && (next.HasOwnCue || next.RunsOn)
                && next.ElementOrder == quote.ElementOrder + 1 && next.Open == 0) // (paragraph texts are trimmed: the reopening mark is their first character)
            {
                quote.Speaker = next.Speaker;
                quote.Role = next.Role;
                quote.HasOwnCue = next.HasOwnCue;
            }
        }
    }

    /// <summary>
    /// "« Tout incident … est très sérieux », bien que cela ne « devrait pas se traduire par une fuite »,
    /// estime Neil Hyatt": a quote with no cue of its own shares the cue of the next quote of its sentence
    /// (it wins over continuing the previous paragraph's speaker).
    /// </summary>
    private static void ShareSentenceSpeakers(List<QuoteCandidate> quotes)
    {
        for (var k = quotes.Count - 2; k >= 0; k--)
        {
            var quote = quotes[k];
            var next = quotes[k + 1];
            if (quote.HasOwnCue || next.Speaker is null || !next.HasOwnCue || next.Element != quote.Element || next.Open <= quote.Close
                || next.Open - quote.Close > CueReach)
            {
                continue;
            }

            var text = quote.Element.Unit.Text;
            var sameSentence = true;
            for (var i = quote.Close + 1; i < next.Open && sameSentence; i++)
            {
                sameSentence = !(text[i] is '.' or '!' or '?' && Sentences.IsEnd(text, i));
            }

            if (sameSentence)
            {
                quote.Speaker = next.Speaker;
                quote.Role = next.Role;
            }
        }
    }
}
