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
/// quote, so the cost is linear in the article's length; no regular expression is used.
/// </summary>
internal static class SpeakerAttributor
{
    public static void Attribute(List<QuoteCandidate> quotes, List<Element> elements, string? language)
    {
        var names = NameIndex.Build(elements);

        // The quotes of each element, so the rules that look at neighbouring quotes read only the
        // element's own: over the whole article that would be quadratic in its length.
        var byElement = new Dictionary<Element, List<QuoteCandidate>>();
        foreach (var quote in quotes)
        {
            if (!byElement.TryGetValue(quote.Element, out var list))
            {
                byElement.Add(quote.Element, list = new List<QuoteCandidate>());
            }

            list.Add(quote);
        }

        QuoteCandidate? previous = null;
        string? lastPerson = null;
        var roleHolders = new Dictionary<string, string?>(IgnoreCaseComparer.Instance);
        foreach (var quote in quotes)
        {
            var sentence = SentenceAround(quote.Element.Unit.Text, quote, byElement[quote.Element]);
            // The quote's own incise inside its marks first; then the words around it; then, for a quote that opens its
            // sentence with no cue, the next sentence pointing back at it.
            var cue = (quote.IsPartial ? null : InnerIncise.Find(quote))
                ?? FindCue(quote, byElement[quote.Element], sentence)
                ?? ColonLeadIn(quote, sentence.Start, names)
                ?? LeadInBeforeColon(quote, elements)
                ?? SignatureLine(quote, elements)
                ?? (quote.IsPartial && !OpensSentence(quote, sentence.Start) ? null : Cataphora.Find(quote))
                ?? IssuerOfStatementSubject(quote, sentence.Start, names);
            if (InterviewTurns.Speaker(quote, sentence.Start, elements) is { } interviewed)
            {
                // "((Dorsa Derakhshani)) … that's why I said "no federation is perfect"": in an interview
                // transcript, "I" is the turn's speaker and the interviewer's "you" the person answering.
                quote.Speaker = interviewed;
                quote.HasOwnCue = true;
                lastPerson = interviewed;
            }
            else if (cue is { } found)
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

                        speaker = names.Separated(names.Fullest(name, byGivenName: title is null && (role is null || !EndsWithTitle(role))));

                        // "Hong Kong director of" + "Amnesty International": one role when written as one.
                        role = role is not null && title is not null && quote.Element.Unit.Text.IndexOf(role + " " + title, System.StringComparison.Ordinal) >= 0
                            ? role + " " + title
                            : role ?? title;
                        break;
                    case SpeakerKind.Pronoun:
                        // "« … », ajoute-t-il encore, tout en disant … de M. Max … « … », déclare-t-il encore": again the
                        // previous quote's speaker, whoever was named in between.
                        speaker = ((found.Again || AddsToPrevious(quote, previous, sentence)) && previous?.Speaker is { } goesOn ? AgreeingOrNull(goesOn, found.Text, names) : null)
                            ?? Antecedents.Find(quote, elements, names, found.Text) ?? AgreeingOrNull(lastPerson, found.Text, names);
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

                        speaker = heading is not null ? names.Separated(names.Fullest(named)) : found.Kind == SpeakerKind.Description ? AsDescription(found.Text, language) : found.Text;
                        role = heading is not null ? role ?? heading : role;

                        // "« … », a ajouté le ministre" after "le ministre de l'Intérieur Christophe Castaner": a
                        // definite description by a role that one person quoted before holds is that person.
                        if (heading is null && (RoleHolder(found.Text, roleHolders) ?? TitleHolder(found.Text, names) ?? names.HolderOfWholeTitle(found.Text) ?? names.HolderOfLeadingOffice(found.Text)) is { } holder)
                        {
                            (speaker, role) = (holder, WithoutDeterminer(found.Text)); // "the chief" → role "chief", as roles are written
                        }
                        else if (heading is null && IsDefiniteStatement(found.Text) && names.StatementIssuerFor(quote.ElementOrder) is { } issuer)
                        {
                            // "selon un communiqué de Turkey Blocks … « … » peut-on lire dans le communiqué": the statement named
                            // before with its issuer is the one "le communiqué" refers back to; its issuer speaks.
                            (speaker, role) = (issuer, null);
                        }
                        else if (heading is null && OrganisationHolder(found.Text, names) is { } organisation)
                        {
                            // "Le groupe laitier Lacto-Normandie a procédé au rappel … « … », a indiqué l'entreprise": a
                            // definite description by the noun of an organisation's kind is the one organisation given so.
                            (speaker, role) = (organisation, null);
                        }
                        else if (heading is null && RefersBack(found.Text) && Antecedents.Find(quote, elements, names, found.Text) is { } referred)
                        {
                            // "Jack Doherty has run the same boat for 40 years. … "…," the 67-year-old said": a person
                            // named by their age (or "l'intéressé", "la jeune femme") stands, as a pronoun does, for the
                            // person the sentences before are about.
                            speaker = referred;
                        }

                        break;
                }

                if (speaker is not null)
                {
                    if (found.Kind == SpeakerKind.Name && role is not null)
                    {
                        NoteRoleHolder(role, speaker, roleHolders);
                    }

                    quote.Speaker = speaker;
                    quote.Role = role is not null && WordLists.FormsOfAddress.Contains(role) ? null : role; // "Mme Grand", "Mr. Grant": no role
                    quote.HasOwnCue = true;
                    if (found.Kind != SpeakerKind.Description)
                    {
                        lastPerson = speaker;
                    }
                }
            }
            else if (!quote.IsPartial && !FollowsQuoteInItsSentence(quote, byElement[quote.Element], sentence.Start)
                && (PreviousSentenceOpener(quote, byElement[quote.Element], sentence.Start, names) ?? PreviousParagraphOpener(quote, elements, byElement, sentence.Start, names)) is { } opener
                && (opener.Kind == SpeakerKind.Name ? FullName(opener.Text, names) : Antecedents.Find(quote, elements, names, opener.Text) ?? AgreeingOrNull(lastPerson, opener.Text, names)) is { } subject)
            {
                // "John Rhys-Davies broke news when he revealed … . "Jerry and I are talking to NBC …"":
                // a quote standing alone after a sentence about a person is that person's words.
                quote.Speaker = subject;
                if (opener.Kind == SpeakerKind.Name)
                {
                    lastPerson = subject;
                }
            }
            else if (previous?.Speaker is not null && Continues(previous, quote, elements))
            {
                quote.Speaker = previous.Speaker;
                quote.Role = previous.Role;
            }
            else if (InterviewTurns.TurnOwner(quote, elements) is { } owner)
            {
                // "((Rich Bowen)) … "The future of the CentOS Project is CentOS Stream."": with no cue, a
                // quote in an interview turn is the words of the person the turn belongs to, or answers.
                quote.Speaker = owner;
                quote.SpeakerIsTurnOwner = true;
            }

            if (quote.Speaker is not null)
            {
                previous = quote;
            }
            else if (previous is not null && quote.ElementOrder > previous.ElementOrder + 1)
            {
                previous = null;
            }
        }

        ShareSentenceSpeakers(quotes);
        ShareRunOnSpeakers(quotes);
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

    /// <summary>
    /// Notes who holds a role, by its head noun ("ministre de l'Intérieur" → "ministre") and in full; a role
    /// two people hold (two ministers) holds nobody (null).
    /// </summary>
    private static void NoteRoleHolder(string role, string person, Dictionary<string, string?> holders)
    {
        // The whole role, then its head (RoleHead of the trimmed role is the role's: Trim is idempotent).
        var key = RoleKey(role);
        Note(key);
        Note(RoleHead(key));

        void Note(string key)
        {
            if (key.Length > 0)
            {
                holders[key] = holders.TryGetValue(key, out var known) && known != person ? null : person;
            }
        }
    }

    /// <summary>"le ministre", "the prime minister", "la ministre de la Justice": the one person quoted before with that role, else null.</summary>
    private static string? RoleHolder(string description, Dictionary<string, string?> holders)
    {
        var space = description.IndexOf(' ');
        var definite = space > 0 && description.Substring(0, space).ToLowerInvariant() is "le" or "la" or "the";
        var elided = OpensOnElidedArticle(description);
        if (!definite && !elided)
        {
            return null;
        }

        var rest = definite ? description.Substring(space + 1) : description.Substring(2);
        return holders.TryGetValue(RoleKey(rest), out var whole) ? whole
            : rest.IndexOf(' ') < 0 && holders.TryGetValue(RoleHead(rest), out var byHead) ? byHead
            : null;
    }

    // "le pape" (+ "François"): a role whose last word is a title names the person by that title, not by a given name alone.
    private static bool EndsWithTitle(string role)
    {
        var space = role.LastIndexOf(' ');
        var last = space < 0 ? role : role.Substring(space + 1);
        return WordLists.Titles.Contains(last) || PersonNames.IsTitle(last);
    }

    // "le communiqué", "the statement", "la déclaration": a definite article and a statement noun, nothing else.
    private static bool IsDefiniteStatement(string description)
    {
        var space = description.IndexOf(' ');
        var (article, noun) = space > 0 ? (description.Substring(0, space), description.Substring(space + 1))
            : description.Length > 2 && description[1] is '\'' or '’' ? (description.Substring(0, 2), description.Substring(2)) : (string.Empty, string.Empty);
        return article.ToLowerInvariant() is "le" or "la" or "the" or "l'" or "l’" && noun.IndexOf(' ') < 0 && WordLists.StatementNouns.Contains(noun)
            && noun.ToLowerInvariant() is not ("celle" or "celui" or "celles" or "ceux");
    }

    /// <summary>"the 67-year-old", "the 45-year-old man", "le quinquagénaire", "l'octogénaire": a definite description by age.</summary>
    private static bool IsAgeDescription(string description)
    {
        var words = WordStrings.SplitOnSpaces(description);
        if (words.Length == 1 && OpensOnElidedArticle(words[0]))
        {
            return IsAgeNoun(words[0].Substring(2));
        }

        return words.Length is 2 or 3 && words[0].ToLowerInvariant() is "the" or "le" or "la"
            && (words[1].EndsWith("-year-old", System.StringComparison.Ordinal) && char.IsDigit(words[1][0]) || IsAgeNoun(words[1]))
            && (words.Length == 2 || words[2].ToLowerInvariant() is "man" or "woman" or "boy" or "girl");
    }

    /// <summary>
    /// A definite description that refers back to someone already named, as a pronoun does: by age (<see cref="IsAgeDescription"/>),
    /// "l'intéressé(e)" (the person concerned), "la jeune femme", "the young man".
    /// </summary>
    private static bool RefersBack(string description)
    {
        if (IsAgeDescription(description))
        {
            return true;
        }

        var words = WordStrings.SplitOnSpaces(description);
        return (words.Length == 1 && OpensOnElidedArticle(words[0]) && words[0].Substring(2).ToLowerInvariant() is "intéressé" or "intéressée")
            || (words.Length == 3 && words[0].ToLowerInvariant() is "the" or "le" or "la" && words[1].ToLowerInvariant() is "young" or "jeune"
                && words[2].ToLowerInvariant() is "man" or "woman" or "homme" or "femme");
    }

    /// <summary>
    /// A description as a speaker, or null when the words a rule read are a clause, not a noun phrase
    /// ("veut mener une politique d'austérité", "a reçu un mail", "you don't", "déjà connu des services de
    /// police"): no speaker rather than a wrong one. A leading adverb is dropped ("now the seller" → "the seller").
    /// The participle tests are French only: "a taxi driver", "a ski instructor" are English descriptions.
    /// </summary>
    private static string? AsDescription(string description, string? language)
    {
        var words = WordStrings.SplitOnSpaces(description);
        var first = 0;
        while (first < words.Length - 1 && words[first] is "now" or "then" or "also" or "still" or "just" or "déjà" or "alors" or "ensuite" or "aussi" or "désormais")
        {
            first++;
        }

        var english = language is not null && language.StartsWith("en", System.StringComparison.Ordinal);
        var head = words.Length == 0 ? string.Empty : words[first];
        var clause = head is "veut" or "peut" or "doit" or "va" or "avait" or "est" or "sont" or "était" or "ont" or "has" or "have" or "had" or "is" or "are"
                or "was" or "were" or "will" or "would" or "can" or "could" or "should" or "does" or "did"
            || (!english && head == "a" && first + 1 < words.Length && Participles.IsLowerCaseFrenchPast(words[first + 1]))
            || (!english && first > 0 && Participles.IsLowerCaseFrenchPast(head))
            || System.Array.Exists(words, w => w.EndsWith("n't", System.StringComparison.Ordinal) || w.EndsWith("n’t", System.StringComparison.Ordinal));
        return clause ? null : first == 0 ? description : string.Join(" ", words, first, words.Length - first);
    }

    private static bool IsAgeNoun(string word) =>
        word.ToLowerInvariant() is "trentenaire" or "quadragénaire" or "quinquagénaire" or "sexagénaire" or "septuagénaire" or "octogénaire" or "nonagénaire" or "centenaire";

    /// <summary>"the chief" → "chief", "l'élu" → "élu": a description without its leading determiner.</summary>
    private static string WithoutDeterminer(string description)
    {
        var space = description.IndexOf(' ');
        if (space > 0 && WordLists.Determiners.Contains(description.Substring(0, space)))
        {
            return description.Substring(space + 1);
        }

        return OpensOnElidedArticle(description) ? description.Substring(2) : description;
    }

    /// <summary>"l'élu", "L’armée": an elided article and a word after it.</summary>
    private static bool OpensOnElidedArticle(string description) =>
        description.Length > 2 && description[0] is 'l' or 'L' && description[1] is '\'' or '’';

    /// <summary>"l'entreprise", "the company", "le syndicat": a definite description by the noun of an organisation's kind.</summary>
    private static string? OrganisationHolder(string description, NameIndex names)
    {
        var words = WordStrings.SplitOnSpaces(description);
        return words.Length == 2 && words[0].ToLowerInvariant() is "le" or "la" or "the" ? names.HolderOfOrganisationNoun(words[1])
            : words.Length == 1 && OpensOnElidedArticle(words[0]) ? names.HolderOfOrganisationNoun(words[0].Substring(2))
            : words.Length is 3 or 4 && words[0] is "the" or "The" && IsLowerCaseRun(words, 1, words.Length - 1)
                ? names.HolderOfOrganisationNoun(words[words.Length - 1]) // "the Singapore-based company", "the medical charity"
            : null;
    }

    // Words [from, to) all written in lower case ("Singapore-based" counts: a hyphenated modifier).
    private static bool IsLowerCaseRun(string[] words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsLower(words[i][0]) && words[i].IndexOf('-') < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the chief", "le président", "l'élu": a definite description by one noun that the article gives one named person as a title.</summary>
    private static string? TitleHolder(string description, NameIndex names)
    {
        var words = WordStrings.SplitOnSpaces(description);
        return words.Length == 2 && words[0].ToLowerInvariant() is "le" or "la" or "the" ? names.HolderOfTitle(words[1])
            : words.Length == 1 && OpensOnElidedArticle(words[0]) ? names.HolderOfTitle(words[0].Substring(2))
            : words.Length == 3 && words[0].ToLowerInvariant() == "the" && words[1].ToLowerInvariant() is "chief" or "former" or "outgoing" or "new"
                ? names.HolderOfTitle(words[2]) // "the chief executive", "the former minister": the English office noun comes last
            : words.Length == 3 && words[0].ToLowerInvariant() is "le" or "la" && IsFrenchDemonymAdjective(words[2])
                ? names.HolderOfTitle(words[1]) // "le capitaine montpelliérain" after "son capitaine, Mickaël Guigou"
            : IsHeadOfState(words) ? names.HolderOfTitle("président") ?? names.HolderOfTitle("president") // "le chef de l'État" after "le président Emmanuel Macron"
            : null;
    }

    // "le chef de l'État", "the head of state": the news' other name for the president.
    private static bool IsHeadOfState(string[] words) =>
        (words.Length == 4 && words[0].ToLowerInvariant() == "le" && words[1].ToLowerInvariant() == "chef" && words[2].ToLowerInvariant() == "de"
            && words[3].Replace('’', '\'').ToLowerInvariant() is "l'état" or "l'etat")
        || (words.Length == 4 && words[0].ToLowerInvariant() == "the" && words[1].ToLowerInvariant() == "head" && words[2].ToLowerInvariant() == "of" && words[3].ToLowerInvariant() == "state");

    // "montpelliérain", "parisienne", "lyonnais", "niçoise": a lower-case French adjective of place, after its noun.
    private static bool IsFrenchDemonymAdjective(string word) =>
        word.Length > 4 && char.IsLower(word[0])
        && (word.EndsWith("ain", System.StringComparison.Ordinal) || word.EndsWith("aine", System.StringComparison.Ordinal)
            || word.EndsWith("ien", System.StringComparison.Ordinal) || word.EndsWith("ienne", System.StringComparison.Ordinal)
            || word.EndsWith("ais", System.StringComparison.Ordinal) || word.EndsWith("aise", System.StringComparison.Ordinal)
            || word.EndsWith("ois", System.StringComparison.Ordinal) || word.EndsWith("oise", System.StringComparison.Ordinal));

    // (Keys as written: the holders' dictionary ignores case.)
    private static string RoleKey(string role) => role.Trim();

    /// <summary>The role's first word (empty for a blank role): what splitting it at spaces would give first, without the split.</summary>
    private static string RoleHead(string role)
    {
        // Trimmed, the role starts with no white space, so with no separator (both are white space):
        // its first word runs to the first separator, or to the end.
        var trimmed = role.Trim();
        var space = trimmed.IndexOfAny(Separators.Spaces);
        return space < 0 ? trimmed : trimmed.Substring(0, space);
    }

    /// <summary>The last person quoted, when <paramref name="pronoun"/> can stand for them: no "she" for a man.</summary>
    private static string? AgreeingOrNull(string? lastPerson, string pronoun, NameIndex names) =>
        lastPerson is not null && names.Genders.Agrees(lastPerson, NameGenders.OfPronoun(pronoun)) ? lastPerson : null;

    /// <summary>A name as written, without its titles, in the fullest form the article gives.</summary>
    private static string FullName(string written, NameIndex names) => names.Separated(names.Fullest(PersonNames.Clean(written).Name));

    /// <summary>A role cut before a complement: "Special Representative for", "ministre de".</summary>
    private static bool EndsWithLink(string role)
    {
        var space = role.LastIndexOf(' ');
        return space > 0 && role.Substring(space + 1) is "for" or "of" or "de" or "du";
    }

    /// <summary>
    /// The capitalised name closing a description, and the description before it: "le journal
    /// parodique Le Gorafi" → ("Le Gorafi", "le journal parodique"). Not a complement: "la police
    /// d'Orlando", "A source within the central Interior Ministry" stay whole (a lower-case word must
    /// come right before the name, and no link, preposition or elision anywhere before it).
    /// </summary>
    private static (string Name, string? Description) TrailingName(string description)
    {
        var words = WordStrings.SplitOnSpaces(description);
        var start = words.Length;
        while (start > 1 && char.IsUpper(words[start - 1][0]))
        {
            start--;
        }

        if (start == words.Length || start < 2)
        {
            return (description, null);
        }

        if (!char.IsLower(words[start - 1][0]))
        {
            return (description, null);
        }

        // "A source within the central Interior Ministry": a name inside a complement is not apposed.
        for (var i = 1; i < start; i++)
        {
            var word = words[i];
            // ("un conseiller d'Emmanuel Macron": an elided link joined to the name's first word.)
            if (WordLists.NounLinks.Contains(word) || WordLists.Prepositions.Contains(word) || word is "within" or "among"
                || word.EndsWith("’", System.StringComparison.Ordinal) || word.EndsWith("'", System.StringComparison.Ordinal)
                || (word.Length > 2 && word[0] is 'd' && word[1] is '’' or '\''))
            {
                return (description, null);
            }
        }

        return (string.Join(" ", words, start, words.Length - start), string.Join(" ", words, 0, start));
    }

    /// <summary>"(the former) England captain": a phrase whose last word is in lower case is no name, whatever capital it holds.</summary>
    private static bool EndsInLowerCase(string phrase)
    {
        var lastSpace = phrase.LastIndexOf(' ');
        return lastSpace >= 0 && lastSpace + 1 < phrase.Length && char.IsLower(phrase[lastSpace + 1]);
    }

    /// <summary>
    /// ""…", said KCNA. "Foolhardy provocation deserves harsh punishment", it added": a pronoun whose verb adds to what
    /// was just said, right after a quote of the same paragraph that named its speaker, is that speaker, whoever the
    /// sentences before name ("it" passes over the acronym "KCNA" to "North Korea" otherwise).
    /// </summary>
    private static bool AddsToPrevious(QuoteCandidate quote, QuoteCandidate? previous, (int Start, int End) sentence)
    {
        if (previous is not { HasOwnCue: true, Speaker: not null } || previous.Element != quote.Element || previous.Close > quote.Open
            || quote.Open - previous.Close > AddingReach)
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

    // "added", "adds", "a ajouté", "ajoute-t-il", "continued", "poursuit-elle"… as written in an incise ("went on" is read above).
    private static bool IsAddingVerb(string word) =>
        word is "added" or "adds" or "continued" or "continues"
        || word.StartsWith("ajout", System.StringComparison.Ordinal) || word.StartsWith("poursui", System.StringComparison.Ordinal);

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
        var text = quote.Element.Unit.Text;
        if (WholeSentenceBefore(text, sentenceStart) is not { } sentence)
        {
            return null;
        }

        var (start, end) = sentence;

        // The sentence before must hold no quote.
        var last = IndexAtOrBefore(all, end);
        if (last >= 0 && all[last].Close >= start && all[last] != quote)
        {
            return null;
        }

        var cue = CueRules.SentenceOpener(text, Token.Split(text, start, end));
        return cue is { Kind: SpeakerKind.Pronoun } ? cue : PersonOrNull(cue, names);
    }

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
    /// A name cue that is a person: a lone capitalised word opening a sentence ("Impeachment is the process
    /// …") only when the article names that person in full elsewhere; else null.
    /// </summary>
    private static Cue? PersonOrNull(Cue? cue, NameIndex names) =>
        cue is { Kind: SpeakerKind.Name } && (cue.Text.IndexOf(' ') > 0 || names.Fullest(cue.Text) != cue.Text) ? cue : null;

    /// <summary>
    /// "Mary Brown has run the shelter for twenty years." then a paragraph that opens on a quote with no cue:
    /// the quote is the words of the person the paragraph before ends on, when its last sentence holds no quote.
    /// </summary>
    private static Cue? PreviousParagraphOpener(QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> byElement, int sentenceStart, NameIndex names)
    {
        if (sentenceStart > 0 || quote.ElementOrder == 0 || elements[quote.ElementOrder - 1] is not { Kind: ElementKind.Paragraph } before)
        {
            return null;
        }

        var text = before.Unit.Text;
        if (WholeSentenceBefore(text, text.Length) is not { } sentence
            || (byElement.TryGetValue(before, out var quotesBefore) && quotesBefore[quotesBefore.Count - 1].Close >= sentence.Start))
        {
            return null;
        }

        return PersonOrNull(CueRules.SentenceOpener(text, Token.Split(text, sentence.Start, sentence.End)), names);
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
        if (determiner + 2 < tokens.Count && IsStatementOwnerless(tokens, determiner) && SpeechVerbs.IsLowerCaseForm(tokens[determiner + 2]))
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
        && WordLists.StatementNouns.Contains(tokens[determiner + 1].Text) && tokens[determiner + 1].Lower is not ("celle" or "celui" or "celles" or "ceux");

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

    /// <summary>A woven fragment this long, with no speech verb, is taken as the words of the person opening the sentence.</summary>
    private const int LongFragmentWords = 4;

    /// <summary>How far from a quote, in characters, its cue is looked for.</summary>
    private const int CueReach = 600;

    private static Cue? FindCue(QuoteCandidate quote, List<QuoteCandidate> all, (int Start, int End) sentence)
    {
        var text = quote.Element.Unit.Text;
        var (sentenceStart, sentenceEnd) = sentence;
        var after = AfterRegion(text, quote, all, sentenceEnd);
        // After a quote that ends its own sentence, a new sentence is its incise only when short ("…." Smith
        // said.) and not the lead-in of the next quote ("…." Vatican archbishop Charles Scicluna said, "…").
        var afterIsNewSentence = EndsItsSentence(quote) && StartsNewSentence(text, after.Start);
        var afterBuffer = WindowBuffer(ref t_afterTokens);
        var afterTokens = afterIsNewSentence
            ? (after.End < sentenceEnd ? Emptied(afterBuffer) : ShortIncise(SplitInto(text, after.Start, after.End, afterBuffer)))
            : SplitInto(text, after.Start, after.End, afterBuffer);
        var beforeTokens = SplitInto(text, sentenceStart, quote.Open, WindowBuffer(ref t_beforeTokens));
        RemoveQuoted(beforeTokens, all, quote);
        RemoveDashAsides(beforeTokens);

        if ((CueRules.AgentAfterPassive(text, beforeTokens, afterTokens) ?? CueRules.SubjectAfterParticiple(text, beforeTokens, afterTokens)) is { } agent)
        {
            return agent;
        }

        // A fragment woven into a sentence belongs to the sentence's speaker (before it); a
        // standalone quote is usually followed by its incise.
        if (quote.IsPartial)
        {
            var longFragment = LineShapes.CountWords(quote.Text) >= LongFragmentWords;

            // "force est de constater que « … » explique Anschaire Nikoyagize": a speech verb right after the closing
            // mark, then a name, is an incise even with no comma; it names who said the fragment, not the sentence's subject.
            if (afterTokens.Count > 1 && afterTokens[0] is { IsWord: true, IsCapitalized: false } verb && SpeechVerbs.IsLowerCaseForm(verb)
                && !Participles.IsPresent(verb.Text) && CueRules.After(text, afterTokens) is { Kind: SpeakerKind.Name } incise)
            {
                return incise;
            }

            var before = CueRules.Before(text, beforeTokens) ?? ApposedSubject(quote, text, beforeTokens);
            if (before is not null)
            {
                return before;
            }

            // "Pelosi called Trump's conduct a "breach of …," according to NBC": a named sentence subject
            // wins over a source given after the fragment, which is then the outlet that reported it.
            if (longFragment && StartsWithSourceMarker(afterTokens) && beforeTokens.Exists(t => SpeechVerbs.IsSpeechVerb(t.Text))
                && CueRules.SentenceOpener(text, beforeTokens) is { Kind: SpeakerKind.Name } opener)
            {
                return opener;
            }

            return (OpensIncise(text, quote, after.Start) ? CueRules.After(text, afterTokens) : null)
                ?? (longFragment ? CueRules.RelativeAntecedent(text, beforeTokens) ?? CueRules.SentenceOpener(text, beforeTokens) ?? CueRules.DescriptionOpener(text, beforeTokens) : null);
        }

        // "Hemi Walker said: "We made the call early." No injuries were reported.": a lead-in that speaks before the colon
        // names the quote; a short sentence after it with a verb of its own is no incise. (An incise in the quote's own
        // sentence still wins: "Fellow Democrats were supportive in their comments: "…", wrote Elizabeth Warren".)
        if (afterIsNewSentence && SpeaksBeforeColon(beforeTokens) && CueRules.Before(text, beforeTokens) is { } leadIn)
        {
            return leadIn;
        }

        return CueRules.After(text, afterTokens) ?? CueRules.Before(text, beforeTokens) ?? ApposedSubject(quote, text, beforeTokens);
    }

    // The token lists of the words after and before the quote, kept by the thread from one quote to the next: a new pair
    // for every quote was 7.7 KB of a seed-sized parse's 46 KB. FindCue reads one quote at a time, is not re-entered,
    // and what it returns (a Cue) holds strings only, never a list.
    [System.ThreadStatic]
    private static List<Token>? t_afterTokens;

    [System.ThreadStatic]
    private static List<Token>? t_beforeTokens;

    /// <summary>A buffer grown past this many tokens (a window over a huge sentence) is let go rather than kept by the thread.</summary>
    private const int KeptWindowTokens = 4096;

    private static List<Token> WindowBuffer(ref List<Token>? kept) =>
        kept is { Capacity: <= KeptWindowTokens } buffer ? buffer : kept = new List<Token>();

    /// <summary>The tokens of <c>text[from..to)</c> in <paramref name="buffer"/>, emptied first (<see cref="Token.Split(string, int, int, List{Token})"/>).</summary>
    private static List<Token> SplitInto(string text, int from, int to, List<Token> buffer)
    {
        Token.Split(text, from, to, buffer);
        return buffer;
    }

    private static List<Token> Emptied(List<Token> buffer)
    {
        buffer.Clear();
        return buffer;
    }

    /// <summary>The words before the quote end on a colon with a speech verb at most three words before it ("said:", "a déclaré mardi :").</summary>
    private static bool SpeaksBeforeColon(List<Token> beforeTokens)
    {
        var colon = beforeTokens.Count - 1;
        if (colon < 1 || beforeTokens[colon].Text != ":")
        {
            return false;
        }

        for (var k = colon - 1; k >= 0 && k >= colon - 4; k--)
        {
            if (SpeechVerbs.IsLowerCaseForm(beforeTokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Collins saw compromise as the best way: "I think …"": a sentence that leads into the quote with a
    /// colon and no speech verb is its subject's; a name or a pronoun only.
    /// </summary>
    private static Cue? ColonLeadIn(QuoteCandidate quote, int sentenceStart, NameIndex names)
    {
        var text = quote.Element.Unit.Text;
        var colon = quote.Open - 1;
        while (colon > sentenceStart && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        if (quote.IsPartial || colon <= sentenceStart || text[colon] != ':')
        {
            return null;
        }

        var opener = CueRules.SentenceOpener(text, Token.Split(text, sentenceStart, colon));
        return opener is { Kind: SpeakerKind.Pronoun } ? opener : PersonOrNull(opener, names);
    }

    /// <summary>"La première ministre britannique, Theresa May, « félicite chaleureusement » …": only for words that open in lower case.</summary>
    private static Cue? ApposedSubject(QuoteCandidate quote, string text, List<Token> beforeTokens) =>
        quote.Text.Length > 0 && char.IsLower(quote.Text[0]) ? CueRules.ApposedNameRightBefore(text, beforeTokens) : null;

    /// <summary>
    /// A quotation set as its own paragraph after a paragraph that ends with a colon ("AIP chairman
    /// Markham Robinson … writes:" then ""It's a long shot …""): the cue is that last sentence.
    /// </summary>
    private static Cue? LeadInBeforeColon(QuoteCandidate quote, List<Element> elements)
    {
        var text = quote.Element.Unit.Text;
        if (quote.IsPartial || quote.ElementOrder == 0 || !IsBlank(text, 0, quote.Open))
        {
            return null;
        }

        var previous = elements[quote.ElementOrder - 1];
        var lead = previous.Unit.Text.TrimEnd();
        if (previous.Kind != ElementKind.Paragraph || lead.Length == 0 || lead[lead.Length - 1] != ':')
        {
            return null;
        }

        var start = lead.Length - 1;
        while (start > 0 && lead.Length - start < CueReach && !(lead[start - 1] is '.' or '!' or '?' && Sentences.IsEnd(lead, start - 1)))
        {
            start--;
        }

        return CueRules.Before(lead, Token.Split(lead, start, lead.Length));
    }

    /// <summary>
    /// "« Nous avons été en contact avec les Iraniens … »" then a paragraph "— Jennifer Psaki , directrice de la
    /// communication de la Maison-Blanche": a quote that fills its paragraph, signed by the next one with a dash and a
    /// name (the layout of a quotation box), is the signer's; what follows the comma is the role. Null otherwise.
    /// </summary>
    private static Cue? SignatureLine(QuoteCandidate quote, List<Element> elements)
    {
        var text = quote.Element.Unit.Text;
        if (quote.IsPartial || quote.RunsOn || quote.ElementOrder + 1 >= elements.Count || !IsBlank(text, 0, quote.Open) || !IsBlankOrPunctuation(text, quote.Close + 1))
        {
            return null;
        }

        var next = elements[quote.ElementOrder + 1];
        var line = next.Unit.Text;
        var dash = 0;
        while (dash < line.Length && char.IsWhiteSpace(line[dash]))
        {
            dash++;
        }

        if (next.Kind != ElementKind.Paragraph || dash + 2 >= line.Length || line[dash] is not ('—' or '–') || !char.IsWhiteSpace(line[dash + 1]) || line.Length - dash > 200)
        {
            return null;
        }

        var tokens = Token.Split(line, dash + 1, line.Length);
        if (!NounPhrases.IsNameStart(tokens, 0))
        {
            return null;
        }

        // A signature is a full name, an acronym ("— NOAA") or one word standing alone: "— Pierre, tu viens avec nous ?"
        // is a dialogue turn.
        var end = NounPhrases.NameEnd(tokens, 0, tokens.Count);
        if (end < 2 && !NounPhrases.IsAcronym(tokens[0]) && !(end == tokens.Count || (end + 1 == tokens.Count && tokens[end].Text == ".")))
        {
            return null;
        }

        var role = end + 1 < tokens.Count && tokens[end].Text == "," ? NounPhrases.Slice(line, tokens, end + 1, tokens.Count).TrimEnd('.', ' ') : null;
        return new Cue(SpeakerKind.Name, NounPhrases.Slice(line, tokens, 0, end), role);
    }

    /// <summary>Whether <c>text[from..)</c> holds only white space and punctuation (the quote's full stop after its closing mark).</summary>
    private static bool IsBlankOrPunctuation(string text, int from)
    {
        for (var k = from; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] is not ('.' or ',' or ';' or '!' or '?' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <c>text[from..to)</c> is white space only, as <c>Substring(from, to - from).Trim().Length == 0</c> tells
    /// (Trim removes what <see cref="char.IsWhiteSpace(char)"/> accepts), without copying the paragraph up to the quote.
    /// </summary>
    private static bool IsBlank(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words after the quote open with "according to", "selon" or "d’après" (after a comma).</summary>
    private static bool StartsWithSourceMarker(List<Token> tokens)
    {
        var i = tokens.Count > 0 && tokens[0].Text == "," ? 1 : 0;
        return i < tokens.Count && (tokens[i].Lower is "selon" || (tokens[i].Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            || (tokens[i].Lower is "d’" or "d'" && i + 1 < tokens.Count && tokens[i + 1].Lower == "après"));
    }

    /// <summary>The quote ends with its own full stop, question or exclamation mark.</summary>
    private static bool EndsItsSentence(QuoteCandidate quote)
    {
        var body = quote.Text;
        return body.Length > 0 && body[body.Length - 1] is '.' or '!' or '?' or '…' or ']';
    }

    /// <summary>"« Nous avons perdu une bataille, pas la guerre » : ces mots, …": the quote is the first thing in its sentence.</summary>
    private static bool OpensSentence(QuoteCandidate quote, int sentenceStart)
    {
        var text = quote.Element.Unit.Text;
        for (var i = sentenceStart; i < quote.Open; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words after the closing mark start with a capital: a new sentence, not an incise.</summary>
    private static bool StartsNewSentence(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsUpper(text[i]);
    }

    /// <summary>
    /// After a quote that ends its own sentence, the next sentence is its cue only when it is a short
    /// "X said." ("…." Smith said.); "UNESCO reportedly said a change of name …" begins something else.
    /// </summary>
    private static List<Token> ShortIncise(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!SpeechVerbs.IsSpeechVerb(tokens[v].Text))
            {
                continue;
            }

            var rest = 0;
            for (var k = v + 1; k < tokens.Count && tokens[k].Text is not ("." or "!" or "?"); k++)
            {
                rest += WordLists.Fillers.Contains(tokens[k].Text) || WordLists.TimeWords.Contains(tokens[k].Text) ? 0 : 1;
            }

            return rest <= 3 || OnlyAddresseeAndPlaces(tokens, v) ? tokens : Emptied(tokens);
        }

        return Emptied(tokens); // (the caller's buffer: its tokens are read no more)
    }

    /// <summary>
    /// After the verb, only whom it was told to and where or when: "Macron told the world on Thursday
    /// via Twitter.", "Smith said in a statement to the BBC on Monday." Each phrase opens with a
    /// preposition and holds at most four words; "told reporters that …" or "said a change of name …"
    /// is something else.
    /// </summary>
    private static bool OnlyAddresseeAndPlaces(List<Token> tokens, int verb)
    {
        var k = verb + 1;
        if (tokens[verb].Lower is "told" or "tells" or "tell")
        {
            var addressee = k;
            while (k < tokens.Count && k - addressee < 3 && tokens[k].IsWord && !WordLists.Prepositions.Contains(tokens[k].Text) && tokens[k].Lower != "that")
            {
                k++;
            }
        }

        while (k < tokens.Count && tokens[k].Text is not ("." or "!" or "?"))
        {
            if (!WordLists.Prepositions.Contains(tokens[k].Text))
            {
                return false;
            }

            var phrase = ++k;
            while (k < tokens.Count && tokens[k].IsWord && !WordLists.Prepositions.Contains(tokens[k].Text) && tokens[k].Lower is not ("that" or "que" or "qu'" or "qu’"))
            {
                if (k - phrase == 4)
                {
                    return false;
                }

                k++;
            }

            if (k == phrase || (k < tokens.Count && !tokens[k].IsWord && tokens[k].Text is not ("." or "!" or "?")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An aside between dashes is not the sentence's cue: "Erdogan said — as reported by Hurriyet — «…»".</summary>
    private static void RemoveDashAsides(List<Token> tokens)
    {
        var first = tokens.FindIndex(t => t.Text is "—" or "–");
        var second = first < 0 ? -1 : tokens.FindIndex(first + 1, t => t.Text is "—" or "–");
        if (second > first)
        {
            tokens.RemoveRange(first, second - first + 1);
        }
    }

    /// <summary>
    /// Whether the words after a partial quote can be its incise: the quote ends with punctuation or
    /// a comma or dash follows it ("« … », a-t-il dit"); otherwise the sentence just goes on.
    /// </summary>
    private static bool OpensIncise(string text, QuoteCandidate quote, int afterStart)
    {
        var body = quote.Text;
        if (body.Length > 0 && body[body.Length - 1] is ',' or '.' or '!' or '?' or '…')
        {
            return true;
        }

        var i = afterStart;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] is ',' or '—' or '–';
    }

    /// <summary>
    /// The sentence holding the quote: from the last sentence end before its opening mark to the first
    /// after its closing one, at most <see cref="CueReach"/> characters each way (cues sit near their
    /// quote; without a bound a paragraph of thousands of quotes and no full stop would be quadratic).
    /// </summary>
    private static (int Start, int End) SentenceAround(string text, QuoteCandidate quote, List<QuoteCandidate> all)
    {
        var start = quote.Open;
        var startLimit = System.Math.Max(0, quote.Open - CueReach);
        while (start > startLimit)
        {
            var c = text[start - 1];
            if (c is '.' or '!' or '?' or '…' && !InsideQuote(start - 1, quote, all) && Sentences.IsEnd(text, start - 1))
            {
                break;
            }

            // A quote that ends its sentence inside the marks: … barbarity." He said "…
            if (c is '»' or '”' or '"' && start >= 2 && text[start - 2] is '.' or '!' or '?' or '…' && Sentences.IsEnd(text, start - 1))
            {
                break;
            }

            start--;
        }

        var end = quote.Close + 1;
        var endLimit = System.Math.Min(text.Length, quote.Close + 1 + CueReach);
        while (end < endLimit)
        {
            var c = text[end];
            if (c is '.' or '!' or '?' or '…' && !InsideQuote(end, quote, all) && Sentences.IsEnd(text, end))
            {
                break;
            }

            end++;
        }

        return (start, System.Math.Min(end, text.Length));
    }

    /// <summary>From after the closing mark to the sentence end or the next quote, whichever comes first.</summary>
    private static (int Start, int End) AfterRegion(string text, QuoteCandidate quote, List<QuoteCandidate> all, int sentenceEnd)
    {
        var start = System.Math.Min(quote.Close + 1, text.Length);
        var end = sentenceEnd;
        var next = IndexAtOrBefore(all, quote.Open) + 1;
        if (next < all.Count && all[next].Open < end)
        {
            end = all[next].Open;
        }

        return (start, System.Math.Max(start, end));
    }

    /// <summary>Whether <paramref name="index"/> is inside a quote of the element (after its opening mark, up to its closing one).</summary>
    private static bool InsideQuote(int index, QuoteCandidate quote, List<QuoteCandidate> all)
    {
        // The element's quotes are in text order and do not overlap: a binary search finds the only candidate.
        var at = IndexAtOrBefore(all, index - 1);
        return at >= 0 && index > all[at].Open && index <= all[at].Close;
    }

    /// <summary>The last quote of the element whose opening mark is at or before <paramref name="index"/>, or -1.</summary>
    private static int IndexAtOrBefore(List<QuoteCandidate> quotes, int index) =>
        Ordered.LastAtOrBefore(quotes, static q => q.Open, index);

    /// <summary>Words inside other quotes of the sentence are not cues.</summary>
    private static void RemoveQuoted(List<Token> tokens, List<QuoteCandidate> all, QuoteCandidate quote)
    {
        // In place and in order, each token tested once, as List.RemoveAll does, without the closure and delegate it
        // took for every quote.
        var kept = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (!InsideQuote(token.Start, quote, all) && !IsQuoteMark(token.Text))
            {
                tokens[kept++] = token;
            }
        }

        tokens.RemoveRange(kept, tokens.Count - kept);
    }

    private static bool IsQuoteMark(string token) => token is "«" or "»" or "“" or "”" or "\"" or "„" or "‹" or "›";
}
