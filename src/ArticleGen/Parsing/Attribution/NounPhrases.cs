using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Reads who a cue names from a few tokens: a name (with titles dropped and the description next to
/// it as the role), a pronoun, or a description (determiner + noun + complements). This part reads the subject
/// written before a verb; <c>NounPhrases.AfterVerb.cs</c> the subject of an inverted incise, after its verb;
/// <c>NounPhrases.Names.cs</c> where names start and end; <c>NounPhrases.Descriptions.cs</c> descriptions and roles.
/// </summary>
internal static partial class NounPhrases
{
    private const int MaxDescriptionTokens = 10;

    /// <summary>
    /// The comma before an aside on the speaker's stance that ends at <paramref name="to"/> ("…, lui aussi", "…, de son côté",
    /// "…, pour sa part", "…, quant à elle", "…, à son tour", "…, for his part", "…, too"); else null.
    /// </summary>
    internal static int? StanceAsideBefore(List<Token> tokens, int from, int to)
    {
        for (var length = 1; length <= 3 && to - length - 1 >= from; length++)
        {
            if (tokens[to - length - 1].Text == "," && IsStanceAside(tokens, to - length, to))
            {
                return to - length - 1;
            }
        }

        return null;
    }

    private static bool IsStanceAside(List<Token> tokens, int from, int to)
    {
        var first = tokens[from].Lower;
        return (to - from) switch
        {
            // ("lui aussi": "aussi" was trimmed as a filler before; a stressed pronoun alone, "Mbappé, lui, …", stays.)
            1 => first is "too" || (first is "lui" or "elle" or "eux" or "elles" && to < tokens.Count && tokens[to].Lower == "aussi"),
            2 => first == "in" && tokens[from + 1].Lower == "turn",
            3 => (first is "de" && tokens[from + 1].Lower is "son" or "leur" && tokens[from + 2].Lower == "côté")
                || (first is "pour" && tokens[from + 1].Lower is "sa" or "leur" && tokens[from + 2].Lower == "part")
                || (first is "quant" && tokens[from + 1].Lower == "à" && tokens[from + 2].Lower is "lui" or "elle" or "eux" or "elles")
                || (first is "à" && tokens[from + 1].Lower is "son" or "leur" && tokens[from + 2].Lower == "tour")
                || (first is "for" && tokens[from + 1].Lower is "his" or "her" or "their" or "its" && tokens[from + 2].Lower == "part"),
            _ => false,
        };
    }

    /// <summary>The subject written before a verb: "Le ministre …, Jean-Marc Ayrault,", "Wilkins", "he", "the army".</summary>
    public static Cue? Subject(string text, List<Token> tokens, int from, int to)
    {
        if (Latter(text, tokens, from, to) is { } latter)
        {
            return latter;
        }

        from = AfterOpeningClockTime(tokens, from, to);
        to = BeforeVerbOfOwnClause(tokens, from, to);

        var appositionBeforeVerb = false;
        while (to > from && (WordLists.Fillers.Contains(tokens[to - 1].Text) || IsTimeBeforeVerb(tokens, from, to - 1) || tokens[to - 1].Text is "," or "—" or "–" or ")"
            || OpensTimePhrase(tokens, to - 1)))
        {
            if (tokens[to - 1].Text == ")")
            {
                while (to > from && tokens[to - 1].Text != "(")
                {
                    to--;
                }

                if (to == from)
                {
                    break; // "Le porte-parole ) a dit": a closing parenthesis with no opening one; nothing is left
                }
            }

            appositionBeforeVerb |= tokens[to - 1].Text == ",";
            to--;
        }

        // ("Gérald Darmanin, lui aussi, a condamné", "X, de son côté, a estimé", "X, for her part, said": an aside on the
        // speaker's stance between commas is no apposition, no role.)
        if (to - from >= 3 && StanceAsideBefore(tokens, from, to) is int stanceComma)
        {
            to = stanceComma;
            while (to > from && tokens[to - 1].Text == ",")
            {
                to--;
            }
        }

        // "The FAA in a statement said", "Jane Doe in an interview told": where the words were said is no part of the subject.
        if (!appositionBeforeVerb && WhereSaidStart(tokens, from, to) is int whereSaid)
        {
            to = whereSaid;
        }

        // "In a statement the council of religious leaders for western Afghanistan said": nor where they were said opening the
        // clause with no comma after it.
        if (to - from > 4 && tokens[from].Lower == "in" && tokens[from + 1].Lower is "a" or "an" or "its" or "his" or "her" or "their" or "the"
            && SaidInNouns.Contains(tokens[from + 2].Text) && tokens[from + 3].IsWord)
        {
            from += 3;
        }

        if (to <= from)
        {
            return null;
        }

        // "The United Nations High Commissioner for Human Rights said", "Le Haut Commissaire des Nations unies aux droits de
        // l'homme a déclaré": an office written with capitals, up to the verb, is a description; its field is no name.
        if (!appositionBeforeVerb && OfficeDescriptions.CapitalisedOfficeEnd(tokens, from, to, toEnd: true) is not null)
        {
            return new Cue(SpeakerKind.Description, Slice(text, tokens, from, to), null);
        }

        if (appositionBeforeVerb && (DescriptionBeforeComplementApposition(text, tokens, from, to) ?? DescriptionBeforeIndefiniteApposition(text, tokens, from, to)) is { } describedHead)
        {
            return describedHead;
        }

        if (to - from >= 4 && FindingsByAgent(text, tokens, from, to) is { } author)
        {
            return author;
        }

        // "le capitaine montpelliérain, élu MVP , se dit fier": an aside that a past participle opens, right before the verb,
        // describes the phrase before it, which is the subject.
        if (appositionBeforeVerb && tokens.FindLastIndex(to - 1, to - from, t => t.Text == ",") is var asideComma && asideComma > from + 1
            && tokens[asideComma + 1] is { IsWord: true, IsCapitalized: false } participle
            && Participles.IsPastOrSingularInU(participle.Lower)
            && !SpeechVerbs.IsSpeechVerb(participle.Text))
        {
            return Subject(text, tokens, from, asideComma);
        }

        // "Le ministère de l'Économie, dont dépend le tourisme, dit": a relative aside right before the verb is about the phrase
        // before it, which is the subject (the inverted "dépend le tourisme" is none).
        if (appositionBeforeVerb && tokens.FindLastIndex(to - 1, to - from, t => t.Text == ",") is var relativeComma && relativeComma > from
            && tokens[relativeComma + 1].Lower is "dont" or "whose")
        {
            return Subject(text, tokens, from, relativeComma);
        }

        // "La municipalité, quant à elle, justifie": the aside's pronoun is no subject; the phrase before it is.
        if (to - from >= 4 && tokens[to - 3].Lower == "quant" && tokens[to - 2].Lower == "à" && tokens[to - 1].Lower is "lui" or "elle" or "eux" or "elles")
        {
            var before = tokens[to - 4].Text == "," ? to - 4 : to - 3;
            return before > from ? Subject(text, tokens, from, before) : null;
        }

        // The last comma before the verb, where an opening phrase ends: the two rules below read after it.
        var lastComma = appositionBeforeVerb ? -1 : tokens.FindLastIndex(to - 1, to - from, t => t.Text == ",");

        // "alors que le convoi remontait Pennsylvania Avenue, nombre de manifestants … ont clamé": after a
        // subordinate phrase and its comma, a lower-case noun phrase before the verb is the subject.
        if (lastComma > from && from > 0 && WordLists.ClauseBoundaries.Contains(tokens[from - 1].Text)
            && lastComma + 2 < to && tokens[lastComma + 1] is { IsWord: true, IsCapitalized: false } head
            && !WordLists.Pronouns.Contains(head.Text) && !WordLists.Fillers.Contains(head.Text) && !WordLists.ClauseBoundaries.Contains(head.Text)
            && !SpeechVerbs.IsSpeechVerb(head.Text) && !LooksLikeVerb(head) && tokens[lastComma + 2].Lower is "de" or "d’" or "d'" or "of" or "des")
        {
            return Description(text, tokens, lastComma + 1, to);
        }

        // "Lors d'une interview sur la radio France Inter, ce jeudi matin, le secrétaire général de la CGT du livre
        // affirme", "In Paris, the mayor said": after an opening phrase and its comma, a determiner and a lower-case
        // noun running on to the verb are its subject; the names in the opening phrase are not. (Not when a name
        // ends the phrase, "…, la ministre de la Justice Nicole Belloubet a appelé", read below; nor when a name
        // ends the words before the comma, whose apposition it is; nor after French "a", the auxiliary.)
        if (lastComma > from && lastComma + 2 < to
            && tokens[lastComma + 1].Lower != "a" && WordLists.Determiners.Contains(tokens[lastComma + 1].Text)
            && tokens[lastComma + 2] is { IsWord: true, IsCapitalized: false } noun && !EndsWithName(tokens, lastComma + 1, to)
            // ("Michel Sapin, le ministre des finances": an apposition to the name; not "In a letter to Prime Minister Boris
            // Johnson, the mayor wrote", words a preposition opens.)
            && !(EndsWithName(tokens, from, lastComma) && !WordLists.Prepositions.Contains(tokens[from].Text))
            && !WordLists.Fillers.Contains(noun.Text) && !SpeechVerbs.IsSpeechVerb(noun.Text) && !LooksLikeVerb(noun)
            && Description(text, tokens, lastComma + 1, to) is { Kind: SpeakerKind.Description } openedDescription)
        {
            return openedDescription;
        }

        // "Speaking to NBC News, she said": a subject pronoun right before the verb is its subject,
        // whatever names come earlier in the clause.
        if (!appositionBeforeVerb && to - from > 1 && tokens[to - 1].Lower is "il" or "elle" or "ils" or "elles" or "he" or "she" or "they")
        {
            return new Cue(SpeakerKind.Pronoun, tokens[to - 1].Text, null);
        }

        // "Syrian state media reported", "Local residents said", "Federal officials told": an adjective of place or kind that
        // opens the clause with a capital, then lower-case nouns up to the verb, is the first word of a description.
        if (!appositionBeforeVerb && CapitalisedAdjectiveOpening(tokens, lastComma > from ? lastComma + 1 : from, to) is int opening
            && Description(text, tokens, opening, to) is { Kind: SpeakerKind.Description } adjectiveDescription)
        {
            return adjectiveDescription;
        }

        // "Residents of the town said", "Eighty members of Britain's upper house of Parliament sent …, appealing": a plural noun
        // of people or a count that opens the clause with its capital, then lower-case words, is the head of a description;
        // the names in its complement do not speak.
        var peopleStart = lastComma > from ? lastComma + 1 : from;
        if (!appositionBeforeVerb && PeopleOpeningEnd(tokens, peopleStart, to) is int peopleEnd
            && Description(text, tokens, peopleStart, peopleEnd) is { Kind: SpeakerKind.Description } peopleDescription)
        {
            return peopleDescription;
        }

        // "Although Turkey is a largely Islamic nation, the President said", "Quand la crue a atteint Lyon, le préfet a dit": a
        // subordinate clause opening the sentence ends at its comma, and the names in it are no subject of the main verb.
        // (Only at the sentence's start, token 0, which bounds the search when it is a clause boundary itself, "although":
        // "such as Michael Gaignard, whose sister …" is no opening clause.)
        if (!appositionBeforeVerb && lastComma > from && from <= 1 && SubordinateOpeners.Contains(tokens[0].Text) && lastComma + 1 < to
            && Subject(text, tokens, lastComma + 1, to) is { } mainSubject)
        {
            return mainSubject;
        }

        // A name right before the verb is its subject even after "with": "with Zinichev describing …".
        var all = NameSpans(tokens, from, to, includeComplements: true);

        // "Le ministre de l'Intérieur Christophe Castaner a déclaré": the complement's capitalised noun ran
        // into the person's name; the person starts at a known given name.
        if (!appositionBeforeVerb && all.Count > 0 && all[all.Count - 1].End == to && PersonAfterComplementNoun(tokens, all[all.Count - 1]) is int person)
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, person, to), Role(text, tokens, from, person));
        }

        // "Japan's Ministry of Defense said", "The Office for National Statistics said": an organisation's head noun
        // and the complement after it are one name ("Tristan Smith of UCL" is a person and an affiliation).
        if (!appositionBeforeVerb && all.Count >= 2 && all[all.Count - 1].End == to && OrganisationStart(tokens, all[all.Count - 1].Start, from) is var organisation
            && organisation < all[all.Count - 1].Start
            && !IsAffiliation(tokens, from, organisation) && !OpensWithDescription(tokens, from, organisation)) // "Steve Peers of the University of Essex", "A spokesman for the University of Oxford"
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, organisation, to), Role(text, tokens, from, organisation));
        }

        // "Laetitia Dewalle, porte-parole des Gilets jaunes du Val d'Oise affirme": an apposition opened by a role noun whose
        // closing comma is missing runs to the verb; the name before it is the subject, not the complement's place.
        if (!appositionBeforeVerb && all.Count >= 1 && ApposedRoleToVerb(tokens, all, to) is var (apposedPerson, roleStart))
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, apposedPerson.Start, apposedPerson.End), Slice(text, tokens, roleStart, to));
        }

        // ("George Kimbrell of the Center for Food Safety said": the affiliation is the whole organisation, "for" inside it.)
        if (!appositionBeforeVerb && all.Count > 0 && all[all.Count - 1].End == to && (to - all[all.Count - 1].Start > 1 || !IsAcronym(tokens[to - 1]))
            && !(IsAffiliation(tokens, from, OrganisationStart(tokens, JoinedNameStart(tokens, all), from)) && PersonNames.Clean(Slice(text, tokens, WithoutOwner(tokens, all[all.Count - 1].Start, to), to)).Title is null))
        {
            // "A source within the central Interior Ministry said": the name is the complement of a
            // description that opens the clause, and the description is who speaks.
            if (OpensWithDescription(tokens, from, all[all.Count - 1].Start))
            {
                return Description(text, tokens, from, to);
            }

            var adjacent = all[all.Count - 1];

            // "the Chinese embassy in London said", "a spokesman at Downing Street said": a place after a lower-case noun
            // and "in"/"at" is where the description's speaker is; the description speaks, not the place.
            if (adjacent.Start - 2 >= from && tokens[adjacent.Start - 1].Lower is "in" or "at" && tokens[adjacent.Start - 2] is { IsWord: true, IsCapitalized: false } located
                && !WordLists.Fillers.Contains(located.Text) && !(all.Count >= 2 && all[all.Count - 2].End == adjacent.Start - 1)
                && WordLists.Determiners.Contains(tokens[from].Text) && Description(text, tokens, from, to) is { Kind: SpeakerKind.Description } locatedDescription)
            {
                return locatedDescription;
            }

            // "The Aam Aadmi Party in Goa said", "Amnesty International in London said": a place after
            // "in"/"à" says where the speaker is; the name before the preposition is who speaks.
            // ("Mounir Mahjoubi sur France-inter a dénoncé", "Jane Doe on Twitter said": the outlet after "sur"/"on" too.)
            if (all.Count >= 2 && tokens[adjacent.Start - 1].Lower is "in" or "at" or "à" or "en" or "sur" or "on" && all[all.Count - 2].End == adjacent.Start - 1)
            {
                adjacent = all[all.Count - 2];
            }

            // "the newspaper The Guardian wrote": a title written with its capitalised article after a
            // lower-case word keeps the article; the words before it are the role.
            var nameStart = adjacent.Start - 2 >= from && IsCapitalizedArticle(tokens[adjacent.Start - 1]) && tokens[adjacent.Start - 2] is { IsWord: true, IsCapitalized: false }
                ? adjacent.Start - 1
                : adjacent.Start;
            return new Cue(SpeakerKind.Name, Slice(text, tokens, nameStart, adjacent.End), Role(text, tokens, from, nameStart));
        }

        // "The UN said", "In a press release, the UN said": an acronym after "the" opening the clause (or
        // after an opening phrase's comma) is the organisation that speaks; a lone acronym elsewhere is left
        // to the rules below. ("the CEO said", "the MP said": an office written in capitals is a description.)
        if (!appositionBeforeVerb && to - from >= 2 && tokens[to - 2].Lower == "the" && IsAcronym(tokens[to - 1]) && (to - 2 == from || tokens[to - 3].Text == ",")
            && !WordLists.IsOfficeWord(tokens[to - 1].Text))
        {
            return new Cue(SpeakerKind.Name, tokens[to - 1].Text, null);
        }

        if (StatementOwner(text, tokens, from, to) is { } owner)
        {
            return owner;
        }

        var spans = NameSpans(tokens, from, to);
        if (spans.Count == 0)
        {
            // "he said", "He too suggested", "il a ajouté": a pronoun subject. ("Her brother said": a possessive.)
            return WordLists.Pronouns.Contains(tokens[from].Text) && !(tokens[from].Lower == "her" && to - from > 1)
                ? new Cue(SpeakerKind.Pronoun, tokens[from].Text, null)
                : Description(text, tokens, from, to);
        }

        // Otherwise a name that is itself followed by a speech verb ("Okey Oramah said …, further saying"),
        // else the first full name of the clause: "Dr. Tristan Smith of UCL, a researcher …, explained",
        // "Howard Rubel, a lawyer representing Spanton, told".
        var speaking = spans.FindLastIndex(s => s.End < to && SpeechVerbs.IsSpeechVerb(tokens[s.End].Text) && !tokens[s.End].IsCapitalized);
        if (speaking >= 0)
        {
            var (speakerStart, speakerEnd) = spans[speaking];
            return new Cue(SpeakerKind.Name, Slice(text, tokens, speakerStart, speakerEnd), null);
        }

        // "Lors du conseil, en présence du député Bernard Laborde, la présidente de l'agglomération, Nathalie Ibarboure,
        // a annoncé": a full name set between commas right before the verb is the person the description before it
        // announces, whatever names come earlier in the clause.
        // ("the current Roman Catholic Pope, Pope Francis, described": a title may open the apposed name, which is then the
        // given name alone.)
        // ("Charles Michel, Belgium's Prime Minister, described": an office after its owner's possessive is the apposition, not
        // a name; the name before it speaks.)
        if (appositionBeforeVerb && spans.Count > 1 && spans[spans.Count - 1] is var apposed && apposed.End == to
            && TitlesBefore(tokens, from, apposed.Start) is var apposedStart && (apposed.End - apposed.Start > 1 || apposedStart < apposed.Start)
            && apposedStart > from && tokens[apposedStart - 1].Text == ","
            && !(IsPossessive(tokens[apposed.Start].Text) && PersonNames.IsAnyTitle(tokens[apposed.End - 1].Text)))
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, apposed.Start, apposed.End), Role(text, tokens, from, apposedStart));
        }

        // ("Montana Secretary of State Corey Stapleton said": a place and the head of a title are no full name, "Montana"
        // being a given name too; the person after the title is.)
        var full = spans.FindIndex(s => s.End - s.Start > 1 && !(PersonNames.IsTitle(tokens[s.End - 1].Text) && spans.Count > 1 && spans[spans.Count - 1].Start > s.End));
        if (full < 0)
        {
            full = spans.FindIndex(s => s.End - s.Start > 1);
        }

        var (start, end) = spans[full >= 0 ? full : 0];

        // "the former England captain said", "The Obama administration said": a lone capitalised word inside a phrase
        // that opens on an English article and goes on with a lower-case noun is a modifier; the description speaks.
        // (Not in French, where such a word is mostly a name written after its description: measured, held-out −2.)
        if (full < 0 && spans.Count == 1 && end - start == 1 && start > from && end < to && tokens[from].Lower is "the" or "a" or "an" && IsModifiedNoun(tokens[end])
            && Description(text, tokens, from, to) is { Kind: SpeakerKind.Description } modifiedDescription)
        {
            return modifiedDescription;
        }

        // "New Zealand batsman Scott Styris went further, describing …": a place, a role noun, then a person opening on a
        // given name; the person speaks (only then: "France beat Spain" holds a verb, not a role).
        if (end < to && PersonAfterRoleNoun(tokens, end, to) is int afterRole && GivenNames.Contains(tokens[afterRole].Text))
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, afterRole, NameEnd(tokens, afterRole, to)), Slice(text, tokens, start, afterRole));
        }

        var role = end == to ? Role(text, tokens, from, start) : Apposition(text, tokens, end);
        return new Cue(SpeakerKind.Name, Slice(text, tokens, start, end), role);
    }

    /// <summary>
    /// Where the last of <paramref name="spans"/> starts, or the one before it when the last is one word joined to it by "and":
    /// "(of) The Globe and Mail", "(of) Marks and Spencer" are one body's name, an affiliation as a whole. ("&amp;" is inside
    /// the name already: <see cref="NameEnd"/>.)
    /// </summary>
    private static int JoinedNameStart(List<Token> tokens, List<(int Start, int End)> spans)
    {
        var last = spans[spans.Count - 1];
        return spans.Count >= 2 && last.End - last.Start == 1 && tokens[last.Start - 1].Lower == "and" && spans[spans.Count - 2].End == last.Start - 1
            ? spans[spans.Count - 2].Start
            : last.Start;
    }

    /// <summary>
    /// "A spokesperson for NISA, the Japanese government nuclear authority, said": an apposition that a determiner opens
    /// right after a name ending the complement of a description describes that name; the description speaks, not the
    /// apposition. Null unless the clause opens on a determiner and a lower-case noun.
    /// </summary>
    private static Cue? DescriptionBeforeComplementApposition(string text, List<Token> tokens, int from, int to)
    {
        var comma = tokens.FindLastIndex(to - 1, to - from, t => t.Text == ",");
        if (comma < from + 4 || comma + 2 >= to || !WordLists.Determiners.Contains(tokens[comma + 1].Text) || !tokens[comma - 1].IsCapitalized
            || !WordLists.Determiners.Contains(tokens[from].Text) || tokens[from + 1] is not { IsWord: true, IsCapitalized: false })
        {
            return null;
        }

        for (var k = from + 2; k < comma - 1; k++)
        {
            if (tokens[k].Lower is "for" or "of" or "at" or "from" or "de" or "du" or "des" or "d'" or "d’")
            {
                return Description(text, tokens, from, comma);
            }

            if (!tokens[k].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The first relative clause set between commas after the clause's first words, "…, who manages the project, …", "…, qui
    /// possède le bâtiment, …": the index of its opening comma and of its closing one; null when there is none, or it is not
    /// closed before <paramref name="to"/>.
    /// </summary>
    public static (int OpeningComma, int ClosingComma)? RelativeAside(List<Token> tokens, int from, int to)
    {
        for (var r = from + 2; r < to; r++)
        {
            if (tokens[r].Lower is "who" or "which" or "qui" && tokens[r - 1].Text == ",")
            {
                var close = tokens.FindIndex(r + 1, to - r - 1, t => t.Text == ",");
                return close > r + 1 ? (r - 1, close) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The words of a clause without its first relative aside (<see cref="RelativeAside"/>): "Sarah Lindon, who manages the
    /// project, had a message:" → "Sarah Lindon had a message:". The same list when there is none.
    /// </summary>
    public static List<Token> WithoutRelativeAside(List<Token> tokens)
    {
        if (RelativeAside(tokens, 0, tokens.Count) is not { } aside)
        {
            return tokens;
        }

        var (opening, closing) = aside;
        var kept = new List<Token>(tokens.Count - (closing - opening + 1));
        kept.AddRange(tokens.GetRange(0, opening));
        kept.AddRange(tokens.GetRange(closing + 1, tokens.Count - closing - 1));
        return kept;
    }

    /// <summary>
    /// "The governor, a Democrat, said", "The senator, a former teacher, said", "Le maire, ancien professeur, a déclaré": an
    /// apposition that an indefinite article or a lower-case word opens says what the subject is; the definite description
    /// before it speaks. Null unless the clause is that description (lower-case words only), its comma and the apposition.
    /// </summary>
    private static Cue? DescriptionBeforeIndefiniteApposition(string text, List<Token> tokens, int from, int to)
    {
        var comma = tokens.FindIndex(from, to - from, t => t.Text == ",");
        if (comma < from + 2 || comma + 1 >= to || tokens[from].Lower is not ("the" or "le" or "la" or "les" or "l'" or "l’")
            || tokens[comma + 1] is not { IsWord: true, IsCapitalized: false } opening
            || (opening.Lower is not ("a" or "an" or "un" or "une") && (WordLists.Determiners.Contains(opening.Text) || WordLists.Pronouns.Contains(opening.Text)
                || WordLists.Fillers.Contains(opening.Text) || WordLists.ClauseBoundaries.Contains(opening.Text) || SpeechVerbs.IsSpeechVerb(opening.Text))))
        {
            return null;
        }

        for (var k = from + 1; k < comma; k++)
        {
            if (tokens[k] is not { IsWord: true, IsCapitalized: false })
            {
                return null;
            }
        }

        // "The defendant, 34-year-old Mark Brown, told", "the governor, former senator John Smith, said": lower-case words that
        // run into a name of two words or more ending the apposition describe that name, which is who the description is and
        // speaks. (Not a verb's words: "The mayor, speaking to John Smith, said".)
        if (opening.Lower is not ("a" or "an" or "un" or "une") && comma + 2 < to && NameSpans(tokens, comma + 2, to) is { Count: 1 } apposed
            && apposed[0].End == to && to - apposed[0].Start >= 2 && IsNameLedByModifiers(tokens, comma + 1, apposed[0].Start))
        {
            return null;
        }

        return Description(text, tokens, from, comma) is { Kind: SpeakerKind.Description } head ? head : null;
    }

    /// <summary>
    /// Whether the lower-case words from <paramref name="from"/> to <paramref name="nameStart"/> only qualify the name after them
    /// ("34-year-old", "former senator", "nurse"): no more than three, none a speech verb, a present participle, "is"/"a", a
    /// preposition, a pronoun or a clause's opener. ("former", "retired" are no verbs here: the -er/-ed test of French verbs is not asked.)
    /// </summary>
    private static bool IsNameLedByModifiers(List<Token> tokens, int from, int nameStart)
    {
        if (nameStart - from is < 1 or > 3)
        {
            return false;
        }

        for (var k = from; k < nameStart; k++)
        {
            if (tokens[k] is not { IsWord: true, IsCapitalized: false } word || WordLists.Prepositions.Contains(word.Text) || WordLists.Pronouns.Contains(word.Text)
                || WordLists.ClauseBoundaries.Contains(word.Text) || SpeechVerbs.IsSpeechVerb(word.Text) || word.Lower is "a" or "est" or "is" or "was"
                || word.Text.EndsWith("ing", System.StringComparison.Ordinal) || word.Lower is "of" or "de" or "du" or "des" or "and" or "et")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the titles right before <paramref name="nameStart"/> begin ("Pope Francis": at "Pope"), not before <paramref name="from"/>.</summary>
    private static int TitlesBefore(List<Token> tokens, int from, int nameStart)
    {
        var start = nameStart;
        while (start - 1 > from && IsTitle(tokens, start - 1))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// "said the former England captain", "said the Chinese embassy in London": after an English article, a lone
    /// capitalised word followed by a lower-case noun modifies that noun, and the whole description speaks.
    /// </summary>
    private static Cue? ModifierDescription(string text, List<Token> tokens, int article, int nameStart, int nameEnd) =>
        nameEnd - nameStart == 1 && nameEnd < tokens.Count && tokens[article].Lower is "the" or "a" or "an" or "one" or "another" && IsModifiedNoun(tokens[nameEnd])
        && DescriptionEnd(tokens, nameEnd, tokens.Count) is var end && end > nameEnd
            ? Description(text, tokens, article, end)
            : null;

    /// <summary>Words that open a subordinate clause or phrase before a sentence's main clause: "Although …, ", "Lorsque …, ".</summary>
    private static readonly WordSet SubordinateOpeners = new(new[]
    {
        "although", "though", "while", "whilst", "when", "whenever", "as", "if", "because", "since", "once", "whereas", "unless", "after", "before",
        "bien", "alors", "quand", "lorsque", "lorsqu’", "lorsqu'", "si", "comme", "puisque", "parce", "tandis", "avant", "après", "même",
    });

    private static readonly WordSet SaidInNouns = new(new[] { "statement", "interview", "release", "communiqué", "letter", "post", "tweet", "message" });

    /// <summary>Where "in a statement", "in an interview", "in a press release" starts when it ends at <paramref name="to"/>, after two words at least; else null.</summary>
    private static int? WhereSaidStart(List<Token> tokens, int from, int to)
    {
        if (to - from < 5 || !SaidInNouns.Contains(tokens[to - 1].Text))
        {
            return null;
        }

        for (var k = to - 3; k >= to - 4 && k >= from + 2; k--)
        {
            if (tokens[k].Lower == "in" && tokens[k + 1].Lower is "a" or "an" or "its" or "his" or "her" or "their" or "the")
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>A lower-case word that a capitalised word before it may modify ("England captain", "Obama administration"): no link, filler or verb.</summary>
    private static bool IsModifiedNoun(Token token) =>
        token is { IsWord: true, IsCapitalized: false } && !WordLists.Fillers.Contains(token.Text) && !WordLists.Prepositions.Contains(token.Text)
        && !WordLists.ClauseBoundaries.Contains(token.Text) && !WordLists.Determiners.Contains(token.Text) && !SpeechVerbs.IsSpeechVerb(token.Text) && !LooksLikeVerb(token);

    private static bool EndsWithName(List<Token> tokens, int from, int to) =>
        NameSpans(tokens, from, to, includeComplements: true) is { Count: > 0 } names && names[names.Count - 1].End == to;

    /// <summary>"Le", "La", "Les", "L'", "The": an article written with its capital, as a title or a paper's name opens.</summary>
    public static bool IsCapitalizedArticle(Token token) => token.Text is "Le" or "La" or "Les" or "L'" or "L’" or "The";

    private static bool IsPressTitleAfterArticle(List<Token> tokens, int i, int from) =>
        i > from && tokens[i - 1].Text is "Le" or "La" or "Les" && WordLists.FrenchPressTitles.Contains(tokens[i].Text);

    /// <summary>
    /// "Mardi, le ministre a dit", "the minister said Tuesday": a time word before the verb is no part of
    /// the subject, unless a "du"/"de" complement makes it part of a name ("Le Journal du dimanche affirme").
    /// </summary>
    private static bool IsTimeBeforeVerb(List<Token> tokens, int from, int at) =>
        WordLists.TimeWords.Contains(tokens[at].Text) && !(at > from && tokens[at - 1].Lower is "du" or "de");

    /// <summary>
    /// "The governor tweeted her reasoning saying, "…"": a definite description of two to four words, then a speech verb in the
    /// past with words after it, is a clause of its own before the participle; its subject ends at that verb.
    /// </summary>
    private static int BeforeVerbOfOwnClause(List<Token> tokens, int from, int to)
    {
        if (to - from < 4 || tokens[from].Lower is not ("the" or "le" or "la" or "les"))
        {
            return to;
        }

        for (var v = from + 2; v < to - 1 && v <= from + 4; v++)
        {
            if (!tokens[v].IsWord || tokens[v].IsCapitalized)
            {
                return to;
            }

            if (SpeechVerbs.IsLowerCaseForm(tokens[v]) && tokens[v].Lower.EndsWith("ed", System.StringComparison.Ordinal))
            {
                return v;
            }
        }

        return to;
    }

    /// <summary>
    /// "At about 5:17 p.m. his daughter reported", "Vers 17 h 30 le préfet a annoncé": where the words after a clock time that opens
    /// the clause with no comma start; <paramref name="from"/> when the clause does not open so.
    /// </summary>
    private static int AfterOpeningClockTime(List<Token> tokens, int from, int to)
    {
        var k = from;
        while (k < to && k - from < 2 && tokens[k].Lower is "at" or "about" or "around" or "by" or "à" or "vers")
        {
            k++;
        }

        if (k == from || k >= to || !char.IsDigit(tokens[k].Text[0]))
        {
            return from;
        }

        k++;
        while (k < to && tokens[k].Lower is "a.m" or "p.m" or "am" or "pm" or "." or "h" or "heures" or "gmt" or "utc"
            || (k < to && char.IsDigit(tokens[k].Text[0]) && tokens[k - 1].Lower == "h"))
        {
            k++;
        }

        return k < to && tokens[k].IsWord ? k : from;
    }

    /// <summary>"(Guterres) on Sunday called", "(the minister) last week said": the word before a time word opens the time phrase.</summary>
    public static bool OpensTimePhrase(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Lower is "on" or "last" or "this" or "next" && WordLists.TimeWords.Contains(tokens[at + 1].Text);

    private static bool IsLatterWord(string word) =>
        string.Equals(word, "dernier", System.StringComparison.OrdinalIgnoreCase) || string.Equals(word, "dernière", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, "latter", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Ce dernier a déclaré", "…, ce dernier expliquant que", "Celui-ci a ajouté", "The latter said": a
    /// phrase pointing at the last person named, right before the verb (after any auxiliary), opening its
    /// clause or after a comma; resolved like a pronoun. ("dernier" is otherwise a time word: "jeudi dernier".)
    /// </summary>
    private static Cue? Latter(string text, List<Token> tokens, int from, int to)
    {
        while (to > from && WordLists.Fillers.Contains(tokens[to - 1].Text))
        {
            to--;
        }

        // (Asked for every subject: the last word is tested before any phrase is built.)
        var last = to > from ? tokens[to - 1].Text : string.Empty;
        var start = last.Length >= 8 && last[last.Length - 3] == '-' && Antecedents.LatterAgreement(last) is not null ? to - 1 // "celui-ci"
            : to >= from + 2 && IsLatterWord(last) && Antecedents.LatterAgreement(tokens[to - 2].Text + " " + last) is not null ? to - 2
            : -1;
        return start >= 0 && (start == from || tokens[start - 1].Text == ",")
            ? new Cue(SpeakerKind.Pronoun, Slice(text, tokens, start, to), null)
            : null;
    }

    /// <summary>
    /// "(ministre de l')Intérieur Christophe Castaner", "(de la) Justice Nicole Belloubet": a name span that opens as
    /// a complement and holds a known given name after its first word: where the person's name starts, else null.
    /// </summary>
    public static int? PersonAfterComplementNoun(List<Token> tokens, (int Start, int End) span)
    {
        // (After a lower-case noun too: "la présidente de la région Île-de-France Valérie Pécresse". A span
        // that opens on a given name is one person's: "Jean Marie Le Pen", "Mary Ann Evans"; so is one right after a speech
        // verb or a source's "selon"/"according to", whatever its given name: "said Coretta Scott King", "selon Billie Jean King".)
        if (span.End - span.Start < 3 || IsGivenName(tokens[span.Start].Text)
            || !(IsComplement(tokens, span.Start) || (span.Start > 0 && tokens[span.Start - 1] is { IsWord: true, IsCapitalized: false }))
            || OpensOnSpeaker(tokens, span.Start)
            || PersonNames.IsTitle(tokens[span.Start].Text)) // "met Farmer Bob Jones": a title, no place, opens the span
        {
            return null;
        }

        for (var k = span.Start + 1; k <= span.End - 2; k++)
        {
            // ("La blogueuse tunisienne Amira Ben Salem": "Ben" inside a name is the particle of a surname, not a given name.)
            if (IsGivenName(tokens[k].Text) && tokens[k].Text is not ("Ben" or "Bin" or "Abu" or "Abou"))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Whether a speech verb, "selon", "d'après" or "according to" comes right before <paramref name="start"/>.</summary>
    private static bool OpensOnSpeaker(List<Token> tokens, int start) =>
        start > 0 && (tokens[start - 1].Lower == "selon" || SpeechVerbs.IsSpeechVerb(tokens[start - 1].Text)
            || (start > 1 && ((tokens[start - 1].Lower == "to" && tokens[start - 2].Lower == "according")
                || (tokens[start - 1].Lower == "après" && tokens[start - 2].Lower is "d'" or "d’"))));

    /// <summary>
    /// <paramref name="start"/> when the clause opens there on a capitalised adjective of nationality, place or kind
    /// (<c>Syrian</c>, <c>Israeli</c>, <c>Chinese</c>, <c>British</c>, <c>French</c>, <c>Local</c>, <c>Federal</c>,
    /// <c>Western</c>), not a given name (<c>Christian</c>, <c>Ryan</c>), followed by lower-case words only, none of them a
    /// filler or a pronoun, up to <paramref name="to"/>; else null.
    /// </summary>
    private static int? CapitalisedAdjectiveOpening(List<Token> tokens, int start, int to)
    {
        if (to - start < 2 || tokens[start] is not { IsWord: true, IsCapitalized: true } first || IsGivenName(first.Text) || IsAcronym(first)
            || !((first.Text.Length >= 4 && IsAdjectiveShaped(first.Text)) || (first.Text.Length >= 3 && IsModifierOfPeople(tokens, start))))
        {
            return null;
        }

        for (var k = start + 1; k < to; k++)
        {
            // ("National public service announcements about this year's parade state": a complement with its determiner.)
            if (tokens[k] is not { IsWord: true, IsCapitalized: false } word || WordLists.Fillers.Contains(word.Text)
                || (WordLists.Pronouns.Contains(word.Text) && !WordLists.Determiners.Contains(word.Text)) || SpeechVerbs.IsSpeechVerb(word.Text))
            {
                return null;
            }
        }

        return start;
    }

    // ("Aid agencies warned", "Health officials said", "Rescue workers described": a noun that opens the clause with its capital
    // right before a plural noun of people or of crews modifies it; no name of one word speaks there.)
    private static bool IsModifierOfPeople(List<Token> tokens, int start) =>
        start + 1 < tokens.Count && tokens[start + 1] is { IsWord: true, IsCapitalized: false } people
        && (WordLists.PeopleNouns.Contains(people.Text) || people.Lower is "agencies" or "crews" or "charities" or "groups" or "unions" or "teams");

    /// <summary>
    /// Where the description ends when the clause opens at <paramref name="start"/> on a capitalised plural noun of people
    /// (<c>Residents</c>, <c>Members</c>) or a count (<c>Eighty</c>, <c>Hundreds</c>) right before a lower-case word: at the
    /// first verb before <paramref name="to"/> ("Eighty members of … Parliament sent a letter …, appealing"), else at
    /// <paramref name="to"/>. Null when another shape opens the clause, when a comma or a pronoun comes first, or when the
    /// verb follows the noun at once ("Thousands marched": the word alone, as before). ("Reporters Without Borders said": a
    /// capital next, a name.)
    /// </summary>
    private static int? PeopleOpeningEnd(List<Token> tokens, int start, int to)
    {
        if (to - start < 2 || tokens[start] is not { IsWord: true, IsCapitalized: true } first
            || !(WordLists.PeopleNouns.Contains(first.Text) || WordLists.IsCount(first.Text))
            || tokens[start + 1] is not { IsWord: true, IsCapitalized: false } next || WordLists.Fillers.Contains(next.Text) || LooksLikePast(next))
        {
            return null;
        }

        for (var k = start + 1; k < to; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || (WordLists.Pronouns.Contains(tokens[k].Text) && !WordLists.Determiners.Contains(tokens[k].Text)))
            {
                return null;
            }

            if (k >= start + 2 && (IsPastAfterNoun(tokens, start, k) || WordLists.SubjectVerbs.Contains(tokens[k].Text) || IrregularPasts.Contains(tokens[k].Text)))
            {
                return k;
            }
        }

        return to;
    }

    /// <summary>An English past by its shape: a word of five letters or more in -ed, or one of <see cref="IrregularPasts"/> ("stood", "held").</summary>
    internal static bool LooksLikePast(Token token) =>
        (token.Text.Length > 4 && token.Text.EndsWith("ed", System.StringComparison.Ordinal)) || IrregularPasts.Contains(token.Text);

    /// <summary>Past forms of common verbs that are no speech verbs and do not end in -ed: where a subject stops.</summary>
    private static readonly WordSet IrregularPasts = new(new[]
    {
        "sent", "gave", "took", "made", "held", "met", "went", "came", "led", "left", "began", "brought", "built", "bought", "ran", "sat", "stood",
        "fought", "won", "lost", "kept", "saw", "found", "got", "put", "set", "spent", "threw", "wore", "struck", "felt", "hit",
        "shook", "did", "knew", "thought", "grew", "rose", "drew", "chose", "sought",
    });

    // Endings of English adjectives of nationality, place and kind: Syrian, Chinese, British, Israeli, French, Greek, Local,
    // Western, Islamic. (Checked only on a capitalised word that opens a clause before lower-case nouns.)
    public static bool IsAdjectiveShaped(string word) =>
        word.EndsWith("an", System.StringComparison.Ordinal) || word.EndsWith("ese", System.StringComparison.Ordinal)
        || word.EndsWith("ish", System.StringComparison.Ordinal) || word.EndsWith("al", System.StringComparison.Ordinal)
        || word.EndsWith("ern", System.StringComparison.Ordinal) || word.EndsWith("ic", System.StringComparison.Ordinal)
        || (word.EndsWith("i", System.StringComparison.Ordinal) && word.Length >= 5) || word is "French" or "Dutch" or "Greek" or "Thai" or "Swiss";

    private static bool IsGivenName(string word) => GivenNames.Contains(word);

    // Nouns of time: "The next day on Twitter West" opens on no description.
    private static readonly WordSet TimeNouns = new(new[]
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "evening", "night", "afternoon", "weekend",
        "jour", "jours", "lendemain", "veille", "semaine", "semaines", "mois", "année", "années", "an", "ans", "soir", "matin", "nuit", "week-end",
    });

    /// <summary>A determiner and a lower-case noun open the clause, and a preposition links them to the name at <paramref name="nameStart"/>.</summary>
    private static bool OpensWithDescription(List<Token> tokens, int from, int nameStart)
    {
        // "Lundi soir, le préfet du Nord appelle": the clause opens after an introductory phrase.
        var comma = nameStart > from ? tokens.FindLastIndex(nameStart - 1, nameStart - from, t => t.Text == ",") : -1;
        if (comma >= from)
        {
            from = comma + 1;
        }

        if (nameStart - from < 3 || !WordLists.Determiners.Contains(tokens[from].Text) || tokens[from + 1].IsCapitalized || !tokens[from + 1].IsWord)
        {
            return false;
        }

        // "The next day on Twitter West accused …", "Le lendemain sur France Inter X a …": a time phrase opening the clause
        // describes nobody.
        if (TimeNouns.Contains(tokens[from + 1].Text) || TimeNouns.Contains(tokens[from + 2].Text))
        {
            return false;
        }

        // The last preposition before the name opens the complement. "La présidente du Rassemblement national
        // Marine Le Pen": when a capitalised word stands between them, the complement has its own name
        // ("Rassemblement national", "Affaires étrangères") and the name after it is the person's, in apposition;
        // titles are no such name ("A spokesperson for Prime Minister Justin Trudeau" speaks for him).
        for (var i = nameStart - 1; i >= from + 2; i--)
        {
            if (WordLists.Prepositions.Contains(tokens[i].Text) || tokens[i].Text is "of" or "within" or "de" or "du" or "des" or "d’" or "d'")
            {
                return !HasNameOfItsOwn(tokens, i + 1, nameStart);
            }
        }

        return false;
    }

    /// <summary>A capitalised word that is no title: "du Rassemblement national", not "for Prime Minister".</summary>
    private static bool HasNameOfItsOwn(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsCapitalized && !PersonNames.IsAnyTitle(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names of a clause that can be its subject: not a complement ("of the UN", "de l’ONU"),
    /// not a possessive ("Mendez's wife"), not an organisation written with "the" ("The Jakarta Post").
    /// </summary>
    public static List<(int Start, int End)> NameSpans(List<Token> tokens, int from, int to, bool includeComplements = false, bool includePossessives = false)
    {
        var spans = new List<(int Start, int End)>();
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i].Text;
            if (t == "(")
            {
                depth++;
                continue;
            }

            if (t == ")")
            {
                depth = System.Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0 || !IsNameStart(tokens, i))
            {
                continue;
            }

            var end = NameEnd(tokens, i, to);
            // ("le Professeur Mark Sullivan": a title opening the name makes it a person, not a complement; so does a
            // demonym, "l’Allemande Christiane Heinicke".)
            var complement = i > from && IsComplement(tokens, i) && !WordLists.Titles.Contains(t) && !(end - i >= 3 && WordLists.Demonyms.Contains(t));
            var possessive = IsPossessive(tokens[end - 1].Text);

            if (complement && !includeComplements && i - 2 >= from && OfficeHolderStart(tokens, i, end) is var holder && holder > i)
            {
                complement = false;
                i = holder;
            }

            if ((includeComplements || !complement) && (includePossessives || !possessive))
            {
                // "Le Figaro dénonce …" opening a sentence: a press title keeps its article.
                spans.Add((IsPressTitleAfterArticle(tokens, i, from) ? i - 1 : i, end));
            }

            i = end - 1;
        }

        return spans;
    }

    /// <summary>
    /// "Special Representative for Iran Brian Hook", "Mayor of London Sadiq Khan", "Chief Executive of Hong
    /// Kong Carrie Lam": after a title and "of"/"for"/"de", a run of three capitalised words or more is the
    /// office's place, then the person, its last two words. Where the person starts, else <paramref name="start"/>.
    /// </summary>
    public static int OfficeHolderStart(List<Token> tokens, int start, int end)
    {
        // (Most names have two words: they are turned down before the words before them are lower-cased.)
        if (end - start < 3)
        {
            return start;
        }

        // ("ministre de la Défense Antoni Macierewicz": the place may keep its article.)
        var link = start >= 3 && tokens[start - 1].Lower is "la" or "l’" or "l'" or "the" ? start - 2 : start - 1;
        if (!(link >= 1 && tokens[link].Lower is "of" or "for" or "de" && WordLists.Titles.Contains(tokens[link - 1].Text)
            && tokens[end - 2].IsCapitalized && tokens[end - 1].IsCapitalized))
        {
            return start;
        }

        // "ministre de l'Économie Bruno Le Maire": a surname that opens on a particle takes the word before it.
        return end - 3 > start && WordLists.NameParticles.Contains(tokens[end - 2].Text) && tokens[end - 3].IsCapitalized ? end - 3 : end - 2;
    }

    /// <summary>The name starting at <paramref name="index"/> follows a link, preposition or determiner: "de MSF", "pour la Syrie", "of UCL".</summary>
    public static bool IsComplement(List<Token> tokens, int index) =>
        index > 0 && (WordLists.NounLinks.Contains(tokens[index - 1].Text) || WordLists.Prepositions.Contains(tokens[index - 1].Text) || WordLists.Determiners.Contains(tokens[index - 1].Text))
        && !WordLists.Titles.Contains(tokens[index - 1].Text);

    /// <summary>
    /// "The Turkish Ministry of Foreign Affairs denounced the summit, calling …": an English past tense after a
    /// noun ends the subject, whatever the verb ("The newly elected mayor", "The so-called experts" are no verbs).
    /// </summary>
    public static bool IsPastAfterNoun(List<Token> tokens, int start, int k) =>
        k >= start + 2 && tokens[k] is { IsWord: true, IsCapitalized: false } verb && verb.Text.Length > 4 && verb.Text.EndsWith("ed", System.StringComparison.Ordinal)
        && tokens[k - 1] is { IsWord: true } noun && !WordLists.Determiners.Contains(noun.Text) && !WordLists.Fillers.Contains(noun.Text)
        && (!noun.Text.EndsWith("ly", System.StringComparison.Ordinal) || IsPluralNounBefore(tokens, start, k - 1));

    // ("Several members immediately posted …": an adverb in -ly between a plural noun and the past; "the newly elected mayor", where
    // a determiner comes before the adverb, stays a noun phrase.)
    private static bool IsPluralNounBefore(List<Token> tokens, int start, int adverb) =>
        adverb - 1 > start && tokens[adverb - 1] is { IsWord: true, IsCapitalized: false } plural && plural.Text.Length > 3
        && WordLists.EndsAsPlural(plural.Text) && !WordLists.Determiners.Contains(plural.Text) && !WordLists.Fillers.Contains(plural.Text) && !WordLists.Prepositions.Contains(plural.Text);

    /// <summary>A pronoun, an auxiliary, a French infinitive, imperfect or participle ending, or an English past ("placed").</summary>
    private static bool LooksLikeVerb(Token token) =>
        WordLists.Pronouns.Contains(token.Text)
        || token.Lower == "a" || WordLists.SubjectEndingAuxiliaries.Contains(token.Text)
        || (token.Text.Length > 4 && token.Text.EndsWith("ed", System.StringComparison.Ordinal))
        || token.Text.EndsWith("er", System.StringComparison.Ordinal) || token.Text.EndsWith("ir", System.StringComparison.Ordinal)
        || token.Text.EndsWith("ait", System.StringComparison.Ordinal) || token.Text.EndsWith("aient", System.StringComparison.Ordinal)
        || token.Text.EndsWith("é", System.StringComparison.Ordinal) || token.Text.EndsWith("ée", System.StringComparison.Ordinal);

    /// <summary>"Trump's", "Fischer’s": a possessive, in either apostrophe.</summary>
    public static bool IsPossessive(string written) =>
        written.EndsWith("'s", System.StringComparison.Ordinal) || written.EndsWith("’s", System.StringComparison.Ordinal) || IsPluralPossessive(written);

    /// <summary>"Bahamas'", "Democrats’": a plural owner's apostrophe after its "s".</summary>
    private static bool IsPluralPossessive(string written) =>
        written.Length > 2 && written[written.Length - 1] is '\'' or '’' && written[written.Length - 2] == 's';

    /// <summary>"Trump's" → "Trump", "Democrats'" → "Democrats": the owner's name without the possessive mark.</summary>
    public static string WithoutPossessive(string written) =>
        IsPluralPossessive(written) ? written.Substring(0, written.Length - 1) : IsPossessive(written) ? written.Substring(0, written.Length - 2) : written;
}
