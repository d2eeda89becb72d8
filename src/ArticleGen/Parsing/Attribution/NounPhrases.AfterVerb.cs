using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

// The subject of an inverted incise, after its verb ("», a affirmé à l'AFP X, directeur de …", "," said X"), and the owners and agents of statements.
internal static partial class NounPhrases
{
    /// <summary>
    /// The subject of an inverted incise, after its verb: "de son côté le chef de la diplomatie russe, Sergueï Lavrov",
    /// "à l’Agence France-presse (AFP) Rami Abdel Rahmane, directeur de …", "l’envoyé spécial de l’ONU Staffan de Mistura".
    /// </summary>
    public static Cue? AfterVerb(string text, List<Token> tokens, int j)
    {
        var n = tokens.Count;
        while (j < n)
        {
            var t = tokens[j].Text;
            if (t == "(")
            {
                j = SkipParenthesis(tokens, j);
            }
            else if (t is "," && AsideBeforeName(tokens, j + 1) is int afterAside)
            {
                j = afterAside; // "confie, ému, Jean Dupont", "lâche, visiblement amère, Marie Martin": the aside is no role
            }
            else if (t is "," || (WordLists.Fillers.Contains(t) && t is not ("a" or "A")) || WordLists.TimeWords.Contains(t))
            {
                j++;
            }
            else if ((t is "de" or "d’" or "d'" or "pour") && j + 1 < n && tokens[j + 1].Lower is "son" or "sa" or "ses" or "leur" or "leurs" or "part" or "côté")
            {
                j += 3; // "de son côté", "pour sa part"
            }
            else if (t is "de" or "d’" or "d'" && j + 1 < n && tokens[j + 1].Lower is "lui" or "elle" or "eux" or "elles")
            {
                j += 2; // "a dit de lui la municipalité": whom the words are about, not who says them
            }
            else if (WordLists.Prepositions.Contains(t))
            {
                j = SkipComplement(tokens, j + 1);
            }
            else
            {
                break;
            }
        }

        if (j >= n)
        {
            return null;
        }

        if (WordLists.Pronouns.Contains(tokens[j].Text))
        {
            return new Cue(SpeakerKind.Pronoun, tokens[j].Text, null);
        }

        // "said May.": a month's word with no day after it, closing the incise, is a surname (Theresa May, Brian May).
        if (IsSurnameMonth(tokens, j) && (j + 1 >= n || tokens[j + 1].Text is "." or "," or ";"))
        {
            return new Cue(SpeakerKind.Name, tokens[j].Text, null);
        }

        // "rectifiera t-il": an inversion whose hyphen before the "t" was lost.
        if (tokens[j].Lower is "t-il" or "t-elle" or "t-ils" or "t-elles")
        {
            return new Cue(SpeakerKind.Pronoun, tokens[j].Text.Substring(2), null);
        }

        // "said the UN Special Envoy for Syria", "a déclaré le Haut Commissaire des Nations unies aux droits de l'homme": an office
        // written with capitals, up to the incise's end, is a description; its field is no name.
        if (OfficeDescriptions.CapitalisedOfficeEnd(tokens, j, n, toEnd: false) is int officeEnd
            && (officeEnd == n || !tokens[officeEnd].IsWord || (officeEnd + 1 < n && WordLists.TimeWords.Contains(tokens[officeEnd + 1].Text))))
        {
            return new Cue(SpeakerKind.Description, Slice(text, tokens, j, officeEnd), null);
        }

        // "un porte-parole de Donald Trump": the name is the description's complement; the description speaks.
        if (ComplementNames.Find(text, tokens, j, n) is { } described)
        {
            return described;
        }

        // "said French IOC member and former ski champion Jean-Claude Killy": a nationality before a capitalised title or body
        // is part of the role; the person after it is read as without it.
        if (j + 2 < n && tokens[j].IsCapitalized && !GivenNames.Contains(tokens[j].Text) && tokens[j + 1] is { IsWord: true, IsCapitalized: true }
            && (WordLists.EnglishDemonyms.Contains(tokens[j].Text) || IsAdjectiveShaped(tokens[j].Text))
            && AfterVerb(text, tokens, j + 1) is { Kind: SpeakerKind.Name } withoutNationality && withoutNationality.Text.IndexOf(' ') is var space && space > 0
            && GivenNames.Contains(withoutNationality.Text.Substring(0, space)))
        {
            var nationality = Slice(text, tokens, j, j + 1);
            return new Cue(SpeakerKind.Name, withoutNationality.Text, withoutNationality.Role is null ? nationality : nationality + " " + withoutNationality.Role);
        }

        // "former US Ambassador to the United Nations Nikki Haley", "the International Monetary Fund":
        // a chain of capitalised words, titles and links up to the end of the incise names its last
        // full name; what comes before it is the role.
        var chained = LastNameOfChain(text, tokens, j, n);
        if (chained is not null)
        {
            return chained;
        }

        // "said the International Monetary Fund": a determiner before a name is part of the name's phrase. ("said a Western
        // diplomat briefed on the negotiations", "said the Portuguese health minister, Ana Jorge": one capitalised word
        // modifying a noun opens a description, read below with the name it may introduce; not before a statement's noun,
        // "said an AEW press release" being the name's statement.)
        if (WordLists.Determiners.Contains(tokens[j].Text) && j + 1 < n && IsNameStart(tokens, j + 1)
            && NameEnd(tokens, j + 1, n) is var orgEnd && (StatementNounFollows(tokens, orgEnd) || ModifierDescription(text, tokens, j, j + 1, orgEnd) is null))
        {

            // "le Gilet jaune Eric Drouet": one capitalised noun and its adjective describe the full name after them.
            if (orgEnd == j + 2 && orgEnd + 2 < n && tokens[orgEnd] is { IsWord: true, IsCapitalized: false } adjective && IsRoleNoun(adjective)
                && IsNameStart(tokens, orgEnd + 1) && NameEnd(tokens, orgEnd + 1, n) is var personEnd && personEnd - (orgEnd + 1) >= 2)
            {
                return new Cue(SpeakerKind.Name, Slice(text, tokens, orgEnd + 1, personEnd), Slice(text, tokens, j + 1, orgEnd + 1));
            }

            return new Cue(SpeakerKind.Name, Slice(text, tokens, j + 1, orgEnd), Apposition(text, tokens, orgEnd));
        }

        var nameStart = SkipTitles(tokens, j, n);
        if (nameStart < n && IsNameStart(tokens, nameStart))
        {
            var end = NameEnd(tokens, nameStart, n);

            if (ModifierDescription(text, tokens, j, nameStart, end) is { } modifierOfNoun)
            {
                return modifierOfNoun;
            }

            // "a réagi la présidente de la région Île-de-France Valérie Pécresse": the place ran into the person's name.
            if (PersonAfterComplementNoun(tokens, (nameStart, end)) is int person)
            {
                return new Cue(SpeakerKind.Name, Slice(text, tokens, person, end), StripDeterminer(text, tokens, j, person));
            }

            // "writes Huber's longtime tag team partner Erick Rowan": an owner, the role it owns, then the person.
            if (IsPossessive(tokens[end - 1].Text) && PersonAfterOwnedRole(tokens, end, n) is int owned)
            {
                var roleEnd = tokens[owned - 1].Text == "," ? owned - 1 : owned;
                return new Cue(SpeakerKind.Name, Slice(text, tokens, owned, NameEnd(tokens, owned, n)), Slice(text, tokens, nameStart, roleEnd));
            }

            // "la députée LFI Clémentine Autain", "le sénateur LR Bruno Retailleau": a party's acronym, then the person.
            if (end - nameStart == 1 && end < n && IsAcronym(tokens[nameStart]) && IsNameStart(tokens, end))
            {
                return new Cue(SpeakerKind.Name, Slice(text, tokens, end, NameEnd(tokens, end, n)), Slice(text, tokens, j, end));
            }

            // "Valiant Entertainment editor Heather Antos": an organisation, a role noun, then the person.
            if (PersonAfterRoleNoun(tokens, end, n) is int afterRole)
            {
                return new Cue(SpeakerKind.Name, Slice(text, tokens, afterRole, NameEnd(tokens, afterRole, n)), Slice(text, tokens, nameStart, afterRole));
            }

            // ("said Dr. Anne Smith, the county health director": a form of address is no role; the apposition is.)
            var role = nameStart > j && !OnlyFormsOfAddress(tokens, j, nameStart) ? StripDeterminer(text, tokens, j, nameStart) : Apposition(text, tokens, end);
            return new Cue(SpeakerKind.Name, Slice(text, tokens, nameStart, end), role);
        }

        // A description, maybe followed by the name it describes.
        var k = DescriptionEnd(tokens, j, n);
        if (k == j)
        {
            return null;
        }

        // "explique le chercheur principal et Professeur Associé de Psychiatrie à l'Université Yale, Ivan de Araujo .": a
        // description whose titles and places are capitalised, then a comma and the full name that closes the incise.
        if (WordLists.Determiners.Contains(tokens[j].Text) && ApposedNameClosingIncise(tokens, k, n) is var (closingStart, closingEnd) && closingEnd > closingStart)
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, closingStart, closingEnd), StripDeterminer(text, tokens, j, closingStart - 1));
        }

        // "said former coach and former test player John Bracewell": two descriptions of one person, joined by "and". (Not
        // when the second opens on a determiner: "the mayor and the police chief John Smith" may be two people.)
        if (k + 1 < n && tokens[k].Lower is "and" or "et" && !WordLists.Determiners.Contains(tokens[k + 1].Text)
            && DescriptionEnd(tokens, k + 1, n) is var second && second > k + 1
            && SkipTitles(tokens, second, n) is var afterSecond && afterSecond < n && IsNameStart(tokens, afterSecond))
        {
            k = second;
        }

        // "said the organization's Secretary General, Harun Khan": capitalised titles, their comma, then the person.
        if (TitlesBeforeComma(tokens, k, n) is int comma && comma + 1 < n && IsNameStart(tokens, comma + 1))
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, comma + 1, NameEnd(tokens, comma + 1, n)), StripDeterminer(text, tokens, j, comma));
        }

        // "a déclaré le chef du gouvernement, le conservateur Mariano Rajoy", "said the head of government, conservative Mariano
        // Rajoy": after the description's comma, an epithet of one lower-case word, then the full name that closes the incise.
        if (k + 2 < n && tokens[k].Text == "," && NameAfterEpithet(tokens, k + 1, n) is var (epithetName, epithetNameEnd))
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, epithetName, epithetNameEnd), StripDeterminer(text, tokens, j, k));
        }

        // ("said lead author Dr David Livermore": a title may stand between the description and the name.)
        var next = SkipTitles(tokens, k < n && tokens[k].Text == "," ? k + 1 : k, n);
        if (next < n && IsNameStart(tokens, next))
        {
            var end = NameEnd(tokens, next, n);

            // "said former New Zealand coach John Bracewell": the place, its role noun, then the person.
            if (PersonAfterRoleNoun(tokens, end, n) is int afterRole)
            {
                return new Cue(SpeakerKind.Name, Slice(text, tokens, afterRole, NameEnd(tokens, afterRole, n)), StripDeterminer(text, tokens, j, afterRole));
            }

            return ModifierDescription(text, tokens, j, next, end)
                ?? new Cue(SpeakerKind.Name, Slice(text, tokens, next, end), StripDeterminer(text, tokens, j, k));
        }

        // "écrit le quotidien Le Figaro", "wrote the newspaper The Guardian": a title that opens on its
        // capitalised article is the name the description announces, article included.
        if (next + 1 < n && IsCapitalizedArticle(tokens[next]) && IsNameStart(tokens, next + 1))
        {
            var end = NameEnd(tokens, next + 1, n);
            return new Cue(SpeakerKind.Name, Slice(text, tokens, next, end), StripDeterminer(text, tokens, j, k));
        }

        return AgentOfStatement(text, tokens, j, k) ?? Description(text, tokens, j, k);
    }

    /// <summary>
    /// The full name (two words or more) after the first comma at or after <paramref name="from"/>, within a dozen words of
    /// capitalised titles, links and places, when it closes the incise (its end, or a period); else (0, 0).
    /// </summary>
    private static (int Start, int End) ApposedNameClosingIncise(List<Token> tokens, int from, int n)
    {
        for (var c = from; c < n && c - from <= 12; c++)
        {
            var token = tokens[c];
            if (token.Text == "," && c + 1 < n && IsNameStart(tokens, c + 1))
            {
                return FullNameClosingIncise(tokens, c + 1, n) is int end ? (c + 1, end) : (0, 0);
            }

            if (!token.IsWord || SpeechVerbs.IsLowerCaseForm(token) || token.Lower is "qui" or "who" or "que" or "that")
            {
                return (0, 0); // a mark or a clause of its own before any comma
            }
        }

        return (0, 0);
    }

    /// <summary>
    /// The full name (two words or more) after an epithet of one lower-case word, its determiner first or not ("le conservateur
    /// Mariano Rajoy", "conservative Mariano Rajoy"), when the name closes the incise; else null.
    /// </summary>
    private static (int Start, int End)? NameAfterEpithet(List<Token> tokens, int from, int n)
    {
        var word = WordLists.Determiners.Contains(tokens[from].Text) ? from + 1 : from;
        if (word + 1 >= n || tokens[word] is not { IsWord: true, IsCapitalized: false } epithet || SpeechVerbs.IsLowerCaseForm(epithet)
            || WordLists.Prepositions.Contains(epithet.Text) || WordLists.Determiners.Contains(epithet.Text) || !IsNameStart(tokens, word + 1))
        {
            return null;
        }

        return FullNameClosingIncise(tokens, word + 1, n) is int end ? (word + 1, end) : null;
    }

    /// <summary>
    /// Where the name opening at <paramref name="start"/> (the caller has seen it open there) ends, when it is a full name of two
    /// words or more that closes the incise (its end, or a period or semicolon); else null.
    /// </summary>
    private static int? FullNameClosingIncise(List<Token> tokens, int start, int n)
    {
        var end = NameEnd(tokens, start, n);
        // (Or closed by a comma, the incise going on: "…, Jean-Paul Firmin, devant la commission".)
        return end - start >= 2 && (end == n || tokens[end].Text is "." or ";" or ",") ? end : null;
    }

    /// <summary>Where the comma is after one capitalised title or more from <paramref name="k"/> ("Secretary General,"); else null.</summary>
    private static int? TitlesBeforeComma(List<Token> tokens, int k, int n)
    {
        var end = k;
        while (end < n && tokens[end].IsCapitalized && IsTitle(tokens, end))
        {
            end++;
        }

        return end > k && end < n && tokens[end].Text == "," ? end : null;
    }

    /// <summary>
    /// Where the person starts after a name that ends at <paramref name="end"/> and one or two role nouns: "Valiant
    /// Entertainment editor Heather Antos", "New Zealand batsman Scott Styris" ("Center for Biological Diversity scientist
    /// Tierra Curry", "University of Kansas ecologist Chip Taylor": the organisation's name runs on over "for"/"of" after
    /// its head noun); else null.
    /// </summary>
    private static int? PersonAfterRoleNoun(List<Token> tokens, int end, int n)
    {
        var organisationEnd = end;
        while (organisationEnd + 1 < n && tokens[organisationEnd].Lower is "for" or "of" && PersonNames.IsOrganisationWord(tokens[organisationEnd - 1].Text)
            && IsNameStart(tokens, organisationEnd + 1))
        {
            organisationEnd = NameEnd(tokens, organisationEnd + 1, n);
        }

        // ("New Zealand coach and former test player John Bracewell": a second role after "and", up to three words. "Met Office
        // deputy chief meteorologist Helen Caddick": a role of three words.)
        var roleWords = 3;
        for (var roleEnd = organisationEnd + 1; roleEnd <= organisationEnd + roleWords && roleEnd < n; roleEnd++)
        {
            if (tokens[roleEnd - 1].Lower == "and" && roleEnd - 1 > organisationEnd && roleWords == 3)
            {
                roleWords = roleEnd - organisationEnd + 3;
                continue;
            }

            if (!IsRoleNoun(tokens[roleEnd - 1]))
            {
                return null;
            }

            if (IsNameStart(tokens, roleEnd))
            {
                return roleEnd;
            }
        }

        return null;
    }

    /// <summary>Whether one of the two words from <paramref name="from"/> is a statement's noun ("press release", "statement").</summary>
    private static bool StatementNounFollows(List<Token> tokens, int from)
    {
        for (var i = from; i < from + 2 && i < tokens.Count; i++)
        {
            if (WordLists.StatementNouns.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "précise le communiqué rédigé par les organisateurs", "said a statement issued by the ministry": a statement noun
    /// that a past participle credits to an agent ("par"/"by" right after the description) speaks for that agent; else null.
    /// </summary>
    private static Cue? AgentOfStatement(string text, List<Token> tokens, int start, int end)
    {
        // (The description may stop before the participle when it is a speech verb's: "un communiqué publié par".)
        var noun = end - 1;
        var participle = end < tokens.Count && Participles.IsPast(tokens[end].Lower) ? end : end - 1;
        if (participle == end - 1)
        {
            noun--;
        }

        if (noun < start || participle + 2 >= tokens.Count || tokens[participle + 1].Lower is not ("par" or "by")
            || !WordLists.StatementNouns.Contains(tokens[noun].Text) || !Participles.IsPast(tokens[participle].Lower))
        {
            return null;
        }

        return AfterVerb(text, tokens, participle + 2);
    }

    /// <summary>
    /// Where the person starts after an owner's role, "[Huber's] longtime tag team partner Erick Rowan",
    /// "[San Diego's] chancellor, Pradeep Khosla": up to five lower-case words, maybe a comma, then a name;
    /// else null.
    /// </summary>
    private static int? PersonAfterOwnedRole(List<Token> tokens, int roleStart, int n)
    {
        var k = roleStart;
        while (k < n && k - roleStart < 5 && tokens[k] is { IsWord: true, IsCapitalized: false } word && !WordLists.Prepositions.Contains(word.Text))
        {
            k++;
        }

        if (k == roleStart)
        {
            return null;
        }

        if (k < n && tokens[k].Text == ",")
        {
            k++;
        }

        return k < n && IsNameStart(tokens, k) ? k : null;
    }

    /// <summary>
    /// "PC World's recent analysis of its own web traffic statistics concluded", "The Guardian's own review found": a
    /// subject opening on a possessive name whose head noun (after at most two adjectives) is a statement or a finding
    /// speaks for that name, whatever complement follows the noun; else null.
    /// </summary>
    private static Cue? FindingsOwner(string text, List<Token> tokens, int from, int to)
    {
        var start = tokens[from].Lower == "the" && from + 1 < to && tokens[from + 1].IsCapitalized ? from + 1 : from;
        if (!IsNameStart(tokens, start))
        {
            return null;
        }

        var end = NameEnd(tokens, start, to);
        if (end >= to || !IsPossessive(tokens[end - 1].Text))
        {
            return null;
        }

        for (var k = end; k < to && k <= end + 2; k++)
        {
            if (tokens[k] is not { IsWord: true, IsCapitalized: false } word)
            {
                return null;
            }

            if (WordLists.StatementNouns.Contains(word.Text) || WordLists.FindingNouns.Contains(word.Text))
            {
                return new Cue(SpeakerKind.Name, WithoutPossessive(Slice(text, tokens, from, end)), null);
            }
        }

        return null;
    }

    /// <summary>
    /// "An investigation by the BBC has revealed", "A new report by Amnesty International says": a subject whose head is a
    /// finding or a statement, credited by "by" to a name that ends the subject, speaks for that name; else null.
    /// </summary>
    private static Cue? FindingsByAgent(string text, List<Token> tokens, int from, int to)
    {
        if (!WordLists.Determiners.Contains(tokens[from].Text))
        {
            return null;
        }

        for (var k = from + 1; k < to - 2 && k <= from + 3; k++)
        {
            if (tokens[k] is not { IsWord: true, IsCapitalized: false } word)
            {
                return null;
            }

            if ((WordLists.FindingNouns.Contains(word.Text) || WordLists.IsStatementNounItself(word.Text)) && tokens[k + 1].Lower == "by")
            {
                var start = tokens[k + 2].Lower == "the" ? k + 3 : k + 2;
                return start < to && IsNameStart(tokens, start) && NameEnd(tokens, start, to) == to
                    ? new Cue(SpeakerKind.Name, Slice(text, tokens, start, to), null)
                    : null;
            }

            // ("selon un rapport de la Cour des comptes": a French finding's author after "de la"/"de l'", with its article, as a
            // French body is written.)
            if (WordLists.FindingNouns.Contains(word.Text) && k + 3 < to && tokens[k + 1].Lower == "de" && tokens[k + 2].Lower is "la" or "l'" or "l’")
            {
                return IsNameStart(tokens, k + 3) && NameEnd(tokens, k + 3, to) == to ? new Cue(SpeakerKind.Name, Slice(text, tokens, k + 2, to), null) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "RIAA's DMCA notice alleged", "An AEW press release said": a statement noun closing the phrase,
    /// after a name that owns it (a possessive anywhere in the phrase, else a name right before the
    /// statement's lower-case words), speaks for that name; else null.
    /// </summary>
    private static Cue? StatementOwner(string text, List<Token> tokens, int from, int to)
    {
        if (to - from >= 3 && FindingsOwner(text, tokens, from, to) is { } findings)
        {
            return findings;
        }

        if (to - from < 2 || tokens[to - 1] is not { IsCapitalized: false } last || !WordLists.StatementNouns.Contains(last.Text))
        {
            return null;
        }

        // "The army statement said", "the government statement … announced": a body's noun before the statement noun owns it.
        if (to - from == 3 && WordLists.Determiners.Contains(tokens[from].Text) && tokens[from + 1] is { IsCapitalized: false } body
            && WordLists.SpeakingBodies.Contains(body.Text) && body.Lower is not ("spokesman" or "spokeswoman" or "spokesperson" or "source" or "porte-parole"))
        {
            return new Cue(SpeakerKind.Description, Slice(text, tokens, from, from + 2), null);
        }

        var spans = NameSpans(tokens, from, to - 1, includeComplements: true, includePossessives: true);
        foreach (var (start, end) in spans)
        {
            // ("Prime Minister Stephen Harper's Christmas message": one or two capitalised words may follow the owner.)
            for (var owner = end - 1; owner >= start && owner >= end - 3; owner--)
            {
                if (IsPossessive(tokens[owner].Text))
                {
                    return new Cue(SpeakerKind.Name, WithoutPossessive(Slice(text, tokens, start, owner + 1)), null);
                }
            }
        }

        var nameEnd = to - 1;
        while (nameEnd > from && nameEnd >= to - 2 && tokens[nameEnd - 1] is { IsWord: true, IsCapitalized: false } word && !WordLists.Determiners.Contains(word.Text))
        {
            nameEnd--; // "press" in "press release"
        }

        return spans.Count > 0 && spans[spans.Count - 1].End == nameEnd && (spans[spans.Count - 1].Start == from || WordLists.Determiners.Contains(tokens[spans[spans.Count - 1].Start - 1].Text))
            ? new Cue(SpeakerKind.Name, Slice(text, tokens, spans[spans.Count - 1].Start, nameEnd), null)
            : null;
    }

    /// <summary>Punctuation that ends the phrase after a marker or a preposition: a comma, a sentence mark, a parenthesis, a quote mark.</summary>
    public static bool EndsPhrase(Token token) => token.Text is "," or "." or ";" or ":" or "(" or "»" or "«" or "“" or "”" or "\"";

    /// <summary>
    /// Where the name starts after an aside of one or two lower-case words (no determiner, preposition or verb of speech) that
    /// opens at <paramref name="from"/> and closes with a comma right before a name: "ému, Jean Dupont", "visiblement amère,
    /// Marie Martin"; else null.
    /// </summary>
    private static int? AsideBeforeName(List<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && k - from < 2 && tokens[k] is { IsWord: true, IsCapitalized: false } word && !WordLists.Determiners.Contains(word.Text)
            && !WordLists.Prepositions.Contains(word.Text) && !SpeechVerbs.IsSpeechVerb(word.Text) && !WordLists.Pronouns.Contains(word.Text))
        {
            k++;
        }

        return k > from && k + 1 < tokens.Count && tokens[k].Text == "," && IsNameStart(tokens, k + 1) ? k + 1 : null;
    }

    /// <summary>
    /// Where <see cref="AfterMarker"/> reads the phrase after the link word at <paramref name="link"/> ("de", "of", "from",
    /// "du"): right after it, or at a contracted "du" itself, which it reads as "le" ("du ministre" → "le ministre").
    /// </summary>
    public static int AfterLink(List<Token> tokens, int link) => tokens[link].Lower == "du" ? link : link + 1;

    /// <summary>A name right after a marker ("selon X", "according to X"), or the description there.</summary>
    public static Cue? AfterMarker(string text, List<Token> tokens, int j)
    {
        // "selon les termes du ministre", "aux yeux du maire", "la réponse du syndicat": after a contracted article the phrase is
        // read without it, and a description gets its own article back ("le ministre"), as descriptions are written.
        if (j + 1 < tokens.Count && tokens[j].Lower == "du")
        {
            var after = AfterMarker(text, tokens, j + 1);
            return after is { Kind: SpeakerKind.Description } && !WordLists.Determiners.Contains(tokens[j + 1].Text)
                ? new Cue(SpeakerKind.Description, "le " + after.Text, after.Role)
                : after;
        }

        if (j < tokens.Count && WordLists.Pronouns.Contains(tokens[j].Text))
        {
            return new Cue(SpeakerKind.Pronoun, tokens[j].Text, null);
        }

        // "selon ses sources", "according to their sources": the speaker's own sources, not a speaker;
        // "selon nos informations", "according to our sources": the newspaper itself. ("Pour sa directrice
        // artistique, Delphine Maurel, « … »": a name in apposition after the possessive's noun speaks.)
        if (j < tokens.Count && tokens[j].Lower is "ses" or "son" or "sa" or "leurs" or "leur" or "his" or "her" or "their" or "its" or "nos" or "notre" or "our")
        {
            return NameAfterPossessiveRole(text, tokens, j);
        }

        // "selon des propos de Rami Abdel Rahmane, directeur de l'OSDH", "according to remarks by Jane Doe": the owner of the
        // words the marker cites speaks.
        if (j + 3 < tokens.Count && WordLists.Determiners.Contains(tokens[j].Text) && WordLists.IsStatementNounItself(tokens[j + 1].Text)
            && tokens[j + 2].Lower is "de" or "of" or "by" && IsNameStart(tokens, j + 3))
        {
            var ownerEnd = NameEnd(tokens, j + 3, tokens.Count);
            return new Cue(SpeakerKind.Name, Slice(text, tokens, j + 3, ownerEnd), Apposition(text, tokens, ownerEnd));
        }

        // "according to a statement from the Ministry of Health", "d'après un communiqué du ministère de la Santé": the owner after
        // "from"/"du" and a determiner, a name with its complement or a lower-case noun with the named complement after it.
        if (j + 3 < tokens.Count && WordLists.Determiners.Contains(tokens[j].Text) && WordLists.IsStatementNounItself(tokens[j + 1].Text)
            && tokens[j + 2].Lower is "from" or "du" or "des" or "de" or "of")
        {
            var owner = AfterDefiniteArticles(tokens, j + 3, tokens.Count);

            // ("a statement from the Belgian federal prosecutor's office": a nationality before lower-case nouns opens a description,
            // which speaks whole.)
            if (owner + 1 < tokens.Count && tokens[owner].IsCapitalized && WordLists.EnglishDemonyms.Contains(tokens[owner].Text)
                && tokens[owner + 1] is { IsWord: true, IsCapitalized: false } && PhraseEnd(tokens, owner) is var phraseEnd && phraseEnd > owner + 1
                && Description(text, tokens, j + 3, phraseEnd) is { Kind: SpeakerKind.Description } national)
            {
                return national;
            }

            if (owner < tokens.Count && IsNameStart(tokens, owner))
            {
                // ("the Ministry of Health": an organisation's word keeps the named complement after it.)
                var ownerEnd = NameEnd(tokens, owner, tokens.Count);
                var organisationEnd = PersonNames.IsOrganisationWord(tokens[ownerEnd - 1].Text) ? NamedComplementEnd(tokens, ownerEnd, tokens.Count) : ownerEnd;
                return new Cue(SpeakerKind.Name, Slice(text, tokens, owner, organisationEnd), null);
            }

            // (With its article, as descriptions are written and resolved: "du ministre de l'Intérieur" → "le ministre de l'Intérieur",
            // whom the article names.)
            if (owner < tokens.Count && tokens[owner] is { IsWord: true, IsCapitalized: false } && !WordLists.Determiners.Contains(tokens[owner].Text)
                && NamedComplementEnd(tokens, owner + 1, tokens.Count) is var complementEnd && complementEnd > owner + 1)
            {
                var described = Slice(text, tokens, owner, complementEnd);
                return new Cue(SpeakerKind.Description, tokens[j + 2].Lower switch
                {
                    "du" => "le " + described,
                    "des" => "les " + described,
                    _ => owner > j + 3 ? Slice(text, tokens, j + 3, complementEnd) : described,
                }, null);
            }
        }

        // ("selon un vétérinaire ayant examiné deux d'entre elles", "according to a doctor who treated him": a participial or a
        // relative clause after the phrase's head says more of it, and its words are no part of who it is; "selon une agence
        // locale citée par Reuters": the outlet that cites the source only passed its words on.)
        var end = j;
        while (end < tokens.Count && !EndsPhrase(tokens[end]) && !(end > j + 1 && (OpensModifierClause(tokens[end]) || IsCitedBy(tokens, end) || IsPublishedAfterName(tokens, end))))
        {
            end++;
        }

        var subject = end > j ? Subject(text, tokens, j, end) : null;

        // "Selon le président du comité d'organisation, Christophe Borgel, « … »": the name in apposition, also
        // after a description too long to be read as a speaker alone ("la tête de liste de l'union de la gauche à Marseille").
        // ("Pour le président de la station SNSM de Quiberon, Loïc Guillou, …": also when the description's complement holds a name.)
        var opensOnDescription = end > j + 1 && WordLists.Determiners.Contains(tokens[j].Text) && tokens[j + 1] is { IsWord: true, IsCapitalized: false };
        if ((subject is { Kind: SpeakerKind.Description } || opensOnDescription || (subject is null && end > j && !tokens[j].IsCapitalized)) && end + 1 < tokens.Count && tokens[end].Text == "," && IsNameStart(tokens, end + 1))
        {
            var nameEnd = NameEnd(tokens, end + 1, tokens.Count);
            if (nameEnd == tokens.Count || tokens[nameEnd].Text is "," or ":")
            {
                // (The role without its determiner, as roles are written: "président du comité d'organisation".)
                return new Cue(SpeakerKind.Name, Slice(text, tokens, end + 1, nameEnd), StripDeterminer(text, tokens, j, end));
            }
        }

        return subject;
    }

    // ("according to a report by the National Audit Office published on Wednesday", "selon un rapport de la Cour des comptes
    // publié mercredi": when and how the source came out is no part of it.)
    private static bool IsPublishedAfterName(List<Token> tokens, int at) =>
        PublishedParticiples.Contains(tokens[at].Text)
        && (tokens[at - 1].IsCapitalized || (at > 1 && tokens[at - 2].IsCapitalized) || (at > 2 && tokens[at - 3].IsCapitalized));

    private static readonly WordSet PublishedParticiples = new(new[]
    {
        "published", "released", "issued", "unveiled", "seen", "obtained", "publié", "publiée", "publiés", "publiées", "paru", "parue",
        "rendu", "rendue", "dévoilé", "dévoilée", "diffusé", "diffusée", "consulté", "consultée",
    });

    // Where the phrase from "from" ends: at a mark, a relative or a participle's clause.
    private static int PhraseEnd(List<Token> tokens, int from)
    {
        var end = from;
        while (end < tokens.Count && !EndsPhrase(tokens[end]) && !(end > from && OpensModifierClause(tokens[end])))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A relative pronoun or a French auxiliary's participle ("qui", "who", "ayant", "étant"): what opens a clause that modifies
    /// the phrase before it. (Not every "-ing" word: "an official mailing list post from X" is a noun phrase.)
    /// </summary>
    private static bool OpensModifierClause(Token token) => token.Lower is "qui" or "who" or "which" or "ayant" or "étant";

    /// <summary>"citée par", "quoted by", "cited by": a participle of citing and its agent.</summary>
    private static bool IsCitedBy(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && IsCitingParticiple(tokens[at].Lower) && tokens[at + 1].Lower is "par" or "by";

    /// <summary>"cité(e)(s)", "quoted", "cited" (lower case): a participle of citing, whose agent only passes a source's words on.</summary>
    public static bool IsCitingParticiple(string lower) => lower is "cité" or "citée" or "cités" or "citées" or "quoted" or "cited";

    // "sa directrice artistique, Delphine Maurel,": up to four lower-case words after the possessive, a comma, a name
    // closed by a comma or a mark; the role is the words without the possessive.
    private static Cue? NameAfterPossessiveRole(string text, List<Token> tokens, int possessive)
    {
        var k = possessive + 1;
        while (k < tokens.Count && k - possessive <= 4 && tokens[k] is { IsWord: true, IsCapitalized: false })
        {
            k++;
        }

        if (k == possessive + 1 || k + 1 >= tokens.Count || tokens[k].Text != ",")
        {
            return null;
        }

        // "According to its press release, the NBA was "…"": the owner of the statement the possessive names is the subject
        // of the clause after the comma.
        if (k + 2 < tokens.Count && WordLists.IsStatementNounItself(tokens[k - 1].Text) && NameIndex.IsDefiniteDeterminer(tokens[k + 1].Lower)
            && IsNameStart(tokens, k + 2) && NameEnd(tokens, k + 2, tokens.Count) is var ownerEnd && ownerEnd < tokens.Count && tokens[ownerEnd].IsWord
            && !tokens[ownerEnd].IsCapitalized)
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, k + 2, ownerEnd), null);
        }

        if (!IsNameStart(tokens, k + 1))
        {
            return null;
        }

        var end = NameEnd(tokens, k + 1, tokens.Count);
        return end - (k + 1) >= 2 && (end == tokens.Count || EndsPhrase(tokens[end]))
            ? new Cue(SpeakerKind.Name, Slice(text, tokens, k + 1, end), Slice(text, tokens, possessive + 1, k))
            : null;
    }
}
