using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

// Where a name starts and ends: persons, organisations (French ones with their lower-case words), particles, titles, acronyms.
internal static partial class NounPhrases
{
    /// <summary>A name of two or more tokens starting at <paramref name="start"/>, for the article's name index.</summary>
    public static int NameEnd(List<Token> tokens, int start, int to)
    {
        // An acronym (ONU, AFP, BBC) is a name on its own: "l’ONU Staffan de Mistura" is two names. (A sports club's
        // prefix is not: "l'AS Plabennec", "le FC Nantes", "OGC Nice".)
        if (IsAcronym(tokens[start]) && !IsInitialsBeforeName(tokens, start, to))
        {
            if ((WordLists.ClubPrefixes.Contains(tokens[start].Text) || WordLists.CrownPrefixes.Contains(tokens[start].Text)) && start + 1 < to && tokens[start + 1].IsCapitalized && IsNameWord(tokens[start + 1]))
            {
                return NameEnd(tokens, start + 1, to);
            }

            // "PC World concluded", "BBC News reported", "the EU Commission": the word of an outlet's or a body's kind
            // after an acronym goes on its name (a person after an acronym, "le député LFI François Ruffin", is not one).
            var kindEnd = start + 1;
            while (kindEnd < to && tokens[kindEnd].IsCapitalized && WithoutPossessive(tokens[kindEnd].Text) is var kind
                && (PersonNames.IsOrganisationWord(kind) || WordLists.OutletKindWords.Contains(kind)))
            {
                kindEnd++;
                if (kind.Length != tokens[kindEnd - 1].Text.Length)
                {
                    break; // "PC World's analysis": the possessive ends the name
                }
            }

            return kindEnd;
        }

        var end = start + 1;

        // "on Twitter West accused", "sur Facebook Dupont a écrit": a platform is a name on its own, as an acronym is.
        if (WordLists.Platforms.Contains(tokens[start].Text))
        {
            return end;
        }

        // "l'Agence régionale de santé (ARS)", "l'Organisation mondiale de la santé (OMS)": a French
        // organisation's name runs in lower case up to the acronym in parentheses that follows it.
        if (tokens[start].IsCapitalized && OrganisationBeforeAcronym(tokens, end, to) is int organisationEnd)
        {
            return organisationEnd;
        }

        // "l'Organisation mondiale de la santé", "le Parti socialiste", "la Ligue des droits de l'homme": a
        // French organisation's name capitalises its first word only.
        if (start > 0 && FrenchOrganisationEnd(tokens, start, to) is int bodyEnd)
        {
            return bodyEnd;
        }

        // "Force ouvrière a dénoncé", "selon Médecins sans frontières": the names French writes without an article.
        if (ArticlelessFrenchOrganisationEnd(tokens, start, to) is int articlelessEnd)
        {
            return articlelessEnd;
        }

        // "Le Canard enchaîné", "Le Journal du dimanche", "Le Dauphiné libéré": after a capitalised
        // article, a title's lower-case adjective or "du" complement belongs to the name.
        if (start > 0 && tokens[start - 1].Text is "Le" or "La" && end < to && (!IsNameWord(tokens[end]) || tokens[end].Text is "du" or "de"))
        {
            if (tokens[end] is { IsWord: true, IsCapitalized: false } adjective && IsTitleAdjective(adjective.Text))
            {
                return end + 1;
            }

            if (tokens[end].Text is "du" or "de" && end + 1 < to && tokens[end + 1] is { IsWord: true, IsCapitalized: false } noun
                && !WordLists.Determiners.Contains(noun.Text) && !WordLists.Pronouns.Contains(noun.Text))
            {
                return end + 2;
            }
        }

        while (end < to)
        {
            if (IsNameWord(tokens[end]) && !IsAcronym(tokens[end]))
            {
                end++;
                continue;
            }

            // "Benedict XVI", "Elizabeth II", "Mswati III": a regnal number is the name's last word, no acronym.
            if (IsRegnalNumber(tokens[end].Text))
            {
                end++;
                break;
            }

            if (IsSurnameMonth(tokens, end) || IsSurnameWordAfterGivenName(tokens, start, end, to))
            {
                end++; // "Theresa May", "Brian May": a month word after a name, with no day after it, is a surname
                continue;
            }

            // "Neo Democrats' Kwan Wing-yip": a plural owner's apostrophe between two capitalised words goes on with the span, as
            // "Hong Kong's Carrie Lam" does; the owner is then dropped from the person's name as a possessive title.
            if (tokens[end].Text is "'" or "’" && tokens[end - 1].Text.EndsWith("s", System.StringComparison.Ordinal) && end + 1 < to
                && IsNameWord(tokens[end + 1]) && !IsAcronym(tokens[end + 1]) && tokens[end].Start == tokens[end - 1].End)
            {
                end += 2;
                continue;
            }

            // "Medecins sans Frontieres (MSF) said": "sans" between two capitalised words is inside the organisation's name; so is
            // "&", which joins no two people in news copy ("Harrow & Lyle", "Procter & Gamble").
            if (tokens[end].Text is "sans" or "&" && end + 1 < to && IsNameWord(tokens[end + 1]) && !IsAcronym(tokens[end + 1]))
            {
                end += 2;
                continue;
            }

            // "Doctors Without Borders", "the Committee to Protect Journalists", "Physicians for Human Rights", "the Transport and
            // Logistics Workers' Union", "Memory Matters UK": an organisation's own links and its country.
            if (OrganisationLinkEnd(tokens, start, end, to) is int linked)
            {
                end = linked;
                continue;
            }

            // (Every name ends here, mostly on a verb or a mark: the particle is looked up once, and only in a word short enough.)
            if (!IsNameParticle(tokens[end].Text))
            {
                break;
            }

            // ("Jean Dupont du Parti socialiste", "Marie Roux de la Fédération française": a French body's head after the particle
            // opens the person's affiliation, no surname.)
            if (end + 1 < to && IsNameWord(tokens[end + 1]) && !IsAcronym(tokens[end + 1]) && !WordLists.FrenchOrganisationHeads.Contains(tokens[end + 1].Text))
            {
                end += 2; // Staffan de Mistura, Marine Le Pen, Bruno Le Maire, Vincent van Gogh
            }
            else if (end + 2 < to && IsNameParticle(tokens[end + 1].Text) && IsNameWord(tokens[end + 2]) && !IsAcronym(tokens[end + 2])
                && !WordLists.FrenchOrganisationHeads.Contains(tokens[end + 2].Text))
            {
                end += 3; // Thomas de la Morlais, Ursula von der Leyen
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Where an organisation's name goes on past the link at <paramref name="link"/>, else null: "Without"/"Sans" between two
    /// capitalised words ("Reporters Without Borders"); "to"/"for" after an organisation's word or a capitalised plural that
    /// opens the name ("Campaign to Prevent Gun Violence", "Physicians for Human Rights", "Veterans for Peace"); "and" before
    /// capitalised words ending on an organisation's word ("Competition and Markets Authority"); a country's acronym closing a
    /// name of two words or more ("Memory Matters UK"). Never after a given name or a title opening the name: "John Smith and
    /// Jane Doe", "Minister for Foreign Affairs" are read by the rules for people and titles.
    /// </summary>
    private static int? OrganisationLinkEnd(List<Token> tokens, int start, int link, int to)
    {
        var word = tokens[link].Text;
        var country = word is "UK" or "US" or "USA";

        // ("le syndicat Terre et Travail", "the charity Bread and Roses": after the noun of an organisation's kind, "et"/"and"
        // before a capitalised word that is no given name joins the one name.)
        if (word is "et" or "and" && start > 0 && IsOrganisationKindNoun(tokens[start - 1]) && link + 1 < to && IsNameWord(tokens[link + 1])
            && !IsAcronym(tokens[link + 1]) && !IsGivenName(tokens[start].Text) && !IsGivenName(tokens[link + 1].Text))
        {
            return link + 2;
        }

        if (!(country || word is "Without" or "without" or "Sans" or "to" or "for" or "and"))
        {
            return null;
        }

        // (A link needs a word after it; a country closes the name itself.)
        if ((!country && link + 1 >= to) || IsGivenName(tokens[start].Text) || WordLists.Titles.Contains(tokens[start].Text))
        {
            return null;
        }

        if (country)
        {
            // (Not "Smith UK": two words of name before it, and nothing capitalised after it.)
            return link - start >= 2 && (link + 1 >= to || !tokens[link + 1].IsCapitalized) ? link + 1 : null;
        }

        var next = tokens[link + 1];
        if (!IsNameWord(next) || IsAcronym(next) || IsGivenName(next.Text))
        {
            return null; // ("Burkhardt & Associates to James Roche": a person after the link is someone else.)
        }

        var tailEnd = link + 1;
        while (tailEnd < to && tailEnd - link <= 4)
        {
            // ("Greyfield and Ashby NHS Trust": an acronym inside the tail, not opening it, is the name's.)
            if (IsNameWord(tokens[tailEnd]) && (!IsAcronym(tokens[tailEnd]) || tailEnd > link + 1))
            {
                tailEnd++;
            }
            else if (tokens[tailEnd].Text is "'" or "’" && tokens[tailEnd - 1].Text.EndsWith("s", System.StringComparison.Ordinal) && tailEnd + 1 < to
                && tokens[tailEnd].Start == tokens[tailEnd - 1].End && IsNameWord(tokens[tailEnd + 1]))
            {
                tailEnd += 2; // "Logistics Workers' Union"
            }
            else
            {
                break;
            }
        }

        var head = tokens[link - 1].Text;
        switch (word)
        {
            case "Without" or "without" or "Sans":
                return tailEnd;
            case "to" or "for":
                return PersonNames.IsOrganisationWord(head) || (link - start == 1 && head.Length > 4 && WordLists.EndsAsPlural(head)) ? tailEnd : null;
            default: // "and"
                var last = tokens[tailEnd - 1].Text;
                return tailEnd - (link + 1) >= 2 && PersonNames.IsOrganisationWord(WithoutPossessive(last))
                    || (PersonNames.IsOrganisationWord(last) && tailEnd < to && tokens[tailEnd].Text is "to" or "for")
                    ? tailEnd
                    : null;
        }
    }

    /// <summary>"syndicat", "association", "charity", "NGO": the noun of an organisation's kind, in lower case or as the acronym "ONG"/"NGO".</summary>
    public static bool IsOrganisationKindNoun(Token token) =>
        token.IsWord && (!token.IsCapitalized || token.Text is "ONG" or "NGO") && WordLists.OrganisationKinds.ContainsKey(token.Text);

    /// <summary>Where lower-case words after a capitalised one end right before "(ACRONYM)", else null.</summary>
    private static int? OrganisationBeforeAcronym(List<Token> tokens, int from, int to)
    {
        // (Asked at every name, nearly always in vain: the lower-case words and the parenthesis are read
        // first, with no lookup; "Fillon a …", "Smith said": an auxiliary right after the name ends it.)
        if (from >= to)
        {
            return null;
        }

        var k = from;
        while (k < to && k - from < 7 && tokens[k] is { IsWord: true, IsCapitalized: false })
        {
            k++;
        }

        if (!(k > from && k + 2 < tokens.Count && k <= to && tokens[k].Text == "(" && IsAcronym(tokens[k + 1]) && tokens[k + 2].Text == ")")
            || WordLists.Fillers.Contains(tokens[from].Text))
        {
            return null;
        }

        // "la Société des journalistes (SDJ) d'I-Télé", "l'Agence régionale de santé (ARS) d'Île-de-France":
        // a "de" complement naming a place or a body after the acronym is still the organisation's name.
        var after = k + 3;
        if (after + 1 < to && tokens[after].Lower is "d'" or "d’" or "de" or "du" && IsNameWord(tokens[after + 1]) && !IsAcronym(tokens[after + 1]))
        {
            var end = after + 2;
            while (end < to && IsNameWord(tokens[end]) && !IsAcronym(tokens[end]))
            {
                end++;
            }

            return end;
        }

        return k;
    }

    /// <summary>
    /// The end of a French organisation's name whose head noun (<see cref="WordLists.FrenchOrganisationHeads"/>)
    /// follows a determiner and runs on in lower case: adjectives ("mondiale", "socialiste") and "de"/"des"/"pour"
    /// complements ("de la santé", "pour la transparence de la vie publique"), up to a verb, a comma or another
    /// preposition. Null when the head is not followed by such words.
    /// </summary>
    private static int? FrenchOrganisationEnd(List<Token> tokens, int start, int to)
    {
        if (tokens[start - 1].Lower is not ("l'" or "l’" or "le" or "la" or "du" or "au") || !WordLists.FrenchOrganisationHeads.Contains(tokens[start].Text))
        {
            return null;
        }

        var end = start + 1;
        var k = end;
        while (k < to && k - start <= 10)
        {
            var word = tokens[k];
            if (word.Lower is "de" or "des" or "du" or "d'" or "d’" or "pour"
                || (word.Lower is "la" or "l'" or "l’" or "les" && tokens[k - 1].Lower is "de" or "pour"))
            {
                // A complement's link: continues only if a noun follows. (An article only after "de" or "pour", "de la santé":
                // "l'Assemblée nationale la députée écologiste …" is the institution, then the person's description.)
                k++;
                continue;
            }

            // "la Direction des examens et concours": "et" right after a complement's noun, before a bare lower-case noun, joins
            // the two nouns of the complement ("et le ministre", "et a dit" coordinate something else).
            if (word.Lower == "et" && end == k && k + 1 < to && tokens[k + 1] is { IsWord: true, IsCapitalized: false } joined
                && tokens[k - 1] is { IsCapitalized: false } && IsBareNoun(joined))
            {
                k++;
                continue;
            }

            // ("la Cour des comptes étrille …": after the complement's noun, only an adjective goes on with the name, "de la vie
            // publique"; another lower-case word is the verb.)
            if (!word.IsWord || WordLists.Fillers.Contains(word.Text) || WordLists.ClauseBoundaries.Contains(word.Text) || WordLists.TimeWords.Contains(word.Text)
                || WordLists.Prepositions.Contains(word.Text) || WordLists.Determiners.Contains(word.Text) || SpeechVerbs.IsSpeechVerb(word.Text)
                || IsAcronym(word) || (word.IsCapitalized && IsGivenName(word.Text) && k + 1 < to && tokens[k + 1].IsCapitalized)
                || (k + 1 < to && tokens[k + 1].Lower is "un" or "une")
                || (!word.IsCapitalized && k - 1 > start && tokens[k - 2].Lower is "de" or "des" or "du" or "d'" or "d’" or "la" or "les" or "l'" or "l’" && tokens[k - 1] is { IsWord: true, IsCapitalized: false }
                    && !WordLists.NounLinks.Contains(tokens[k - 1].Text) && !IsFrenchAdjectiveShaped(word.Text))
                || word.Lower is "n'" or "n’" or "ne" or "qui" or "que" or "qu'" or "qu’"
                || (tokens[k - 1] is { IsWord: true, IsCapitalized: false } noun && !WordLists.NounLinks.Contains(noun.Text) && IsParticipleAfterNoun(word.Text)))
            {
                // ("Le Festival des Trois Rivières n'aura pas lieu": a negation opens the verb. "l'Autorité de régulation
                // professionnelle de la publicité émise début juin": a participle after the complement's noun describes the
                // noun phrase, no part of the name.)
                // ("la présidente du Rassemblement national Marine Le Pen": a given name and a capital open the person. "L'Institut
                // ouest-africain de la statistique prévoit une croissance": a word before an indefinite article is a verb, since no
                // name of a body goes on with "un"/"une".)
                break;
            }

            k++;
            end = k;
        }

        return end > start + 1 ? end : null;
    }

    // "publique", "nationale", "professionnelle", "supérieur": the endings of French adjectives that close a body's name.
    private static bool IsFrenchAdjectiveShaped(string word) => WordStrings.EndsWithAny(word, FrenchAdjectiveEndings);

    private static readonly string[] FrenchAdjectiveEndings =
    {
        "ique", "iques", "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ien", "ienne", "iennes", "iens", "ais", "aise", "aises",
        "if", "ifs", "ive", "ives", "é", "ée", "és", "ées", "aire", "aires", "eux", "euse", "euses", "ain", "aine", "aines", "ains", "ois",
        "oise", "oises", "ier", "ière", "ières", "iers", "eur", "eure", "eures", "eurs", "ine", "ines", "ile", "iles", "ble", "bles",
    };

    // "émise", "publiées", "concernant": a participle (not "santé", "société", whose -é is a noun's).
    private static bool IsParticipleAfterNoun(string word) =>
        word.EndsWith("ée", System.StringComparison.Ordinal) || word.EndsWith("ées", System.StringComparison.Ordinal)
        || word.EndsWith("ise", System.StringComparison.Ordinal) || word.EndsWith("ises", System.StringComparison.Ordinal) || Participles.IsPresent(word);

    /// <summary>A lower-case word that can only be a noun here: no determiner, pronoun, filler, link, preposition or verb.</summary>
    private static bool IsBareNoun(Token word) =>
        !WordLists.Determiners.Contains(word.Text) && !WordLists.Fillers.Contains(word.Text) && !WordLists.ClauseBoundaries.Contains(word.Text)
        && !WordLists.Prepositions.Contains(word.Text) && !WordLists.NounLinks.Contains(word.Text) && !SpeechVerbs.IsSpeechVerb(word.Text)
        && !LooksLikeVerb(word) && !WordLists.TimeWords.Contains(word.Text);

    /// <summary>
    /// Where the name of a French organisation written without an article ends (<see cref="WordLists.ArticlelessFrenchOrganisationHeads"/>):
    /// its head, then lower-case words and the links "sans", "contre", "du", "de", "la" (a link counts only when a lower-case
    /// word follows it): "Force ouvrière", "Médecins sans frontières", "Action contre la faim"; null when no lower-case word follows the head.
    /// </summary>
    private static int? ArticlelessFrenchOrganisationEnd(List<Token> tokens, int start, int to)
    {
        if (!WordLists.ArticlelessFrenchOrganisationHeads.Contains(tokens[start].Text))
        {
            return null;
        }

        var end = start + 1;
        var k = end;
        while (k < to && k - start <= 5 && tokens[k] is { IsWord: true, IsCapitalized: false } word)
        {
            if (word.Lower is "sans" or "contre" or "du" or "de" or "la")
            {
                k++; // a link: the name goes on only if a lower-case word follows
                continue;
            }

            // ("Médecins du monde n'a pas …": an elided word, "ne" or a verb ends the name.)
            if (WordLists.Fillers.Contains(word.Text) || WordLists.ClauseBoundaries.Contains(word.Text) || WordLists.Prepositions.Contains(word.Text)
                || WordLists.Determiners.Contains(word.Text) || SpeechVerbs.IsSpeechVerb(word.Text) || LooksLikeVerb(word)
                || word.Lower is "ne" || word.Text.EndsWith("'", System.StringComparison.Ordinal) || word.Text.EndsWith("’", System.StringComparison.Ordinal))
            {
                break;
            }

            k++;
            end = k;
        }

        return end > start + 1 ? end : null;
    }

    private static bool IsSurnameMonth(List<Token> tokens, int i) =>
        tokens[i].Text is "May" or "June" or "April" or "August" && (i + 1 >= tokens.Count || !char.IsDigit(tokens[i + 1].Text[0]));

    /// <summary>
    /// "said … Research Fellow Martin How.": a capitalised word that opens sentences without being a name (<c>How</c>, <c>Who</c>)
    /// is a surname when it follows a known given name inside the name and the clause ends right after it.
    /// </summary>
    private static bool IsSurnameWordAfterGivenName(List<Token> tokens, int start, int i, int to) =>
        i > start && tokens[i].IsWord && tokens[i].IsCapitalized && tokens[i].Text.Length > 1 && GivenNames.Contains(tokens[i - 1].Text)
        && (i + 1 == to || tokens[i + 1].Text is "." or "," or ";" or ":" or ")")
        && WordLists.NotNames.Contains(tokens[i].Text);

    /// <summary>French adjective endings that close a newspaper's or a work's name: enchaîné, libéré, lorrain, picard, parisien.</summary>
    private static bool IsTitleAdjective(string word) =>
        word.EndsWith("é", System.StringComparison.Ordinal) || word.EndsWith("ée", System.StringComparison.Ordinal)
        || word.EndsWith("ain", System.StringComparison.Ordinal) || word.EndsWith("aine", System.StringComparison.Ordinal)
        || word.EndsWith("ard", System.StringComparison.Ordinal) || word.EndsWith("ien", System.StringComparison.Ordinal)
        || word.EndsWith("ienne", System.StringComparison.Ordinal) || word.EndsWith("ais", System.StringComparison.Ordinal)
        || word.EndsWith("aise", System.StringComparison.Ordinal) || word.EndsWith("ique", System.StringComparison.Ordinal);

    public static bool IsNameStart(List<Token> tokens, int i)
    {
        // Asked of every token of the article, most of them lower-case words and marks. Neither capitalised
        // nor joined to a particle ("el-Sisi"), a token is no name word, so only a particle after a title
        // opens a name there; a word longer than every particle is none, and needs no call to tell.
        var token = tokens[i];
        if (!token.IsCapitalized && !(token.IsWord && IsParticleJoined(token.Text)))
        {
            // (The particle's first tests, repeated here, spare the call for nearly every word: one after a capital is rare.)
            return token.Text.Length <= LongestNameParticle && i > 0 && tokens[i - 1].IsCapitalized && IsParticleAfterTitle(tokens, i);
        }

        return (IsNameWord(token) && !IsTitle(tokens, i) && !IsIntroductoryWord(tokens, i) && !IsLoneLetter(tokens, i)) || IsParticleAfterTitle(tokens, i)
            || IsDayOpeningTitle(tokens, i);
    }

    /// <summary>
    /// "the Sunday Telegraph claimed", "The Sunday Times reported": after "the", a day's name before a capitalised name word
    /// opens a newspaper's title (a day alone, "on Sunday", is a time).
    /// </summary>
    private static bool IsDayOpeningTitle(List<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && tokens[i - 1].Lower == "the" && tokens[i].Text.EndsWith("day", System.StringComparison.Ordinal)
        && WordLists.TimeWords.Contains(tokens[i].Text) && IsNameWord(tokens[i + 1]) && !WordLists.TimeWords.Contains(tokens[i + 1].Text);

    /// <summary>
    /// "l'hépatite C et …", "le plan B": a capital letter alone, with no name after it, is a label, not a
    /// name ("John F Kennedy" opens at "John"; an initial keeps its period: "J. Kerry").
    /// </summary>
    private static bool IsLoneLetter(List<Token> tokens, int i) =>
        tokens[i].Text.Length == 1 && !(i + 1 < tokens.Count && IsNameWord(tokens[i + 1]));

    /// <summary>
    /// "Mayor de Blasio", "M. de Villepin", "Général de Gaulle": after a capitalised title, a lower-case
    /// particle opens the name. (After a lower-case title, "de" is a complement: "le maire de Paris".)
    /// </summary>
    private static bool IsParticleAfterTitle(List<Token> tokens, int i) =>
        // (Asked of every word: the cheap tests first. Words equal ignoring case have equal lengths, so
        // a word longer than every particle is none.)
        i > 0 && i + 1 < tokens.Count && tokens[i].Text.Length <= LongestNameParticle && tokens[i - 1].IsCapitalized && tokens[i + 1].IsCapitalized
        && !tokens[i].IsCapitalized && WordLists.NameParticles.Contains(tokens[i].Text) && IsTitle(tokens, i - 1) && IsNameWord(tokens[i + 1]) && !IsTitle(tokens, i + 1)
        && !IsAcronym(tokens[i - 1]); // "le Général de Gaulle", but "le PDG de Renault": an office in capitals before its complement

    private static readonly int LongestNameParticle = System.Linq.Enumerable.Max(WordLists.NameParticles, particle => particle.Length);

    /// <summary>
    /// <c>WordLists.NameParticles.Contains(word)</c>, with no lookup for a word longer than every particle (words
    /// equal ignoring case have equal lengths): most words asked are verbs and nouns that end a name.
    /// </summary>
    private static bool IsNameParticle(string word) => word.Length <= LongestNameParticle && WordLists.NameParticles.Contains(word);

    /// <summary>
    /// A capitalised word opening its sentence that is not a name but an introductory word: a
    /// participle or preposition followed by a determiner, "que"/"that" or a preposition ("Concernant
    /// le fait", "Parmi les", "Affirmant que", "Faced with", "Without the need"), or a lone word before a
    /// comma and a name ("Ému, Manuel Valls a …"). A name opening a sentence is followed by its verb,
    /// a comma and an apposition, or more of the name, not by an article. French "a" is a verb there
    /// ("Fillon a déclaré"), so it does not count as the English article.
    /// </summary>
    private static bool IsIntroductoryWord(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || (i > 0 && tokens[i - 1].Text is not ("." or "!" or "?" or ";" or ":" or "(" or ")" or "«" or "“" or "\"")))
        {
            return false;
        }

        var next = tokens[i + 1];

        // "Marine Le Pen dénonce", "Bruno Le Maire a …": a capitalised particle and a name go on the name.
        if (next.IsCapitalized && WordLists.NameParticles.Contains(next.Text) && i + 2 < tokens.Count && IsNameWord(tokens[i + 2])
            && !WordLists.NotNames.Contains(tokens[i].Text))
        {
            return false;
        }

        // "Vers 8h10, …", "Around 3,000 people": a capitalised word opening its sentence before a number is
        // an adverb or preposition of time or quantity, not a name. (Not an owner's: "Brown’s 64 words of support:".)
        if (next.Text.Length > 0 && char.IsDigit(next.Text[0]) && !IsPossessive(tokens[i].Text))
        {
            return true;
        }

        // "Âgé de 39 ans, il …", "Interrogée par l'AFP, elle …": a participle opening the sentence before "de"/"par".
        // (Only the -é forms: "Dominique de Villepin", "Hugue de Payns" end like "Ému", "Reconnue".)
        // ("Joint par téléphone, il …": "joint" is left off the not-a-name list, where it cut "the Combined Joint Task Force".)
        if ((next.Lower is "de" or "d'" or "d’" or "par" && Participles.EndsLikeFrenchPast(tokens[i].Text))
            || (tokens[i].Lower is "joint" or "jointe" or "joints" or "jointes" && next.Lower is "par" or "au" or "hier" or "mardi" or "lundi" or "mercredi" or "jeudi" or "vendredi" or "samedi" or "dimanche"))
        {
            return true;
        }

        // "Son arrivée", "Its board": a determiner before a lower-case noun ("Son Heung-min" stays a name).
        if (WordLists.Determiners.Contains(tokens[i].Text) && next.IsWord && !next.IsCapitalized)
        {
            return true;
        }

        if (next.Text is "," or "." or "!" && (tokens[i].Text.EndsWith("ly", System.StringComparison.Ordinal) || tokens[i].Text.EndsWith("ment", System.StringComparison.Ordinal)
            || WordLists.Interjections.Contains(tokens[i].Text) || tokens[i].Lower == "next"))
        {
            // ("Next, the demonstrators …": "Next" is not in NotNames, which would cut "Next Media".)
            return true; // "Previously, …", "Mainly, …", "Concrètement, …", "Well, …", "Oh, …", "Yep. …": an adverb or interjection
        }

        // "Can you clarify …", "Did he say …": an auxiliary before a subject pronoun asks a question.
        if (WordLists.Auxiliaries.Contains(tokens[i].Text) && next.Lower is "you" or "we" or "i" or "he" or "she" or "they" or "it")
        {
            return true;
        }

        // "Previously you had mentioned", "Mainly because": an adverb before a pronoun or a conjunction
        // ("Kelly said", "Emily was" keep their names).
        if (tokens[i].Text.EndsWith("ly", System.StringComparison.Ordinal)
            && (WordLists.ClauseBoundaries.Contains(next.Text) || next.Lower is "you" or "we" or "i" or "he" or "she" or "they" or "il" or "elle" or "ils" or "elles" or "on" or "nous" or "vous"))
        {
            return true;
        }

        if (next.Text == ",")
        {
            // (The words may stop at the comma: the antecedent search cuts them before the pronoun.)
            // ("Mbappé, lui, reste prudent", "Renée, elle, …": a pronoun between two commas stresses the name before it; a
            // participle's phrase is followed by its subject, "Interrogé, il a répondu".)
            var stressed = i + 3 < tokens.Count && WordLists.Pronouns.Contains(tokens[i + 2].Text) && tokens[i + 3].Text == ",";
            return (i + 2 == tokens.Count || IsNameWord(tokens[i + 2]) || WordLists.Pronouns.Contains(tokens[i + 2].Text)) && !stressed && Participles.IsShaped(tokens[i].Text);
        }

        // "Countering claims that his country supports terrorism, he replied": an -ing word opening its sentence, then a
        // lower-case word that is no verb, and a clause that ends on a comma and a subject pronoun, is a participle's phrase.
        // ("Manning said", "Fleming has" keep their names: the word after them is a verb; "claims" may be a noun here.)
        if (tokens[i].Text.EndsWith("ing", System.StringComparison.Ordinal) && next is { IsWord: true, IsCapitalized: false }
            && next.Lower is not ("said" or "says" or "told" or "tells" or "wrote" or "writes") && !WordLists.Auxiliaries.Contains(next.Text) && !Participles.IsShaped(next.Text)
            && PronounAfterOpeningPhrase(tokens, i + 2))
        {
            return true;
        }

        // "Continuing a trend from earlier months, Biden …" (but "Manning a déclaré": French "a" is the auxiliary).
        if (next.Lower is "a" or "an" && tokens[i].Text.EndsWith("ing", System.StringComparison.Ordinal) && i + 2 < tokens.Count
            && tokens[i + 2] is { IsWord: true, IsCapitalized: false } noun && !Participles.IsShaped(noun.Text))
        {
            return true;
        }

        // "Remarked Center for Biological Diversity scientist Tierra Curry, "…"", "Added Mayor John Smith: "…"": an English
        // speech verb in -ed opening its sentence before its subject. ("Said" is left alone: Edward Said, Said Jalili.)
        if (next.IsCapitalized && tokens[i].Text.EndsWith("ed", System.StringComparison.Ordinal) && SpeechVerbs.IsSpeechVerb(tokens[i].Text))
        {
            return true;
        }

        // "Last Thursday, he supported …", "Next week, …", "Earlier this month": a time adverb's first word.
        if (WordLists.TimeWords.Contains(next.Text) && tokens[i].Text is "Last" or "Next" or "Early" or "Late" or "Earlier" or "Later" or "Every" or "Each")
        {
            return true;
        }

        // "Revenant lundi sur cet échange, elle a …", "Speaking Monday to reporters, he …": a participle before a time word.
        if (WordLists.TimeWords.Contains(next.Text) && (tokens[i].Text.EndsWith("ant", System.StringComparison.Ordinal) || tokens[i].Text.EndsWith("ing", System.StringComparison.Ordinal)))
        {
            return true;
        }

        return next.Lower is not ("a" or "an")
            && (WordLists.Determiners.Contains(next.Text) || next.Lower is "que" or "qu’" or "qu'" or "qu" or "that" || WordLists.Prepositions.Contains(next.Text));
    }

    /// <summary>
    /// Within a dozen tokens from <paramref name="from"/>, before any sentence end, a comma then a subject pronoun ("…, he
    /// replied"), or a comma ending the words (the antecedent search cuts them before the pronoun).
    /// </summary>
    private static bool PronounAfterOpeningPhrase(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 12; k++)
        {
            if (tokens[k].Text is "." or "!" or "?" or ";" or ":")
            {
                return false;
            }

            if (tokens[k].Text == "," && (k + 1 == tokens.Count || tokens[k + 1].Lower is "he" or "she" or "they" or "it" or "we" or "i"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of tokens <paramref name="from"/> to <paramref name="to"/> (excluded), from the tokeniser's word table when short:
    /// the same names and roles are cut again at each mention (the name index slices every name the article writes), and a
    /// short phrase is kept there as a word is.
    /// </summary>
    public static string Slice(string text, List<Token> tokens, int from, int to) =>
        WordStrings.Get(WordStrings.Table, text, tokens[from].Start, tokens[to - 1].End - tokens[from].Start);

    // ("Fourteen-year-old Zoe": an age is no part of the name.) Asked of every word: the cheap
    // character tests first, the set lookup and the search only for capitalised words.
    internal static bool IsNameWord(Token token) =>
        token.IsWord && (token.IsCapitalized || IsParticleJoined(token.Text)) && !char.IsDigit(token.Text[0])
        && (!WordLists.NotNames.Contains(token.Text) || IsAcronym(token)) && !IsAge(token.Text) && !IsCompoundAdjective(token.Text)
        && !WordLists.IsCount(token.Text) // "Eighty members", "Twenty-five lawmakers" (not in NotNames: "Sixty residents, led by …," is no opening phrase)
        && token.Lower != "former"; // "Former deputy director … Hussein Rashid Mohammed": the title's first word, no name

    /// <summary>
    /// "Venezuela-style", "Paris-based", "French-born", "Kurdish-led", "English-speaking": a capitalised word
    /// joined by a hyphen to a participle or to one of a few adjective-making words is an adjective. Only
    /// those: Korean given names also end on a lower-case syllable ("Ban Ki-moon", "Kim Jong-un").
    /// </summary>
    private static bool IsCompoundAdjective(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || word.Length - hyphen - 1 < 3 || word.IndexOf('-') != hyphen)
        {
            return false;
        }

        // (Asked of every capitalised word: compared in place, with no copy of the tail. A participle is written lower-case:
        // "Al-Khaled", "El-Ahmed" are surnames.)
        if (char.IsLower(word[hyphen + 1]) && (word.EndsWith("ed", System.StringComparison.Ordinal) || word.EndsWith("ing", System.StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var tail in AdjectiveTails)
        {
            if (tail.Length == word.Length - hyphen - 1 && string.CompareOrdinal(word, hyphen + 1, tail, 0, tail.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words other than participles that make an adjective of a name before them: "Venezuela-style".</summary>
    private static readonly string[] AdjectiveTails = { "style", "born", "made", "like", "wide", "era", "type", "free", "run", "bound" };

    private const string AgeSuffix = "-year-old";

    /// <summary>
    /// Whether the word holds "-year-old" in any case. The case-insensitive search is slow (a scalar loop
    /// with invariant globalization), so it runs only for words that could match: ordinal-ignore-case
    /// compares character by character, so a match is as long as "-year-old", and '-' equals only itself.
    /// </summary>
    private static bool IsAge(string word) =>
        word.Length >= AgeSuffix.Length && word.IndexOf('-') >= 0 && word.IndexOf(AgeSuffix, System.StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>"el-Sisi", "al-Assad", "ben-Ami": a lower-case particle joined to a capitalised name.</summary>
    private static bool IsParticleJoined(string word)
    {
        // (Asked of every lower-case word: only its first four characters are read, not the whole word
        // searched. A first hyphen further on, or none, is no particle's: the answer is the same.)
        if (word.Length < 3 || word[0] == '-')
        {
            return false; // no room for a particle, a hyphen and a capital; or a first hyphen opening the word
        }

        var dash = word[1] == '-' ? 1 : word[2] == '-' ? 2 : word.Length > 3 && word[3] == '-' ? 3 : -1;
        return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1])
            && WordLists.NameParticles.Contains(word.Substring(0, dash));
    }

    /// <summary>
    /// A full name followed by a comma and a lower-case role noun, with no other comma up to <paramref name="to"/> and the
    /// last name of the clause a complement ("…, porte-parole des Gilets jaunes du Val d'Oise"): that name and where its role starts.
    /// </summary>
    private static ((int Start, int End) Person, int RoleStart)? ApposedRoleToVerb(List<Token> tokens, List<(int Start, int End)> all, int to)
    {
        for (var s = 0; s < all.Count; s++)
        {
            var (start, end) = all[s];
            if (end - start >= 2 && end + 1 < to && tokens[end].Text == "," && tokens[end + 1] is { IsWord: true, IsCapitalized: false } role && IsRoleNoun(role)
                && tokens.FindIndex(end + 1, to - end - 1, t => t.Text is "," or ";" or ":") < 0 && OnlyComplementsAfter(tokens, all, s))
            {
                return ((start, end), end + 1);
            }
        }

        return null;

        // ("…, psychanalyste et philosophe a affirmé": no name after the role; "…, porte-parole des Gilets jaunes du Val
        // d'Oise affirme": names after it only as its complements.)
        static bool OnlyComplementsAfter(List<Token> tokens, List<(int Start, int End)> all, int s)
        {
            for (var k = s + 1; k < all.Count; k++)
            {
                if (!IsComplement(tokens, all[k].Start))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // ("of Australia's Griffith University": the place that owns the organisation is no title of it.)
    // ("of the Seafarers' Assistance Program": a plural owner's apostrophe is a token of its own.)
    private static int WithoutOwner(List<Token> tokens, int start, int to) =>
        start + 1 < to && tokens[start].IsCapitalized && IsPossessive(tokens[start].Text) ? start + 1
        : start + 2 < to && tokens[start].IsCapitalized && tokens[start].Text.EndsWith("s", System.StringComparison.Ordinal) && tokens[start + 1].Text is "'" or "’" ? start + 2
        : start;

    /// <summary>
    /// The name at <paramref name="nameStart"/> is an affiliation of the subject ("Lucy Fischer of The
    /// Times told", "el-Sisi of Egypt said"), not the subject itself.
    /// </summary>
    private static bool IsAffiliation(List<Token> tokens, int from, int nameStart)
    {
        // Back over a determiner and up to three lower-case words: "of worldwide victim group Ending Clergy Abuse".
        var i = nameStart - 1;
        var words = 0;
        // ("Jean Dupont du Parti socialiste": "du" and "des" are determiners, "de" and one, and links themselves.)
        while (i >= from && ((WordLists.Determiners.Contains(tokens[i].Text) && tokens[i].Lower is not ("du" or "des"))
            || (tokens[i].IsWord && !tokens[i].IsCapitalized && !WordLists.NounLinks.Contains(tokens[i].Text) && !WordLists.Prepositions.Contains(tokens[i].Text) && ++words <= 3)))
        {
            i--;
        }

        return i >= from && tokens[i].Lower is "of" or "de" or "du" or "des" or "d’" or "d'" or "from" or "at" or "to" && i > from;
    }

    /// <summary>
    /// Where the full name after the comma at <paramref name="comma"/> ends, when it has two words or more, owns nothing and
    /// closes the incise ("…, Cecilia Malmström."); else null.
    /// </summary>
    private static int? PersonClosingIncise(List<Token> tokens, int comma, int n) =>
        comma + 1 < n && tokens[comma].Text == "," && IsNameStart(tokens, comma + 1)
        && NameEnd(tokens, comma + 1, n) is var personEnd && personEnd - (comma + 1) >= 2 && !IsPossessive(tokens[personEnd - 1].Text)
        && (personEnd == n || tokens[personEnd].Text is "," or "." or ";")
            ? personEnd
            : null;

    private static Cue? LastNameOfChain(string text, List<Token> tokens, int j, int n)
    {
        // ("said newly sworn-in FAA Administrator Michael P. Huerta": an adverb and a participle opening the chain describe its title.)
        var end = OpensOnAdverbAndParticiple(tokens, j, n) ? j + 2 : j;
        var lowercase = 0;
        var complement = false;
        while (end < n && tokens[end].IsWord && (tokens[end].IsCapitalized || WordLists.NounLinks.Contains(tokens[end].Text) || WordLists.Titles.Contains(tokens[end].Text)
            || (tokens[end].Text is "to" or "former" or "ex" or "then" && ++lowercase <= 2)
            || (complement && tokens[end].Lower is "and" && end + 1 < n && tokens[end + 1].IsCapitalized && tokens[end - 1].IsCapitalized)))
        {
            // ("the Department of Health and Human Services": after an organisation's "of"/"for", "and" joins its complement.)
            complement |= tokens[end].Lower is "of" or "for" && end > j && PersonNames.IsOrganisationWord(tokens[end - 1].Text);
            end++;
        }

        if (end < n && tokens[end].Text is not ("," or "." or ";" or "!" or "?"))
        {
            return null; // the chain must reach the end of the incise or an apposition
        }

        var spans = NameSpans(tokens, j, end, includeComplements: true);

        // "Mayor of London Sadiq Khan": after "Title of", the first capitalised word is the place.
        if (spans.Count == 1 && spans[0].End == end && spans[0].End - spans[0].Start >= 3 && spans[0].Start >= j + 2
            && tokens[spans[0].Start - 1].Lower is "of" or "de" && WordLists.Titles.Contains(tokens[spans[0].Start - 2].Text))
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, spans[0].Start + 1, end), Slice(text, tokens, spans[0].Start - 2, spans[0].Start + 1));
        }

        // "said Apple's CEO, Tim Cook", "said Labour's Shadow Chancellor, John McDonnell": a chain that ends on a title is a role;
        // the full name after its comma, closing the incise, is the person.
        if (end - j >= 2 && IsTitle(tokens, end - 1) && PersonClosingIncise(tokens, end, n) is int titledPersonEnd)
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, end + 1, titledPersonEnd), StripDeterminer(text, tokens, j, end));
        }

        if (spans.Count < 2 || spans[spans.Count - 1].End != end)
        {
            return null;
        }

        var last = spans[spans.Count - 1];

        // "a déclaré Zhamshitbek Kalilov le ministre des Transports du Kirghizistan": a full name, then a determiner and a
        // lower-case title in apposition with no comma; the name speaks, the apposition is the role.
        if (spans[0] is var named && named.Start == j && named.End - named.Start >= 2 && named.End + 2 < end && !IsTitle(tokens, named.Start)
            && !HasOrganisationWord(tokens, named.Start, named.End) && tokens[named.End].Lower is "le" or "la" or "the"
            && tokens[named.End + 1] is { IsWord: true, IsCapitalized: false } appositionHead && WordLists.Titles.Contains(appositionHead.Text))
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, named.Start, named.End), Slice(text, tokens, named.End + 1, end));
        }

        // "said EU commissioner for Home Affairs, Cecilia Malmström", "a indiqué le PDG de Novalis Énergie, Bertrand Chauvet": the
        // chain is a role whose complement ends at a comma; the full name after the comma, closing the incise, is the person.
        // (Not "said University of California, San Diego's chancellor, Pradeep Khosla": the place's second part owns the role.)
        if (tokens[last.Start - 1].Lower is "for" or "of" or "de" or "du" or "des" or "d'" or "d’" && PersonClosingIncise(tokens, end, n) is int personEnd)
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, end + 1, personEnd), StripDeterminer(text, tokens, j, end));
        }

        // "said Aaron David Miller of the Woodrow Wilson Center", "said John Smith of the University of Oxford", "said Rep. Peter
        // King of New York", "said Inspector Jane Smith of Scotland Yard": a person's name (after its titles), then "of"/"from"/"at"
        // and the rest of the chain, a body or a place; the person speaks. The person is told by a known given name, or, when
        // the chain opens on the name, by an organisation's word in the rest ("Aaron David Miller").
        if (PersonBeforeAffiliation(tokens, j, spans[0], last) is var (affiliatedStart, affiliatedEnd))
        {
            var affiliation = Slice(text, tokens, spans[0].End + (tokens[spans[0].End + 1].Lower is "the" or "la" or "le" or "l'" or "l’" ? 2 : 1), end);
            return new Cue(SpeakerKind.Name, Slice(text, tokens, affiliatedStart, affiliatedEnd), affiliatedStart > j ? StripDeterminer(text, tokens, j, affiliatedStart) : affiliation);
        }

        // "said the Institute for Fiscal Studies": the chain is one organisation's name, no role and a name.
        var organisation = OrganisationStart(tokens, last.Start, j);
        if (organisation < last.Start)
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, organisation, last.End), StripDeterminer(text, tokens, j, organisation));
        }

        if (last.End - last.Start < 2)
        {
            return null;
        }

        var role = StripDeterminer(text, tokens, j, last.Start);
        return new Cue(SpeakerKind.Name, Slice(text, tokens, last.Start, last.End), role);
    }

    /// <summary>
    /// The person in the chain's first name span when "of"/"from"/"at" (or "de"/"du") follows it: from a known given name
    /// with a surname after it (titles before it are the role), or the whole span when it opens the chain, is no title and the
    /// last span holds an organisation's word; null otherwise, or when the span holds an organisation's word itself.
    /// </summary>
    private static (int Start, int End)? PersonBeforeAffiliation(List<Token> tokens, int j, (int Start, int End) first, (int Start, int End) last)
    {
        if (first.End >= last.Start || first.End - first.Start < 2 || tokens[first.End].Lower is not ("of" or "from" or "at" or "de" or "du")
            || HasOrganisationWord(tokens, first.Start, first.End))
        {
            return null;
        }

        for (var k = first.Start; k <= first.End - 2; k++)
        {
            if (GivenNames.Contains(tokens[k].Text))
            {
                return (k, first.End);
            }
        }

        return first.Start == j && !IsTitle(tokens, first.Start) && HasOrganisationWord(tokens, last.Start, last.End) ? first : null;
    }

    /// <summary>"newly sworn-in", "recently appointed", "newly elected": an adverb in -ly, then a past participle, before a capitalised word.</summary>
    private static bool OpensOnAdverbAndParticiple(List<Token> tokens, int j, int n) =>
        j + 2 < n && tokens[j] is { IsWord: true, IsCapitalized: false } adverb && adverb.Text.EndsWith("ly", System.StringComparison.Ordinal)
        && tokens[j + 1] is { IsWord: true, IsCapitalized: false } participle
        && (participle.Text.EndsWith("ed", System.StringComparison.Ordinal) || participle.Text.EndsWith("-in", System.StringComparison.Ordinal) || participle.Lower is "sworn" or "chosen" or "named")
        && tokens[j + 2].IsCapitalized;

    /// <summary>Whether a word between <paramref name="start"/> and <paramref name="end"/> ends an organisation's name ("Center", "Institut").</summary>
    public static bool HasOrganisationWord(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (PersonNames.IsOrganisationWord(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case word that can name a function between an organisation and a person ("editor", "spokeswoman").</summary>
    public static bool IsRoleNoun(Token token) =>
        token.IsWord && !token.IsCapitalized && !WordLists.Prepositions.Contains(token.Text) && !WordLists.NounLinks.Contains(token.Text)
        && !WordLists.ClauseBoundaries.Contains(token.Text) && !WordLists.Fillers.Contains(token.Text) && !WordLists.TimeWords.Contains(token.Text)
        && !WordLists.Determiners.Contains(token.Text) && !SpeechVerbs.IsSpeechVerb(token.Text);

    public static bool IsAcronym(Token token)
    {
        // Two capitals at least: "C." in "John C. Eastman" is an initial, part of the name.
        var letters = 0;
        foreach (var c in token.Text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>
    /// "J.R. Ewing", "J.K. Rowling": two or three capitals each with its period, before a capitalised name word that is no title
    /// and no organisation word, are a person's initials, not an acronym ("U.S. Army", "U.N. Secretary-General" stay acronyms).
    /// </summary>
    private static bool IsInitialsBeforeName(List<Token> tokens, int i, int to)
    {
        var text = tokens[i].Text;
        if (text.Length is not (4 or 6) || text[text.Length - 1] != '.' || !Sentences.IsDottedInitials(text, 0, text.Length - 1)
            || text is "U.S." or "U.K." or "U.N." or "E.U." || i + 1 >= to)
        {
            return false;
        }

        var next = tokens[i + 1];
        return next.IsCapitalized && IsNameWord(next) && !IsAcronym(next) && !IsTitle(tokens, i + 1) && !PersonNames.IsOrganisationWord(next.Text);
    }

    // Written in capitals of two letters or more (a lone "V" or "X", as in "Philip V", is a name word already), up to the
    // thirties; "I" alone is the pronoun.
    private static bool IsRegnalNumber(string word) =>
        word is "II" or "III" or "IV" or "VI" or "VII" or "VIII" or "IX" or "XI" or "XII" or "XIII" or "XIV" or "XV" or "XVI" or "XVII"
            or "XVIII" or "XIX" or "XX" or "XXI" or "XXII" or "XXIII" or "XXIV" or "XXV" or "XXVI" or "XXVII" or "XXVIII" or "XXIX" or "XXX";

    private static bool IsTitle(List<Token> tokens, int i) => WordLists.Titles.Contains(tokens[i].Text) || IsSealsOfGardeDesSceaux(tokens, i);

    /// <summary>"l'ancien garde des Sceaux Dominique Perrin": the capitalised word of the French justice minister's title is no name.</summary>
    private static bool IsSealsOfGardeDesSceaux(List<Token> tokens, int i) =>
        i >= 2 && tokens[i].Text == "Sceaux" && tokens[i - 1].Lower == "des" && tokens[i - 2].Lower == "garde";

    internal static int SkipTitles(List<Token> tokens, int j, int n)
    {
        var k = j;
        while (k < n && (IsTitle(tokens, k) || (WordLists.Determiners.Contains(tokens[k].Text) && k + 1 < n && IsTitle(tokens, k + 1))))
        {
            k++;
        }

        // Only a title followed by a name counts as a title; "le chef de la diplomatie" is a description.
        return k < n && (IsNameWord(tokens[k]) || IsParticleAfterTitle(tokens, k)) ? k : j;
    }

    /// <summary>Where the words after the parenthesis opening at <paramref name="j"/> start: past its ")", or past the end when it is never closed.</summary>
    public static int SkipParenthesis(List<Token> tokens, int j)
    {
        var k = j + 1;
        while (k < tokens.Count && tokens[k].Text != ")")
        {
            k++;
        }

        return k + 1;
    }

    /// <summary>Skips a prepositional complement: a determiner, then one name or up to two lowercase words.</summary>
    private static int SkipComplement(List<Token> tokens, int j)
    {
        // ("auprès de l'AFP", "près de la frontière", "lors d'un meeting": a compound preposition's "de" opens the complement.)
        if (j + 1 < tokens.Count && tokens[j].Lower is "de" or "d'" or "d’" && j > 0 && tokens[j - 1].Lower is "auprès" or "près" or "lors" or "autour" or "loin")
        {
            j++;
        }

        while (j < tokens.Count && WordLists.Determiners.Contains(tokens[j].Text))
        {
            j++;
        }

        if (j < tokens.Count && tokens[j].IsCapitalized && tokens[j].IsWord)
        {
            var end = NameEnd(tokens, j, tokens.Count);
            var person = PersonAfterOutlet(tokens, j, end);
            if (person > j)
            {
                return person;
            }

            // "a déclaré au Journal du dimanche le ministre": the outlet's lower-case complement is the outlet's too.
            if (end + 1 < tokens.Count && tokens[end].Lower is "du" or "de" or "des" && tokens[end + 1] is { IsWord: true, IsCapitalized: false } next
                && !WordLists.Determiners.Contains(next.Text))
            {
                return end + 2;
            }

            return end;
        }

        var words = 0;
        while (j < tokens.Count && words < 2 && tokens[j].IsWord && !tokens[j].IsCapitalized && !WordLists.Determiners.Contains(tokens[j].Text)
            && !(words > 0 && WordLists.Prepositions.Contains(tokens[j].Text)))
        {
            // ("sous couvert d'anonymat": an elided "d'" between two nouns links them; it is no word of its own.)
            if (words > 0 && tokens[j].Lower is "d'" or "d’" && j + 1 < tokens.Count && tokens[j + 1] is { IsWord: true, IsCapitalized: false })
            {
                j++;
                continue;
            }

            j++;
            words++;
        }

        // ("à la sortie de la réunion": a link ending the two words reads on over its determiner and noun.)
        if (words == 2 && tokens[j - 1].Lower is "de" or "of" && j + 1 < tokens.Count && WordLists.Determiners.Contains(tokens[j].Text)
            && tokens[j + 1] is { IsWord: true, IsCapitalized: false } linked && !WordLists.Determiners.Contains(linked.Text))
        {
            j += 2;
        }

        // "dans les colonnes du Monde", "au micro de RTL", "sur le plateau de France 2": the noun's complement, an outlet's
        // name, is the complement's too. ("dans un entretien au Monde", "in an interview with The Guardian": after a
        // preposition too.)
        if (words > 0 && j + 1 < tokens.Count && (tokens[j].Lower is "du" or "de" or "des" or "d'" or "d’" || WordLists.Prepositions.Contains(tokens[j].Text))
            && tokens[j + 1] is { IsWord: true, IsCapitalized: true })
        {
            return SkipComplement(tokens, j + 1);
        }

        return j;
    }

    /// <summary>
    /// Where the person starts in a chain of capitalised words after a preposition that runs an outlet
    /// and the person together, else <paramref name="start"/>: "a confié à France Info Jacques Witkowski"
    /// (four words or more: the last two); with three, only when the chain ends its clause or an
    /// apposition follows and the person opens on a known given name ("affirme au Monde Michel Crépu, le directeur …", "a
    /// expliqué à Ouest-France Jean Martin, président de …"; not "a déclaré au New York Times le ministre", "According to
    /// Human Rights Watch, the police").
    /// </summary>
    public static int PersonAfterOutlet(List<Token> tokens, int start, int end)
    {
        // (An apposition: ", le directeur …", ", président de l'association".)
        var endsClause = end == tokens.Count || tokens[end].Text is "." or ";" or ")"
            || (tokens[end].Text == "," && end + 1 < tokens.Count
                && (WordLists.Determiners.Contains(tokens[end + 1].Text) || tokens[end + 1] is { IsWord: true, IsCapitalized: false }));

        // Counted in name words, a particle going with the word after it: "sur Twitter Marine Le Pen" is
        // the platform and "Marine Le Pen", not "Twitter Marine" and "Le Pen".
        var words = 0;
        var personStart = start;
        for (var k = end - 1; k >= start; k--)
        {
            if (k > start && WordLists.NameParticles.Contains(tokens[k - 1].Text))
            {
                continue; // counted with its particle, one step back
            }

            words++;
            if (words == 2)
            {
                personStart = k;
            }
        }

        // ("with Indian Defense Minister A. K. Antony giving a talk": the person's initials go with the person.)
        while (personStart > start && tokens[personStart - 1].Text is { Length: 2 } initial && char.IsUpper(initial[0]) && initial[1] == '.')
        {
            personStart--;
        }

        // ("According to Human Rights Watch, the police …": three words whose last two open on no given name are one body's.)
        return words >= 4 || (words == 3 && endsClause && GivenNames.Contains(tokens[personStart].Text)) ? personStart : start;
    }
}
