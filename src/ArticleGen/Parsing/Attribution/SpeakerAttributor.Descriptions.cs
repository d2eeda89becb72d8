using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

// Descriptions as speakers: the holders of roles, titles and organisations a description refers back to, and the description itself.
internal static partial class SpeakerAttributor
{
    /// <summary>
    /// Whom a description (as written) names: the one holder of its role, title or office; the issuer of the statement it
    /// names; the one organisation of its kind, or the one the sentences before are about; the person it refers back to (by
    /// age, "l'intéressé", a demonstrative, an epithet). Null when it names no one the article gives. <c>ReplacesRole</c>: the
    /// description gives the role (<c>Role</c>) instead of the cue's.
    /// </summary>
    private static (string Speaker, bool ReplacesRole, string? Role)? DescribedSpeaker(string description, QuoteCandidate quote, Run run)
    {
        // "the PM said" after "Prime Minister Rishi Sunak": the office's initials are the office.
        if (description.EndsWith(" PM", System.StringComparison.Ordinal) && description.IndexOf(' ') == description.Length - 3)
        {
            description = description.Substring(0, description.Length - 2) + "prime minister";
        }

        // "« … », a ajouté le ministre" after "le ministre de l'Intérieur Christophe Castaner": a
        // definite description by a role that one person quoted before holds is that person.
        if (OfficeHolder(description, run) is { } holder)
        {
            return (holder, true, WithoutDeterminer(description)); // "the chief" → role "chief", as roles are written
        }

        if (IsDefiniteStatement(description) && run.Names.StatementIssuerFor(quote.ElementOrder) is { } issuer)
        {
            // "selon un communiqué de Turkey Blocks … « … » peut-on lire dans le communiqué": the statement named
            // before with its issuer is the one "le communiqué" refers back to; its issuer speaks.
            return (issuer, true, null);
        }

        if (OrganisationHolder(description, run.Names, quote.ElementOrder) is { } organisation)
        {
            // "Le groupe laitier Lacto-Normandie a procédé au rappel … « … », a indiqué l'entreprise": a
            // definite description by the noun of an organisation's kind is the one organisation given so.
            return (organisation, true, null);
        }

        if (IsOrganisationKindDescription(description)
            && Antecedents.Find(quote, run.Elements, run.ByElement, run.Names, "it", beforeSentenceOf: quote.Element.Unit.Text.LastIndexOf(description, quote.Open, System.StringComparison.Ordinal)) is { } organisationBefore
            && IsOrganisationName(organisationBefore)
            && quote.Element.Unit.Text.LastIndexOf(organisationBefore, quote.Open, System.StringComparison.Ordinal) >= 0)
        {
            // "Meridian Rail pleaded guilty …. "…," the company said": with no organisation given that kind, the one the
            // sentences before are about, as "it" would find it, named earlier in the quote's paragraph: a name of two
            // words or more, not a person's (no given name first) nor a description.
            return (organisationBefore, true, null);
        }

        if (OrganisationKindHead(description) is not null
            && Antecedents.OrganisationOpeningBefore(quote, run.Elements, run.ByElement, quote.Element.Unit.Text.LastIndexOf(description, quote.Open, System.StringComparison.Ordinal)) is { } opening
            && IsOrganisationName(opening))
        {
            // "France Nature Environnement a dénoncé le projet. « … », estime la fédération", "Amnesty International said …. ¶
            // "…," the group said": the organisation that opens the nearest sentence before (in the quote's paragraph or the one
            // before), where "it" finds none.
            return (run.Names.Fullest(opening), true, null);
        }

        if (RefersBack(description) && Antecedents.Find(quote, run.Elements, run.ByElement, run.Names, description) is { } referred)
        {
            // "Jack Doherty has run the same boat for 40 years. … "…," the 67-year-old said": a person
            // named by their age (or "l'intéressé", "la jeune femme") stands, as a pronoun does, for the
            // person the sentences before are about.
            return (referred, false, null);
        }

        if (RefersBack(description) && NameOpeningNextSentence(quote, run.Names) is { } namedAfter)
        {
            // ""…," says the 82-year-old, who has lived on the island all her life. Margaret Flett remembers …": with no one
            // before it to stand for, a description by age is the person the next sentence opens on, named in full (a feature's
            // lead names its speaker after the quote).
            return (namedAfter, false, null);
        }

        if (DemonstrativeReferent(description, quote, run.Elements) is { } introduced)
        {
            // "a indiqué une source policière … « … », a ajouté cette source": the description that introduced the noun.
            return (introduced, false, null);
        }

        if (IsDemonstrativeOfPerson(description) && NamedAntecedent(quote, run, description) is { } demonstrated)
        {
            // "Jean Dupont, 45 ans, a trois enfants. « … », conclut ce père de famille", "s'agace cette retraitée": with no
            // description that introduced the noun, a French demonstrative stands, as "il"/"elle" would, for the person the
            // sentences before are about (its determiner giving the gender).
            return (demonstrated, false, null);
        }

        if (ElectedQuotedBefore(description, quote, run) is { } member)
        {
            return (member, false, null);
        }

        // ("souffle l'agriculteur", "constate la boulangère": French copy names again the person just quoted by one noun of
        // what they are; not a noun the article brought in with "un"/"une", and only someone whose gender the article shows,
        // so not a body or a name it never marked. The cheap tests first: the search for "un"/"une" reads text.)
        // ("the widow said", "the veteran said": English copy does it with a noun of the person's state of life, not of a trade,
        // an office or a parent, "the driver" and "the mother" being mostly someone else's.)
        var shortNoun = NounAfterArticle(WordStrings.SplitOnSpaces(description)) is { } noun && (IsFrench(run.Language) || IsEnglishEpithetNoun(noun)) ? noun : null;
        var shortEpithet = shortNoun is not null && IsPersonEpithet(description, run.Names, twoWords: true);
        // (An office's noun, an epithet only when no one holds it, is another person's when the article wrote it before with
        // any article: "Selon le maire, Jean Dupont a menti. « … », a déclaré le maire.")
        if ((shortEpithet || IsPersonEpithet(description, run.Names))
            && !(shortEpithet && IntroducedUnnamed(shortNoun!, quote, run.Elements, WordLists.IsOfficeWord(shortNoun!) ? Articles : Indefinites))
            && NamedAntecedent(quote, run, description) is { } epithetOf && (!shortEpithet || run.Names.Genders.Of(epithetOf) != Agreement.Unknown))
        {
            // "Former England captain Luke Barton was far harsher. "…," said the former England captain": an epithet
            // stands for the person named before it, when that is a full name (not another description).
            return (epithetOf, false, null);
        }

        return null;
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

    /// <summary>
    /// The full name of a person that opens, as its first words, the sentence after the one <paramref name="quote"/> ends in,
    /// in the same paragraph; else null.
    /// </summary>
    private static string? NameOpeningNextSentence(QuoteCandidate quote, NameIndex names)
    {
        var text = quote.Element.Unit.Text;
        var start = Sentences.NextEnd(text, quote.Close + 1, text.Length);
        var end = Sentences.NextEnd(text, start + 1, text.Length);
        if (end >= text.Length)
        {
            return null;
        }

        var tokens = Token.Split(text, start + 1, end + 1);
        return tokens.Count > 2 && NounPhrases.IsNameStart(tokens, 0) && CueRules.SentenceOpener(text, tokens) is { Kind: SpeakerKind.Name } opener
            && opener.Text.IndexOf(' ') > 0 && tokens[0].Text == opener.Text.Substring(0, opener.Text.IndexOf(' ')) && names.Genders.Of(opener.Text) != Agreement.Unknown
            ? opener.Text
            : null;
    }

    /// <summary>The one person the article gave the role, title or office <paramref name="description"/> names ("the minister", "le PDG de la SNCF"); else null.</summary>
    private static string? OfficeHolder(string description, Run run) =>
        RoleHolder(description, run.RoleHolders) ?? TitleHolder(description, run.Names) ?? run.Names.HolderOfWholeTitle(description) ?? run.Names.HolderOfLeadingOffice(description);

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
            : rest.IndexOf(' ') < 0 ? (holders.TryGetValue(RoleHead(rest), out var byHead) ? byHead : null)
            : HolderOfLongerRole(RoleKey(rest), holders);
    }

    /// <summary>
    /// "la présidente de la coopérative" after "Martine Favre, présidente de la coopérative fruitière de Saint-Gervais", "the chief
    /// executive" after "the chief executive of Meridian Building Society, Paul Stratton": a role of several words that a role
    /// quoted before opens with, word for word, names its holder, when one person holds every such role; else null.
    /// </summary>
    private static string? HolderOfLongerRole(string role, Dictionary<string, string?> holders)
    {
        string? holder = null;
        foreach (var known in holders)
        {
            if (known.Value is null || known.Key.Length <= role.Length || known.Key[role.Length] != ' '
                || !known.Key.StartsWith(role, System.StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (holder is not null && holder != known.Value)
            {
                return null; // two people hold a role that opens so
            }

            holder = known.Value;
        }

        return holder;
    }

    // "le pape" (+ "François"): a role whose last word is a title names the person by that title, not by a given name alone.
    private static bool EndsWithTitle(string role)
    {
        var space = role.LastIndexOf(' ');
        var last = space < 0 ? role : role.Substring(space + 1);
        return PersonNames.IsAnyTitle(last);
    }

    // "le communiqué", "the statement", "la déclaration": a definite article and a statement noun, nothing else.
    private static bool IsDefiniteStatement(string description)
    {
        var space = description.IndexOf(' ');
        var (article, noun) = space > 0 ? (description.Substring(0, space), description.Substring(space + 1))
            : description.Length > 2 && description[1] is '\'' or '’' ? (description.Substring(0, 2), description.Substring(2)) : (string.Empty, string.Empty);
        return article.ToLowerInvariant() is "le" or "la" or "the" or "l'" or "l’" && noun.IndexOf(' ') < 0 && WordLists.IsStatementNounItself(noun);
    }

    /// <summary>"the 67-year-old", "the 45-year-old man", "le quinquagénaire", "l'octogénaire": a definite description by age.</summary>
    private static bool IsAgeDescription(string description)
    {
        var words = WordStrings.SplitOnSpaces(description);
        if (words.Length == 1 && OpensOnElidedArticle(words[0]))
        {
            return IsAgeNoun(words[0].Substring(2));
        }

        return (words.Length is 2 or 3 && words[0].ToLowerInvariant() is "the" or "le" or "la"
            && (words[1].EndsWith("-year-old", System.StringComparison.Ordinal) && char.IsDigit(words[1][0]) || IsAgeNoun(words[1]))
            && (words.Length == 2 || words[2].ToLowerInvariant() is "man" or "woman" or "boy" or "girl"))
            || IsFrenchAgeComplement(words);
    }

    /// <summary>
    /// "le coureur de 21 ans", "l'ingénieur de 35 ans", "la jeune femme de 19 ans": a French definite description of one noun
    /// (an adjective at most before it) whose complement is an age.
    /// </summary>
    private static bool IsFrenchAgeComplement(string[] words)
    {
        var elided = words.Length > 0 && OpensOnElidedArticle(words[0]);
        var nounEnd = words.Length - 3; // … "de" N "ans"
        if (nounEnd < 1 || words[words.Length - 1] != "ans" || words[words.Length - 3] != "de" || !IsNumber(words[words.Length - 2]))
        {
            return false;
        }

        // "le coureur" or "la jeune femme" (two or three words), "l'ingénieur" (one).
        return elided ? nounEnd == 1 : words[0].ToLowerInvariant() is "le" or "la" && nounEnd is 2 or 3;
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length is > 0 and <= 3;
    }

    /// <summary>
    /// A definite description that refers back to someone already named, as a pronoun does: by age (<see cref="IsAgeDescription"/>),
    /// "l'intéressé(e)" (the person concerned), "la jeune femme", "the young man".
    /// </summary>
    internal static bool RefersBack(string description)
    {
        if (IsAgeDescription(description))
        {
            return true;
        }

        var words = WordStrings.SplitOnSpaces(description);
        return (words.Length == 1 && OpensOnElidedArticle(words[0]) && words[0].Substring(2).ToLowerInvariant() is "intéressé" or "intéressée")
            || (words.Length == 3 && words[0].ToLowerInvariant() is "the" or "le" or "la" && words[1].ToLowerInvariant() is "young" or "jeune"
                && words[2].ToLowerInvariant() is "man" or "woman" or "homme" or "femme")
            || IsParentOfCount(words);
    }

    /// <summary>
    /// "the mother of three", "the father-of-two", "la mère de trois enfants", "le père de deux enfants": a parent by the number
    /// of their children, as a person is named by their age.
    /// </summary>
    private static bool IsParentOfCount(string[] words)
    {
        if (words.Length < 2 || words[0].ToLowerInvariant() is not ("the" or "le" or "la"))
        {
            return false;
        }

        var parent = words[1].ToLowerInvariant();
        if (parent.StartsWith("father-of-", System.StringComparison.Ordinal) || parent.StartsWith("mother-of-", System.StringComparison.Ordinal))
        {
            return words.Length == 2;
        }

        return words.Length is 4 or 5 && parent is "father" or "mother" or "grandfather" or "grandmother" or "père" or "mère" or "grand-père" or "grand-mère"
            && words[2].ToLowerInvariant() is "of" or "de" && (WordLists.IsCount(words[3]) || char.IsDigit(words[3][0]))
            && (words.Length == 4 || words[4].ToLowerInvariant() is "children" or "enfants" or "kids");
    }

    /// <summary>
    /// "ce père de famille", "cette retraitée", "cet agriculteur": a French demonstrative and a lower-case noun of a person (an
    /// office, a trade written as a title, a relative, or a noun of a person's shape, <see cref="IsFrenchPersonNoun"/>), no
    /// statement's ("ce communiqué") nor an organisation's kind ("cette entreprise"), which other rules read; not "Ce revirement
    /// fait dire …".
    /// </summary>
    private static bool IsDemonstrativeOfPerson(string description)
    {
        var words = WordStrings.SplitOnSpaces(description);
        if (words.Length < 2 || words[0].ToLowerInvariant() is not ("ce" or "cet" or "cette") || !char.IsLower(words[1][0])
            || WordLists.StatementNouns.Contains(words[1]) || WordLists.OrganisationKinds.ContainsKey(words[1]))
        {
            return false;
        }

        var noun = words[1];
        return WordLists.IsOfficeWord(noun) || PersonNames.IsTitle(noun) || WordLists.PeopleNouns.Contains(noun)
            || NameGenders.OfDescription(noun) is Agreement.Masculine or Agreement.Feminine // "cette mère de trois enfants", "ce père de famille"
            || IsFrenchPersonNoun(noun);
    }

    /// <summary>
    /// "a indiqué une source policière … « … », a ajouté cette source", "a senior official said … this official added": a
    /// demonstrative and one noun stand for the indefinite description that introduced that noun last, in the quote's
    /// paragraph before it or the two paragraphs before; else null.
    /// </summary>
    private static string? DemonstrativeReferent(string description, QuoteCandidate quote, List<Element> elements)
    {
        var words = WordStrings.SplitOnSpaces(description);
        if (words.Length != 2 || words[0].ToLowerInvariant() is not ("cette" or "ce" or "cet" or "this" or "that") || !char.IsLower(words[1][0]))
        {
            return null;
        }

        for (var order = quote.ElementOrder; order >= 0 && order >= quote.ElementOrder - 2; order--)
        {
            var text = elements[order].Unit.Text;
            var tokens = Token.Split(text, 0, order == quote.ElementOrder ? quote.Open : text.Length);
            for (var k = tokens.Count - 1; k > 0; k--)
            {
                if (string.Equals(tokens[k].Text, words[1], System.StringComparison.OrdinalIgnoreCase)
                    && NounPhrases.IndefiniteDescriptionAt(text, tokens, k) is { } introduced)
                {
                    return introduced;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A French noun of a region's or a town's people, by its ending ("Savoyarde", "Breton", "Normande", "Lyonnais",
    /// "Marseillaise", "Angevin"), that is no given name and no part of a name the article gives in full.
    /// </summary>
    private static bool IsRegionalDemonym(string name, NameIndex names) =>
        name.IndexOf(' ') < 0 && name.Length > 4 && char.IsUpper(name[0]) && !GivenNames.Contains(name) && names.Fullest(name) == name
        && WordStrings.EndsWithAny(name, RegionalDemonymEndings);

    private static readonly string[] RegionalDemonymEndings =
    {
        "ard", "arde", "ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne", "on", "onne", "and", "ande", "in", "ine", "ain", "aine",
    };

    /// <summary>A noun of nationality alone, in either language: "Portuguese", "Spaniard", "Portugais", "Britannique".</summary>
    private static bool IsLoneDemonym(string name) =>
        name.IndexOf(' ') < 0 && name.Length > 0 && char.IsUpper(name[0]) && WordLists.IsNationalityNoun(name);

    /// <summary>
    /// Whether <paramref name="word"/> is written in <paramref name="text"/> after "the", "le" or "la" as a whole noun phrase, its
    /// verb or a mark right after it ("The Portuguese added", "a ajouté le Portugais."), not as the adjective of a noun ("the
    /// Chinese embassy in London").
    /// </summary>
    private static bool StandsAloneAfterThe(string text, string word)
    {
        for (var at = text.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, System.StringComparison.Ordinal))
        {
            var from = System.Math.Max(0, at - 4);
            var before = text.Substring(from, at - from);
            if (!(before.EndsWith("the ", System.StringComparison.OrdinalIgnoreCase)
                || (before.Length >= 3 && before.Substring(before.Length - 3).ToLowerInvariant() is "le " or "la " && (before.Length == 3 ? from == 0 : before[0] == ' '))))
            {
                continue;
            }

            var next = at + word.Length;
            if (next >= text.Length || text[next] is ',' or '.' or ';' or ':')
            {
                return true;
            }

            var tokens = Token.Split(text, next, System.Math.Min(text.Length, next + 40));
            if (tokens.Count > 0 && tokens[0] is { IsWord: true, IsCapitalized: false } following
                && (SpeechVerbs.IsLowerCaseForm(following) || WordLists.Fillers.Contains(following.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "l'ancien international", "the former England captain", "the veteran boss": a definite singular description of three
    /// words or more (the elided article counts as one) that names a person by what they are, as agency copy does to avoid
    /// repeating a name; like a pronoun it stands for the person the sentences before are about. Not a body or a document
    /// ("the armed forces", "the Chinese embassy in London", "le journal", "the youth league"), nor a description with a
    /// complement or a second determiner ("le chef du groupe", "l'individu arrêté la veille"), which introduce someone.
    /// </summary>
    /// <remarks>
    /// Nor an office the article gave someone, as it did not give it to the person meant ("the prime minister" after "Health
    /// minister Jo Kaul": the holder rules found no one, so it is someone else).
    /// </remarks>
    internal static bool IsPersonEpithet(string description, NameIndex names, bool twoWords = false)
    {
        var words = WordStrings.SplitOnSpaces(description);
        var elided = words.Length > 0 && OpensOnElidedArticle(words[0]);
        if (words.Length is 0 or > 5 || !(elided || words[0].ToLowerInvariant() is "the" or "le" or "la") || words.Length + (elided ? 1 : 0) < (twoWords ? 2 : 3))
        {
            return false;
        }

        // (An office's noun only when no one in the article holds it, nor an office of its kind: "le sélectionneur" after
        // "Didier Deschamps a fait tourner", not "le président" after "le président du club, Jean Martin".)
        if (NounAfterArticle(words) is { } noun
            && ((WordLists.IsOfficeWord(noun) && (names.HasTitleHolders(noun) || (WordLists.OfficeKinds.Get(noun) is { } officeKind && names.HasTitleHolders(officeKind))))
                || !char.IsLower(noun[0]) || !(IsFrenchPersonNoun(noun) || IsEnglishEpithetNoun(noun))))
        {
            return false;
        }

        var last = words[words.Length - 1];
        if (WordLists.EndsAsPlural(last))
        {
            return false; // an English plural: "the armed forces"
        }

        // ("l'association européenne": the elided article's word is the noun, checked as the others are.)
        for (var i = elided ? 0 : 1; i < words.Length; i++)
        {
            // ("la mère de famille", "le père de famille", "le chef de famille": one noun of French.)
            if (i + 1 < words.Length && words[i] == "de" && words[i + 1] == "famille" && i == words.Length - 2)
            {
                break;
            }

            var word = i == 0 ? words[0].Substring(2) : words[i];
            var complementOrSecondDeterminer = WordLists.Determiners.Contains(word) || WordLists.NounLinks.Contains(word) || WordLists.Prepositions.Contains(word)
                || word.StartsWith("d'", System.StringComparison.Ordinal) || word.StartsWith("d’", System.StringComparison.Ordinal);
            if (complementOrSecondDeterminer || WordLists.OrganisationKinds.ContainsKey(word) || WordLists.SpeakingBodies.Contains(word)
                || WordLists.StatementNouns.Contains(word) || WordLists.FindingNouns.Contains(word) || names.HasTitleHolders(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The speaker of the quote before, when <paramref name="description"/> names an elected office and its place and stands,
    /// as an epithet, for that speaker: "« … », a fustigé Karim Belhadj …. Le député de Seine-Saint-Denis a dénoncé …", "« … »,
    /// a précisé l'élue du Cantal" after Géraldine Fourcade's quote. Not "Killian Le Bihan a été repris. « … », a confié le
    /// maire de Quimperlé": someone not quoted before is no member named again. Else null.
    /// </summary>
    private static string? ElectedQuotedBefore(string description, QuoteCandidate quote, Run run) =>
        run.Previous?.Speaker is { } previous && IsElectedForPlace(description) && NamedAntecedent(quote, run, description) == previous ? previous : null;

    /// <summary>
    /// "Le député de Seine-Saint-Denis", "l'élue du Cantal", "la sénatrice de l'Oise", "the MP for Tynebridge": an elected
    /// office and the place it represents, capitalised words only after "de"/"du"/"for"/"from". Copy names the member it just
    /// quoted so (<see cref="ElectedQuotedBefore"/>); the office's holder rules found no one else with it.
    /// </summary>
    private static bool IsElectedForPlace(string description)
    {
        var words = WordStrings.SplitOnSpaces(description);
        var elided = words.Length > 0 && OpensOnElidedArticle(words[0]);
        if (words.Length is < 3 or > 6 || !(elided || words[0].ToLowerInvariant() is "the" or "le" or "la"))
        {
            return false;
        }

        var link = elided ? 1 : 2;
        if (link >= words.Length || WordLists.OfficeKinds.Get(elided ? words[0].Substring(2) : words[1]) != "kind:elected")
        {
            return false;
        }

        var linkWord = words[link];
        var placeInLink = linkWord.Length > 2 && linkWord[0] == 'd' && linkWord[1] is '\'' or '’' && char.IsUpper(linkWord[2]); // "d'Ille-et-Vilaine"
        if (!placeInLink && (linkWord.ToLowerInvariant() is not ("de" or "du" or "for" or "from") || link + 1 == words.Length))
        {
            return false;
        }

        for (var i = link + 1; i < words.Length; i++)
        {
            var word = words[i];
            if (!char.IsUpper(OpensOnElidedArticle(word) ? word[2] : word[0])) // "de l'Oise"
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a French noun has the ending of a noun of persons ("agriculteur", "boulangère", "syndicaliste", "habitant",
    /// "artisan", "employé"): a two-word epithet is one of these, not a body or a thing ("la mairie", "le département", "le
    /// comité", "la commune").
    /// </summary>
    internal static bool IsFrenchPersonNoun(string noun)
    {
        var word = noun.ToLowerInvariant();

        // (Nouns of persons with no such ending: a player's position, "l'homme", "le prévenu"; "le retraité", "la veuve", "le
        // vétéran", "la championne", which the endings miss or the "-té" test below refuses.)
        if (word.EndsWith("-ligne", System.StringComparison.Ordinal) || word is "demi" or "arrière" or "pivot" or "libéro" or "homme" or "femme" or "prévenu" or "prévenue"
            or "retraité" or "retraitée" or "veuf" or "veuve" or "vétéran" or "champion" or "championne" or "ado")
        {
            return true;
        }

        if (word.EndsWith("ment", System.StringComparison.Ordinal) || word.EndsWith("té", System.StringComparison.Ordinal)
            || word.EndsWith("tée", System.StringComparison.Ordinal) || word is "ministère" or "filière" or "frontière")
        {
            return false;
        }

        return WordStrings.EndsWithAny(word, FrenchPersonEndings);
    }

    private static readonly string[] FrenchPersonEndings =
    {
        "eur", "euse", "rice", "iste", "aste", "ien", "ienne", "ier", "ière", "ère", "ant", "ante", "ent", "ente", "aire", "ais", "aise",
        "ois", "oise", "ain", "aine", "ard", "arde", "ète", "san", "eron", "é", "ée", "éen", "éenne",
    };

    /// <summary>
    /// An English noun by which copy names again the person it is about by their state of life ("the widow", "the veteran",
    /// "the teenager", "the pensioner"). Not a trade ("the driver" after "Jane Porter was driving home when the lorry
    /// overturned" is the lorry's), an office ("the president") nor a parent ("the mother", someone else's mostly).
    /// </summary>
    private static bool IsEnglishEpithetNoun(string noun) => EnglishEpithetNouns.Contains(noun);

    private static readonly WordSet EnglishEpithetNouns = new(new[]
    {
        "widow", "widower", "veteran", "retiree", "pensioner", "teenager", "teen", "schoolgirl", "schoolboy", "youngster", "grandmother",
        "grandfather", "octogenarian", "nonagenarian", "centenarian", "champion", "newcomer", "rookie",
    });

    private static bool IsFrench(string? language) => language is not null && language.StartsWith("fr", System.StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="noun"/>, the noun of a two-word description ("le mineur", "la mère"), was brought in before the
    /// quote with one of <paramref name="articles"/>, the indefinite ones ("un mineur", "une mère de famille") or, for an office's
    /// noun, any ("Selon le maire, …"): then the description refers back to that unnamed person, not to someone named.
    /// Read where the antecedent search reads: the quote's paragraph and the two before, <see cref="Antecedents.Reach"/>
    /// characters of each at most, so a paragraph of thousands of quotes stays linear.
    /// </summary>
    private static bool IntroducedUnnamed(string noun, QuoteCandidate quote, List<Element> elements, string[] articles)
    {
        foreach (var article in articles)
        {
            var phrase = article + noun;
            for (var order = quote.ElementOrder; order >= 0 && order >= quote.ElementOrder - 2; order--)
            {
                var text = elements[order].Unit.Text;
                var end = order == quote.ElementOrder ? quote.Open : text.Length;
                var start = System.Math.Max(0, end - Antecedents.Reach);
                for (var at = text.IndexOf(phrase, start, end - start, System.StringComparison.OrdinalIgnoreCase); at >= 0;
                     at = at + 1 < end ? text.IndexOf(phrase, at + 1, end - at - 1, System.StringComparison.OrdinalIgnoreCase) : -1)
                {
                    var after = at + phrase.Length;
                    if ((at == 0 || !char.IsLetter(text[at - 1])) && (after >= text.Length || !char.IsLetter(text[after])))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static readonly string[] Indefinites = { "un ", "une " };

    private static readonly string[] Articles = { "un ", "une ", "le ", "la ", "l'", "l’" };

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
        word.ToLowerInvariant() is "trentenaire" or "quadragénaire" or "quinquagénaire" or "sexagénaire" or "septuagénaire" or "octogénaire" or "nonagénaire" or "centenaire"
            // ("souffle l'adolescent", "the octogenarian said": nouns of an age, as the numbers are. Not "teenager": tried, it took
            // "The teenager, speaking through an interpreter, said" for the 44-year-old quoted the sentence before; no age is
            // compared.)
            or "adolescent" or "adolescente" or "sexagenarian" or "septuagenarian" or "octogenarian" or "nonagenarian" or "centenarian";

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
    private static string? OrganisationHolder(string description, NameIndex names, int elementOrder)
    {
        var words = WordStrings.SplitOnSpaces(description);
        return NounAfterArticle(words) is { } noun ? names.HolderOfOrganisationNoun(noun, elementOrder)
            : words.Length is 3 or 4 && words[0] is "the" or "The" && IsLowerCaseRun(words, 1, words.Length - 1)
                ? names.HolderOfOrganisationNoun(words[words.Length - 1], elementOrder) // "the Singapore-based company", "the medical charity"
            : null;
    }

    /// <summary>"the company", "l'entreprise", "le groupe": a definite article and the noun of an organisation's kind, nothing else.</summary>
    private static bool IsOrganisationKindDescription(string description) =>
        NounAfterArticle(WordStrings.SplitOnSpaces(description)) is { } noun && WordLists.OrganisationKinds.ContainsKey(noun);

    /// <summary>"le syndicat", "the chief", "l'élu": the one noun after a definite article (elided or not), else null.</summary>
    private static string? NounAfterArticle(string[] words) =>
        words.Length == 2 && words[0].ToLowerInvariant() is "le" or "la" or "the" ? words[1]
        : words.Length == 1 && OpensOnElidedArticle(words[0]) ? words[0].Substring(2)
        : null;

    /// <summary>
    /// "la fédération", "the group", "l'association de consommateurs": a definite description by a noun of an organisation's kind,
    /// with at most a lower-case complement after it; its head noun, else null.
    /// </summary>
    private static string? OrganisationKindHead(string description)
    {
        var words = WordStrings.SplitOnSpaces(description);
        var elided = words.Length > 0 && OpensOnElidedArticle(words[0]);
        var head = elided ? 0 : 1;
        if (words.Length <= head || (!elided && words[0].ToLowerInvariant() is not ("le" or "la" or "the")))
        {
            return null;
        }

        // ("the campaign group", "the pressure group", "the trade union": an English modifier before the kind's noun.)
        if (!elided && words.Length == 3 && words[0].ToLowerInvariant() == "the" && IsLowerCaseRun(words, 1, 3) && WordLists.OrganisationKinds.ContainsKey(words[2]))
        {
            return words[2];
        }

        var noun = elided ? words[0].Substring(2) : words[head];
        if (!WordLists.OrganisationKinds.ContainsKey(noun)) // ("group" is the company kind's)
        {
            return null;
        }

        return head + 1 == words.Length || (words[head + 1].ToLowerInvariant() is "de" or "des" or "du" or "of" && IsLowerCaseRun(words, head + 1, words.Length)) ? noun : null;
    }

    /// <summary>"Meridian Rail", "Eaux de Savoie": capitalised, two words or more, opening on no given name, determiner or elided article.</summary>
    private static bool IsOrganisationName(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || !char.IsUpper(name[0]) || OpensOnElidedArticle(name))
        {
            return false;
        }

        var first = name.Substring(0, space);
        return !GivenNames.Contains(first) && !WordLists.Determiners.Contains(first) && !WordLists.NotNames.Contains(first);
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
        return NounAfterArticle(words) is { } noun ? names.HolderOfTitle(WithoutExPrefix(noun))
            : words.Length is 3 or 4 && words[0].ToLowerInvariant() == "the" && words[1].ToLowerInvariant() is "chief" or "former" or "outgoing" or "new" or "lead"
                && (words.Length == 3 || char.IsUpper(words[2][0]))
                ? names.HolderOfTitle(words[words.Length - 1]) // "the chief executive", "the former (England) captain", "the lead author": the English office noun comes last
            : words.Length == 3 && words[0].ToLowerInvariant() is "le" or "la" && IsFrenchDemonymAdjective(words[2])
                ? names.HolderOfTitle(words[1]) // "le capitaine montpelliérain" after "son capitaine, Mickaël Guigou"
            : IsFrenchTimeAdjectiveBefore(words) ? names.HolderOfTitle(words[words.Length - 1]) // "le nouveau président", "l'ancienne ministre"
            : IsHeadOfState(words) ? names.HolderOfTitle("président") ?? names.HolderOfTitle("president") // "le chef de l'État" after "le président Emmanuel Macron"
            : null;
    }

    // "le nouveau président", "la nouvelle directrice", "l'ancien ministre", "l'actuelle maire": one French adjective of time
    // before the office noun, as "the former"/"the new" in English.
    private static bool IsFrenchTimeAdjectiveBefore(string[] words) =>
        (words.Length == 3 && words[0].ToLowerInvariant() is "le" or "la" && WordLists.FrenchTimeAdjectives.Contains(words[1]))
        || (words.Length == 2 && OpensOnElidedArticle(words[0]) && WordLists.FrenchTimeAdjectives.Contains(words[0].Substring(2)));

    // "l'ex-ministre", "the ex-president": the office itself, as "former" and "ancien" leave it.
    private static string WithoutExPrefix(string noun) =>
        noun.Length > 3 && noun.StartsWith("ex-", System.StringComparison.OrdinalIgnoreCase) ? noun.Substring(3) : noun;

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

        // ("one local MP", "a Labour MP": an office's word alone, capitalised, is no name.)
        if (start == words.Length || start < 2 || (start == words.Length - 1 && WordLists.IsOfficeWord(words[start])))
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

    /// <summary>
    /// "mayor of flooded town", "Mayor", "Springfield mayor": a headline's title with no determiner, its head noun one the article
    /// gives one person ("Mayor Jane Doe"), is that person; else null. The head is the last word, or the word before "of".
    /// </summary>
    private static string? HeadlineTitleHolder(string speaker, NameIndex names)
    {
        var words = WordStrings.SplitOnSpaces(speaker);
        if (words.Length is 0 or > 5 || WordLists.Determiners.Contains(words[0]))
        {
            return null;
        }

        var of = System.Array.IndexOf(words, "of");
        var head = of > 0 ? words[of - 1] : words[words.Length - 1];
        return PersonNames.IsAnyTitle(head) || WordLists.OfficeKinds.ContainsKey(head) ? names.HolderOfTitle(head) : null;
    }

    /// <summary>"Agence régionale de santé (ARS) de Normandie" → "Agence régionale de santé de Normandie": an acronym in parentheses inside a name is left out.</summary>
    private static string WithoutAcronymAside(string name)
    {
        var open = name.IndexOf(" (", System.StringComparison.Ordinal);
        var close = open < 0 ? -1 : name.IndexOf(')', open);
        if (close < 0 || close - open < 4)
        {
            return name;
        }

        for (var k = open + 2; k < close; k++)
        {
            if (!char.IsUpper(name[k]))
            {
                return name;
            }
        }

        return close + 1 < name.Length ? name.Substring(0, open) + name.Substring(close + 1) : name.Substring(0, open);
    }

    /// <summary>"(the former) England captain": a phrase whose last word is in lower case is no name, whatever capital it holds.</summary>
    private static bool EndsInLowerCase(string phrase)
    {
        var lastSpace = phrase.LastIndexOf(' ');
        return lastSpace >= 0 && lastSpace + 1 < phrase.Length && char.IsLower(phrase[lastSpace + 1]);
    }
}
