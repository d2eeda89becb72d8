using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Resolves "he", "elle", "they" to the last person named before the quote: the subject of the
/// nearest sentence before it that names one (within the paragraph, then the two before). In that
/// sentence the name followed by its verb wins ("… while Interior Minister Joachim Brudziński wrote"),
/// else its first name ("Baslan Damang, a security official, on Tuesday told The Jakarta Post …").
/// </summary>
internal static class Antecedents
{
    private const int ParagraphsBack = 2;

    /// <summary>
    /// Whom <paramref name="pronoun"/> stands for. With <paramref name="beforeSentenceOf"/> (a position in the quote's paragraph),
    /// in the sentences before the one holding it only: that sentence opens on the phrase looked up ("The company blamed "…"",
    /// "The company blamed rising costs. "…"").
    /// </summary>
    public static string? Find(
        QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> quotesByElement, NameIndex names, string pronoun, int beforeSentenceOf = -1)
    {
        if (LatterAgreement(pronoun) is { } latter)
        {
            return LastNamed(quote, elements, quotesByElement, names, pronoun, latter);
        }

        // ("la jeune femme", "the 45-year-old man": a description that refers back agrees by its determiner or noun.)
        var agreement = NameGenders.OfPronoun(pronoun) is var ofPronoun && ofPronoun == Agreement.Unknown && pronoun.IndexOf(' ') > 0
            ? NameGenders.OfDescription(pronoun)
            : ofPronoun;
        var refersBack = pronoun.IndexOf(' ') > 0 && SpeakerAttributor.RefersBack(pronoun);
        var describedBefore = false;
        for (var order = quote.ElementOrder; order >= 0 && order >= quote.ElementOrder - ParagraphsBack; order--)
        {
            var element = elements[order];
            if (order < quote.ElementOrder && (IsQuotedWhole(element, quotesByElement) || element.IsHeadline))
            {
                continue;
            }

            var text = element.Unit.Text;
            var limit = order == quote.ElementOrder ? SentenceStart(text, beforeSentenceOf >= 0 ? beforeSentenceOf : quote.Open) : text.Length;
            var searchEnd = order == quote.ElementOrder ? quote.Open : text.Length;
            if (refersBack && !describedBefore && searchEnd > 0 && text.LastIndexOf(pronoun, searchEnd - 1, System.StringComparison.OrdinalIgnoreCase) is var earlier
                && earlier >= 0 && earlier < limit)
            {
                // "Le sexagénaire a reconnu …. « … », a-t-il expliqué", "… l'artiste de 58 ans évoque une opération. ¶ « … »,
                // écrit-il": a description that refers back, found as the subject of a sentence before the quote's (in its
                // paragraph or one before), is searched for from there, before itself.
                limit = SentenceStart(text, earlier);
                describedBefore = true;
            }

            if (order == quote.ElementOrder && beforeSentenceOf < 0)
            {
                // The same sentence, before the pronoun: "…," said Delfin Lorenzana, the Defence Secretary; he described …
                // ("In a post on Instagram, the 38-year-old wrote: "…"": before a description that refers back, not up to the
                // quote, where the description itself is the subject.)
                var before = BeforeFirstPronoun(text, limit, quote.Open);
                if (refersBack && quote.Open > 0 && text.LastIndexOf(pronoun, quote.Open - 1, quote.Open - limit, System.StringComparison.OrdinalIgnoreCase) is var at && at >= limit)
                {
                    before = System.Math.Min(before, at);
                }

                var person = before > limit ? SubjectOf(text, limit, before, names, agreement) : null;
                if (person is not null)
                {
                    return person;
                }
            }

            var sentences = Sentences(text, limit);
            for (var s = sentences.Count - 1; s >= 0; s--)
            {
                var person = SubjectOf(text, sentences[s].Start, sentences[s].End, names, agreement)
                    ?? LatterSubject(order, text, sentences[s], elements, quotesByElement, names, agreement);
                if (person is not null)
                {
                    return person;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The agreement of a phrase that points at the last person named ("ce dernier", "cette dernière",
    /// "celui-ci", "the latter"), or null when <paramref name="phrase"/> is no such phrase.
    /// </summary>
    public static Agreement? LatterAgreement(string phrase) => phrase.ToLowerInvariant().Replace('\u00A0', ' ') switch
    {
        "ce dernier" or "celui-ci" or "celui-là" => Agreement.Masculine,
        "cette dernière" or "celle-ci" or "celle-là" => Agreement.Feminine,
        "the latter" => Agreement.Unknown,
        _ => null,
    };

    /// <summary>
    /// "Rachida Dati ou Christian Estrosi le critiquent, ce dernier expliquant que « … »", "Jean Dupont a reçu
    /// Pierre Martin. « … », a dit celui-ci": unlike "il", "the latter" stands for the last person named before
    /// it, whatever their place in the sentence, who agrees with it (within the paragraph, then the two before).
    /// </summary>
    private static string? LastNamed(
        QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> quotesByElement, NameIndex names, string phrase, Agreement agreement)
    {
        var text = quote.Element.Unit.Text;
        var limit = quote.Open;
        if (quote.Open > 0 && text.LastIndexOf(phrase, quote.Open - 1, System.StringComparison.OrdinalIgnoreCase) is var at && at >= SentenceStart(text, quote.Open))
        {
            limit = at; // "Ce dernier, accusant Soros d'avoir … en Europe, a affirmé « … »": named before the phrase, not after it
        }

        return LastNamedBefore(quote.ElementOrder, limit, elements, quotesByElement, names, agreement);
    }

    /// <summary>The last person named before <paramref name="limit"/> in the element <paramref name="elementOrder"/>, then in the two before, who agrees.</summary>
    private static string? LastNamedBefore(
        int elementOrder, int limit, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> quotesByElement, NameIndex names, Agreement agreement)
    {
        for (var order = elementOrder; order >= 0 && order >= elementOrder - ParagraphsBack; order--)
        {
            if (order < elementOrder && IsQuotedWhole(elements[order], quotesByElement))
            {
                continue;
            }

            var text = elements[order].Unit.Text;
            var end = order == elementOrder ? limit : text.Length;
            var tokens = OutsideQuotes(Token.Split(text, System.Math.Max(0, end - Reach), end));
            var spans = NounPhrases.NameSpans(tokens, 0, tokens.Count, includeComplements: true);
            for (var i = spans.Count - 1; i >= 0; i--)
            {
                if (spans[i].End - spans[i].Start == 1 && NounPhrases.IsAcronym(tokens[spans[i].Start]))
                {
                    continue;
                }

                var person = PersonOf(text, tokens, spans[i], names);
                if (names.Genders.Agrees(person, agreement))
                {
                    return person;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "… sur le site internet de Christophe Chalençon, ce dernier a affirmé que « … ». En commentaire, il a écrit …": a sentence
    /// whose subject is "ce dernier" ("cette dernière", "celui-ci") speaks of the last person named before that phrase, whom a
    /// later pronoun that agrees stands for too. Null when the sentence holds no such phrase before its verb, or it disagrees.
    /// </summary>
    private static string? LatterSubject(
        int order, string text, (int Start, int End) sentence, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> quotesByElement, NameIndex names, Agreement agreement)
    {
        var tokens = Token.Split(text, sentence.Start, sentence.End);
        for (var k = 0; k < tokens.Count; k++)
        {
            // (The two words are joined only when the second is one of the phrase's: most sentences hold none.)
            var oneWord = tokens[k].Lower is "celui-ci" or "celui-là" or "celle-ci" or "celle-là";
            var latter = oneWord ? LatterAgreement(tokens[k].Lower)
                : k + 1 < tokens.Count && tokens[k + 1].Lower is "dernier" or "dernière" or "latter" ? LatterAgreement(tokens[k].Lower + " " + tokens[k + 1].Lower)
                : null;
            if (latter is { } found)
            {
                // (The subject: opening the sentence or a clause after a comma, its verb right after it; not an object, "Elle a
                // remercié ce dernier", nor a complement, "à ce dernier".)
                var next = oneWord ? k + 1 : k + 2;
                return (found == agreement || found == Agreement.Unknown) && next < tokens.Count && tokens[next] is { IsWord: true, IsCapitalized: false }
                    && (k <= CueRules.AfterConnectives(tokens) || tokens[k - 1].Text == ",")
                    ? LastNamedBefore(order, tokens[k].Start, elements, quotesByElement, names, found)
                    : null;
            }
        }

        return null;
    }

    private static int BeforeFirstPronoun(string text, int start, int end)
    {
        var tokens = Token.Split(text, start, end);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (WordLists.Pronouns.Contains(tokens[k].Text))
            {
                // ("Twitter and Facebook, he argued, "…"": a pronoun and its speech verb set between commas are an incise in
                // the quoted sentence; the words before them are what was said, not whom the pronoun stands for.)
                return k > 0 && tokens[k - 1].Text == "," && k + 2 < tokens.Count && SpeechVerbs.IsLowerCaseForm(tokens[k + 1]) && tokens[k + 2].Text == ","
                    ? start
                    : tokens[k].Start;
            }
        }

        return end;
    }

    /// <summary>"was criticized by Nassar al-Rubaie", "a été dénoncé par Jean Dupont": the name after a passive speech verb's "by"/"par", else null.</summary>
    private static string? PassiveSpeechAgent(string text, List<Token> tokens, NameIndex names)
    {
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (tokens[k + 1].Lower is not ("by" or "par") || !SpeechVerbs.IsLowerCaseForm(tokens[k]) || !Participles.IsShaped(tokens[k].Text)
                || tokens[k - 1].Lower is not ("was" or "were" or "been" or "is" or "été" or "est" or "sont"))
            {
                continue;
            }

            var start = k + 2;
            if (!NounPhrases.IsNameStart(tokens, start))
            {
                return null;
            }

            var end = NounPhrases.NameEnd(tokens, start, tokens.Count);
            return end - start >= 2 ? names.Fullest(PersonNames.Clean(NounPhrases.Slice(text, tokens, start, end)).Name) : null;
        }

        return null;
    }

    // A name followed by its verb before the end: a past in -ed, a speech verb, an auxiliary or a common irregular past.
    private static bool HasNameWithVerb(List<Token> tokens, int end)
    {
        foreach (var (_, nameEnd) in NounPhrases.NameSpans(tokens, 0, end))
        {
            if (nameEnd < end && tokens[nameEnd] is { IsWord: true, IsCapitalized: false } next
                && (next.Text.EndsWith("ed", System.StringComparison.Ordinal) || SpeechVerbs.IsSpeechVerb(next.Text)
                    || next.Lower is "met" or "was" or "is" or "has" or "had" or "will" or "went" or "made" or "took" or "gave" or "came" or "left" or "won" or "lost"
                        or "a" or "est" or "avait" or "était" or "sera"))
            {
                return true;
            }
        }

        return false;
    }

    internal static string? SubjectOf(string text, int start, int end, NameIndex names, Agreement agreement)
    {
        var tokens = OutsideQuotes(Token.Split(text, start, end));
        var sentenceOpening = tokens.Count > 0 ? tokens[0].Start : -1;

        // "Quant à Jean Dupont, il dément", "As for Smith, he denied it": the name set apart before the comma is whom the
        // clause's pronoun stands for.
        if (DislocatedName(text, tokens, names) is { } dislocated && names.Genders.Agrees(dislocated, agreement))
        {
            return dislocated;
        }

        // "Speaking to NBC News, she said …", "Parmi les …, il": an opening phrase before a comma is not
        // where the subject is; the clause after it is.
        // ("Pour X, « … »", "Selon X", "According to X" name the speaker: they are no such phrase.)
        // ("Like President Bush, Israeli Prime Minister Ehud Olmert kept his comments broad": a comparison opens too.)
        if (tokens.Count > 0 && tokens[0].IsWord && (WordLists.NotNames.Contains(tokens[0].Text) || WordLists.Prepositions.Contains(tokens[0].Text)
            || tokens[0].Lower is "like" or "unlike" or "despite")
            && !WordLists.Determiners.Contains(tokens[0].Text) && !WordLists.Pronouns.Contains(tokens[0].Text)
            && tokens[0].Lower is not ("pour" or "for" or "selon" or "according" or "d’" or "d'"))
        {
            // ("Later on Tuesday Mitsotakis met with the IMF, then with President Trump, …": a name and its verb before the
            // comma make a clause of their own; its subject stays. "But farmer George Heale, whose land borders the site, was
            // unconvinced": a comma before a relative pronoun opens an aside about the name; it closes no opening phrase.
            // "Among them was Dr Siobhan Kehoe, a consultant": "was" after "Among them" inverts the clause, the name its
            // subject. "But Derek Hammond, chairman of the residents' group, said": a connective, then a name, opens no phrase.)
            var comma = tokens.FindIndex(t => t.Text == ",");
            if (comma > 0 && !HasNameWithVerb(tokens, comma)
                && !(comma + 1 < tokens.Count && tokens[comma + 1].Lower is "who" or "whose" or "whom" or "which" or "qui" or "dont" or "lequel" or "laquelle")
                && !(tokens[0].Lower is "among" or "amongst" && comma > 2 && tokens.FindIndex(2, comma - 2, t => t.Lower is "was" or "were") > 0)
                && !(WordLists.SentenceConnectives.Contains(tokens[0].Text) && tokens.Count > 1 && NounPhrases.IsNameStart(tokens, 1) && !WordLists.NotNames.Contains(tokens[1].Text)))
            {
                tokens.RemoveRange(0, comma + 1);
            }
        }

        // ("Échappé pendant 160 kilomètres, le Breton Killian Le Bihan a été repris …, lors de l'étape remportée par … Daan
        // Verhoeven": past an opening participle's phrase, as past a preposition's; not a given name, "René Dupont, maire de …".)
        if (tokens.Count > 2 && tokens[0] is { IsWord: true, IsCapitalized: true } participle && tokens[1] is { IsWord: true, IsCapitalized: false }
            && !GivenNames.Contains(participle.Text) && SpeakerAttributor.AfterOpeningParticiple(tokens, 0) is var afterParticiple
            && afterParticiple > 0 && afterParticiple < tokens.Count && !HasNameWithVerb(tokens, afterParticiple - 1))
        {
            tokens.RemoveRange(0, afterParticiple);
        }

        // "France : des dizaines de cochons d'Inde massacrés", "Syrie : …": the place a French Wikinews headline opens on, before
        // its colon, is a label, no subject.
        if (PlaceLabelEnd(tokens) is int labelEnd)
        {
            tokens.RemoveRange(0, labelEnd);
        }

        if (tokens.Count == 0)
        {
            return null;
        }

        // "Pour Nicolas Dupont-Aignan, « … ». Selon lui, « … »", "According to Muyembe, many people …. "…,"
        // he told the press": the person the marker names.
        var opening = CueRules.AfterConnectives(tokens); // "Mais, pour X, …"
        var markerEnd = tokens.Count > opening + 1 && tokens[opening].Lower is "pour" or "for" ? opening + 1 : CueRules.SourceMarker(tokens, opening);
        if (markerEnd is int afterMarker && afterMarker < tokens.Count)
        {
            if (CueRules.WhatXSaid(text, tokens, afterMarker) is { Kind: SpeakerKind.Name } said)
            {
                return names.Fullest(PersonNames.Clean(said.Text).Name);
            }

            // ("According to Iraqi political analyst Hazem al-Nuaeimi, …": a role that opens on a capitalised word before the name,
            // read as the marker's cue reads it, not the capitalised word alone.)
            if (tokens[afterMarker].IsCapitalized && afterMarker + 1 < tokens.Count && tokens[afterMarker + 1] is { IsWord: true, IsCapitalized: false }
                && NounPhrases.AfterMarker(text, tokens, afterMarker) is { Kind: SpeakerKind.Name, Role: { } markedRole } markedName
                && markedRole.StartsWith(tokens[afterMarker].Text, System.StringComparison.Ordinal) && !IsTitleNotPerson(tokens, afterMarker, agreement))
            {
                return names.Fullest(PersonNames.Clean(markedName.Text).Name);
            }

            var named = NounPhrases.NameSpans(tokens, afterMarker, tokens.Count, includeComplements: true);
            if (named.Count > 0 && named[0].Start == afterMarker && !IsTitleNotPerson(tokens, afterMarker, agreement))
            {
                return names.Fullest(PersonNames.Clean(NounPhrases.Slice(text, tokens, named[0].Start, named[0].End)).Name);
            }

            // "« … », selon une source proche de l'enquête. « … », précise-t-elle": an unnamed source that agrees. Only an
            // indefinite one after "selon"/"according to": "Pour le cuisinier, …" may be the chef named before.
            if (tokens[opening].Lower is not ("pour" or "for") && tokens[afterMarker].Lower is "une" or "un" or "a" or "an"
                && NounPhrases.AfterMarker(text, tokens, afterMarker) is { Kind: SpeakerKind.Description } unnamed && NameGenders.OfDescription(unnamed.Text) is var sourceGender
                && (sourceGender == agreement || (sourceGender == Agreement.Unknown && agreement != Agreement.Plural)) && agreement != Agreement.Neuter)
            {
                return unnamed.Text;
            }
        }

        // "Fitness was a big factor in that according to Kidston. "…," he said": with no speech verb before
        // it, a source marker inside the sentence names the person whose view the sentence gives.
        if (MarkedSource(text, tokens, names) is { } source && names.Genders.Agrees(source, agreement))
        {
            return source;
        }

        // "This move was criticized by Nassar al-Rubaie, a Shiite member of Parliament. "…," he said": the agent of a passive
        // speech verb spoke.
        if (PassiveSpeechAgent(text, tokens, names) is { } agent && agreement != Agreement.Neuter && names.Genders.Agrees(agent, agreement))
        {
            return agent;
        }

        // ("Her brother told": before the pronoun test below, which reads the possessive as a pronoun.)
        // "A police spokesman said the investigation was continuing. "…," he added", "Le procureur a indiqué …
        // « … », a-t-il ajouté": a description that is the subject of a speech verb is who the pronoun stands for.
        // ("it" never stands for a person described by a role: "A spokesperson for Boeing said …. It added".)
        if (DescriptionThatSpoke(text, tokens) is { } described && NameGenders.OfDescription(described) is var gender
            && (gender == agreement || gender == Agreement.Unknown && agreement != Agreement.Plural)
            && !(agreement == Agreement.Neuter && PersonNames.HasTitleWord(described)))
        {
            return described;
        }

        // "A statement by the Brady Campaign was posted on Facebook. It said "…"": "it", the statement, speaks for its author.
        if (agreement == Agreement.Neuter && StatementAuthorOpening(text, tokens) is { } author)
        {
            return names.Fullest(author);
        }

        // "The Colombian-French politician was greeted at the air base by the President and the First Lady, Carla Bruni-Sarkozy":
        // a sentence whose subject is an epithet speaks of the person named before it, as one whose subject is a pronoun does.
        if (OpensOnEpithet(text, tokens, names))
        {
            return null;
        }

        // A sentence whose subject is itself a pronoun speaks of the same person: look further back.
        // ("Last week she opened her fourth café, in a bank its owner, Geoffrey Tan, had struggled to let": a time phrase first.)
        var first = tokens.FindIndex(t => t.IsWord && !WordLists.Fillers.Contains(t.Text) && !WordLists.NotNames.Contains(t.Text) && !IsTimePhraseWord(t)
            || WordLists.Pronouns.Contains(t.Text));
        // ("Her neighbour, Tom Black, was less lucky": "Her" before a noun is a possessive, not the subject.)
        // ("Among them was Dr Siobhan Kehoe": an object pronoun is no subject; the name after the verb is.)
        if (first >= 0 && WordLists.Pronouns.Contains(tokens[first].Text) && tokens[first].Lower is not ("them" or "him")
            && !(tokens[first].Lower == "her" && first + 1 < tokens.Count && tokens[first + 1] is { IsWord: true, IsCapitalized: false }))
        {
            return null;
        }

        // "« … » a-t-il expliqué, jugeant que Montpellier a été la meilleure équipe": an inverted pronoun right after the
        // quote (the quote itself is cut out) is the sentence's subject too; the names after it are not.
        if (first >= 0 && IsInvertedPronoun(tokens[first].Lower))
        {
            return null;
        }

        // "Researchers at Stanford studied …. "…," they wrote", "Les enquêteurs ont interrogé Jean Martin. « … »,
        // ont-ils indiqué": a plural pronoun stands for the plural noun phrase opening the sentence.
        if (agreement == Agreement.Plural && PluralSubject(text, tokens) is { } group)
        {
            return group;
        }

        // "John Smith and Mary Brown confessed that …. "…," they said": two people named together as the subject.
        if (agreement == Agreement.Plural && NamedPair(text, tokens, names) is { } pair)
        {
            return pair;
        }

        // "The World Health Organization criticized the move. They said "…"": English speaks of an organisation as "they".
        if (agreement == Agreement.Plural && OrganisationOpening(text, tokens, names) is { } organisation)
        {
            return organisation;
        }

        // "Actor Brendan Fraser's appearance …. He quipped": a possessor is a person the pronoun can refer to.
        var spans = NounPhrases.NameSpans(tokens, 0, tokens.Count, includePossessives: true);
        spans.RemoveAll(s => s.End - s.Start == 1 && NounPhrases.IsAcronym(tokens[s.Start]));

        // "une émission intitulée Morandini Live": the title of a work is nobody.
        spans.RemoveAll(s => s.Start > 0 && WordLists.TitleMarkers.Contains(tokens[s.Start - 1].Text));

        // "Her pension doesn't even reach 500 Euros": a capitalised word after a number is what is counted, a unit or a currency.
        spans.RemoveAll(s => s.Start > 0 && tokens[s.Start - 1].Text is var number && number.Length > 0 && char.IsDigit(number[number.Length - 1]));

        // "The proposal would affect 430 stations across England. "…," she told the BBC": a name after a preposition of
        // place is where things happen, not whom "he" or "she" stands for.
        if (agreement is Agreement.Masculine or Agreement.Feminine)
        {
            // ("clinics in Kessa and Doro had admitted": a name joined by "and" or "or" to such a place is a place too.)
            // ("arrivals from Amsterdam and Dublin": "from" too, before a name that opens on no known given name; "The warning came
            // from Jane Doe" is hers.)
            spans.RemoveAll(s => s.Start > 0 && (OpensPlace(tokens, s.Start - 1)
                || (s.Start >= 3 && tokens[s.Start - 1].Lower is "and" or "or" or "et" or "ou" && tokens[s.Start - 2].IsCapitalized && OpensPlace(tokens, s.Start - 3))));

            // "The pontiff remembered the regions including Africa, the Middle East and the Balkans. He decried …", "Witnesses
            // described the attackers as Arab men. "…," he said": a country or region, or a nationality before the lower-case
            // noun it qualifies, is nobody "he" or "she" can stand for.
            spans.RemoveAll(s => IsPlaceOrQualifier(text, tokens, s));

            // "Police said on Friday they had charged a man. "…," he said": a plural noun of people, capitalised as it opens the
            // sentence, is a group, not whom "he" or "she" stands for.
            spans.RemoveAll(s => s.End - s.Start == 1 && (WordLists.PeopleNouns.Contains(tokens[s.Start].Text) || tokens[s.Start].Lower is "police"));

            // "… to beat the mark Daniel Cole had held since 2009. "…," he said": a name after a determiner and its noun opens a
            // relative clause with no "that"; its verb is no sign of the sentence's subject.
            if (spans.Count > 1)
            {
                var firstSpan = spans[0].Start;
                spans.RemoveAll(s => s.Start > firstSpan && s.Start >= 2 && IsObjectRelativeSubject(tokens, s));
            }
        }
        if (spans.Count == 0)
        {
            // "The World Bank criticized the move. "…," it said": a name after "the" opening the sentence is a body, which the
            // spans above (no complements) leave out, and which "it" stands for.
            return agreement == Agreement.Neuter ? BodyOpening(text, tokens, names) : PersonInComplement(text, tokens, names, agreement);
        }

        // "Angela Merkel, the German chancellor, said the killing of bin Laden was a "decisive strike"": the name whose speech
        // verb follows it (past an apposition) is the sentence's subject, before any name of the clause it reports.
        var pick = SpeakerSpan(tokens, spans);
        for (var i = spans.Count - 1; pick < 0 && i >= 0; i--)
        {
            var next = spans[i].End < tokens.Count && !NounPhrases.IsPossessive(tokens[spans[i].End - 1].Text) ? tokens[spans[i].End].Text : null;
            if (next is not null && (SpeechVerbs.IsSpeechVerb(next) || next is "has" or "had" or "was" or "is"
                || (next is "a" or "avait" or "est" && IsVerbAfterAuxiliary(text, tokens, spans[i].End))))
            {
                pick = i;
                break;
            }

            // "Smith's wife, Anna, was at home. "…," she said": a name apposed to an owner's noun is whom that noun names; the
            // owner is no subject.
            if (i >= 1 && IsApposedToOwnersNoun(tokens, spans[i - 1], spans[i]))
            {
                pick = i;
                break;
            }

            // "Olha Kharlan finit par réagir et Brunet flanche à nouveau. « … » a-t-elle déclaré": the subject of the
            // sentence's last coordinated clause is the nearer antecedent.
            if (IsCoordinatedSubject(tokens, spans[i]))
            {
                pick = i;
                break;
            }
        }

        pick = System.Math.Max(pick, 0);

        // "John Smith met Mary Brown. "…," she said": a name the pronoun cannot stand for gives way to
        // the sentence's other names, in order; with none, the sentence names nobody for it.
        // ("The sub-committee's Emirates host …. … he described": nor a word whose fullest form is a country's name.)
        var person = PersonOf(text, tokens, spans[pick], names);
        if (names.Genders.Agrees(person, agreement) && !IsCommonWordOpening(tokens, spans[pick], person, sentenceOpening, names, agreement) && !IsPlaceForPerson(person, agreement))
        {
            return NamedPersonForBody(text, tokens, spans[pick], person, names, agreement) ?? person;
        }

        for (var i = 0; i < spans.Count; i++)
        {
            var other = i == pick ? null : PersonOf(text, tokens, spans[i], names);
            if (other is not null && names.Genders.Agrees(other, agreement) && !IsCommonWordOpening(tokens, spans[i], other, sentenceOpening, names, agreement)
                && !IsPlaceForPerson(other, agreement))
            {
                return other;
            }
        }

        return PersonInComplement(text, tokens, names, agreement);
    }

    /// <summary>
    /// "Global Voices spoke with Maria Ressa. "…," she said", "France Info a interrogé Jean Dupont. « … », a-t-il répondu": for
    /// "he" or "she", a subject of two words or more that opens on no given name and whose gender the article never shows (a
    /// body, an outlet) gives way to the sentence's first other name, a complement too ("spoke with Maria Ressa"), that opens
    /// on a known given name and agrees; else null.
    /// </summary>
    private static string? NamedPersonForBody(string text, List<Token> tokens, (int Start, int End) picked, string subject, NameIndex names, Agreement agreement)
    {
        if (agreement is not (Agreement.Masculine or Agreement.Feminine) || subject.IndexOf(' ') < 0 || GivenNames.Contains(subject.Substring(0, subject.IndexOf(' ')))
            || names.Genders.Of(subject) != Agreement.Unknown)
        {
            return null;
        }

        foreach (var span in NounPhrases.NameSpans(tokens, 0, tokens.Count, includeComplements: true))
        {
            if (span != picked && GivenNames.Contains(tokens[span.Start].Text) && PersonOf(text, tokens, span, names) is var other && names.Genders.Agrees(other, agreement))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// The full name after "Quant à"/"As for" opening the sentence, when a comma and a subject pronoun follow it; else null.
    /// </summary>
    private static string? DislocatedName(string text, List<Token> tokens, NameIndex names)
    {
        var nameStart = tokens.Count > 4 && ((tokens[0].Lower == "quant" && tokens[1].Lower == "à") || (tokens[0].Lower == "as" && tokens[1].Lower == "for")) ? 2 : -1;
        if (nameStart < 0 || !NounPhrases.IsNameStart(tokens, nameStart))
        {
            return null;
        }

        var nameEnd = NounPhrases.NameEnd(tokens, nameStart, tokens.Count);
        return nameEnd + 1 < tokens.Count && tokens[nameEnd].Text == "," && tokens[nameEnd + 1].Lower is "il" or "elle" or "he" or "she"
            ? names.Fullest(PersonNames.Clean(NounPhrases.Slice(text, tokens, nameStart, nameEnd)).Name)
            : null;
    }

    private static bool IsPlaceForPerson(string person, Agreement agreement) =>
        agreement is Agreement.Masculine or Agreement.Feminine && WordLists.IsCountryOrRegion(person);

    // A preposition of place before the name after it, or "from" before a name that opens on no known given name.
    private static bool OpensPlace(List<Token> tokens, int preposition) =>
        IsPlacePreposition(tokens[preposition]) || (tokens[preposition].Lower == "from" && !GivenNames.Contains(tokens[preposition + 1].Text));

    private static bool IsPlacePreposition(Token token) =>
        token.Lower is "in" or "across" or "at" or "into" or "throughout" or "near" or "dans" or "à" or "en" or "vers";

    private static bool HasPossessiveInside(List<Token> tokens, (int Start, int End) span)
    {
        for (var k = span.Start; k < span.End - 1; k++)
        {
            if (NounPhrases.IsPossessive(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaceOrQualifier(string text, List<Token> tokens, (int Start, int End) span) =>
        WordLists.IsCountryOrRegion(NounPhrases.Slice(text, tokens, span.Start, span.End))
        || (span.Start > 0 && PlaceNouns.Contains(tokens[span.Start - 1].Text))
        || (span.End < tokens.Count && tokens[span.End] is { IsWord: true, IsCapitalized: false } after && PlaceNouns.Contains(after.Text))
        || (span.End - span.Start == 1 && (WordLists.IsNationalityNoun(tokens[span.Start].Text) || WordLists.NationalityAdjectives.Contains(tokens[span.Start].Text))
            && span.End < tokens.Count && tokens[span.End] is { IsWord: true, IsCapitalized: false } noun && !IsVerbSign(noun) && !SpeechVerbs.IsSpeechVerb(noun.Text));

    // "près du lycée Saint-Exupéry", "à l'aéroport Mohammed V", "near the Saint Mary school": a name read with the noun of a building,
    // a street or a school before it (French) or after it (English) is that place, no one "il" or "she" can stand for.
    private static readonly WordSet PlaceNouns = new(new[]
    {
        "lycée", "collège", "école", "université", "aéroport", "stade", "hôpital", "gare", "rue", "place", "avenue", "boulevard", "quai",
        "pont", "quartier", "église", "cathédrale", "mosquée", "musée", "parc", "prison", "clinique", "hôtel",
        "airport", "stadium", "hospital", "school", "college", "university", "station", "street", "bridge", "square", "church",
        "cathedral", "mosque", "museum", "palace", "park", "hotel",
    });

    // (Only a span after the sentence's first: "the mark Daniel Cole had held" after "Kofi Asante broke the record".)
    private static bool IsObjectRelativeSubject(List<Token> tokens, (int Start, int End) span) =>
        tokens[span.Start - 1] is { IsWord: true, IsCapitalized: false } noun && WordLists.Determiners.Contains(tokens[span.Start - 2].Text)
        && !WordLists.NounLinks.Contains(noun.Text) && !WordLists.Prepositions.Contains(noun.Text) && !WordLists.Fillers.Contains(noun.Text)
        && !SpeechVerbs.IsSpeechVerb(noun.Text) && !WordLists.Titles.Contains(noun.Text) && !WordLists.OfficeKinds.ContainsKey(noun.Text)
        && span.End < tokens.Count && tokens[span.End].Lower is "had" or "has" or "have" or "avait" or "a";

    private static bool IsTimePhraseWord(Token token) =>
        WordLists.TimeWords.Contains(token.Text) || WordLists.TimeSpans.Contains(token.Text) || token.Lower == "next"; // ("last" is a time word)

    /// <summary>
    /// In a sentence whose names outside complements are none or none that agrees, a person named in a complement is whom
    /// "he" or "she" stands for: one whose name ran into the complement's name at a known given name ("Former deputy director
    /// of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was sentenced. He …"), or, when a group the pronoun
    /// cannot stand for is the subject, a full name opening on a known given name ("Sixty residents, led by Kevin Bergner,
    /// signed the letter. "…," he said"; not "L'ancienne otage … a été accueillie par Carla Bruni-Sarkozy": an epithet's
    /// person). Else null.
    /// </summary>
    private static string? PersonInComplement(string text, List<Token> tokens, NameIndex names, Agreement agreement)
    {
        if (agreement is not (Agreement.Masculine or Agreement.Feminine))
        {
            return null;
        }

        var group = tokens.Count > 2 && (WordLists.IsCount(tokens[0].Text) || WordLists.PeopleNouns.Contains(tokens[0].Text) || WordLists.PeopleNouns.Contains(tokens[1].Text));
        foreach (var span in NounPhrases.NameSpans(tokens, 0, tokens.Count, includeComplements: true))
        {
            var start = NounPhrases.PersonAfterComplementNoun(tokens, span)
                ?? (group && span.End - span.Start >= 2 && GivenNames.Contains(tokens[span.Start].Text) ? span.Start : -1);
            if (start < 0 && IsAuthorOfWork(tokens, span.Start))
            {
                start = span.Start;
            }

            if (start >= 0 && names.Fullest(PersonNames.Clean(NounPhrases.Slice(text, tokens, start, span.End)).Name) is var person
                && names.Genders.Of(person) == agreement)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// "la vidéo de Khaled Freak", "le site internet de Christophe Chalençon", "the blog of Jane Doe": a name after "de"/"of"/"by"
    /// and the noun of a work or a channel someone puts their words in is that work's author, whom a later "il" or "she" may
    /// stand for (the work itself is no person).
    /// </summary>
    private static bool IsAuthorOfWork(List<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Lower is "de" or "d'" or "d’" or "of" or "by" && WorkNouns.Contains(tokens[start - 2].Text);

    private static readonly WordSet WorkNouns = new(new[]
    {
        "vidéo", "clip", "site", "internet", "web", "blog", "compte", "page", "chaîne", "chanson", "album", "livre", "film", "roman", "tribune",
        "video", "website", "account", "channel", "song", "book", "novel", "podcast", "column",
    });

    /// <summary>
    /// Where the words after a label end: one to three capitalised words, then a colon, then a lower-case word ("France : des
    /// dizaines …", "Royaume-Uni : la reine …"); null when the sentence does not open so.
    /// </summary>
    private static int? PlaceLabelEnd(List<Token> tokens)
    {
        var colon = tokens.FindIndex(0, System.Math.Min(tokens.Count, 4), t => t.Text == ":");
        if (colon < 1 || colon + 1 >= tokens.Count || tokens[colon + 1] is not { IsWord: true, IsCapitalized: false })
        {
            return null;
        }

        for (var i = 0; i < colon; i++)
        {
            if (!tokens[i].IsCapitalized)
            {
                return null;
            }
        }

        return colon + 1;
    }

    /// <summary>Whether the sentence opens on a definite description up to an auxiliary that reads as an epithet.</summary>
    private static bool OpensOnEpithet(string text, List<Token> tokens, NameIndex names)
    {
        if (tokens.Count < 4 || !tokens[0].IsCapitalized || tokens[0].Lower is not ("the" or "le" or "la" or "l'" or "l’"))
        {
            return false;
        }

        var verb = tokens.FindIndex(1, System.Math.Min(6, tokens.Count - 1), t => WordLists.SubjectEndingAuxiliaries.Contains(t.Text) || WordLists.Auxiliaries.Contains(t.Text));
        // ("The mayor, Tom Bradley, was unrepentant": a name in apposition makes the subject that person, no epithet.)
        return verb >= 2 && SpeakerAttributor.IsPersonEpithet(NounPhrases.Slice(text, tokens, 0, verb), names)
            && !NounPhrases.NameSpans(tokens, 1, verb).Exists(s => tokens[s.Start - 1].Text == ",");
    }

    /// <summary>
    /// Past participles of what a body or a person does in public, after an auxiliary (French "a", not the English article) ("le ministère des finances a proposé une
    /// taxe. Dans un communiqué, il a indiqué …"): the subject they give is whom the next sentence's pronoun stands for, as a
    /// speech verb's is.
    /// </summary>
    private static readonly WordSet PublicActs = new(new[]
    {
        "proposé", "présenté", "publié", "adopté", "lancé", "décidé", "dévoilé", "rendu", "proposed", "presented", "published", "adopted",
        "launched", "unveiled", "issued", "released",
    });

    /// <summary>Verbs that report a view as a speech verb does: "Jim Swire … believes al-Megrahi was not guilty".</summary>
    private static readonly WordSet OpinionVerbs = new(new[]
    {
        "believes", "believed", "thinks", "thought", "feels", "felt", "fears", "feared", "hopes", "hoped", "considers", "considered",
        "estime", "pense", "pensait", "croit", "croyait", "juge", "jugeait", "craint", "craignait", "espère", "espérait",
    });

    /// <summary>
    /// Whether <paramref name="name"/> stands between commas right after <paramref name="owner"/>'s possessive and one to three
    /// lower-case words: "Smith's wife, Anna,", "Obama's spokesman, Josh Earnest,".
    /// </summary>
    private static bool IsApposedToOwnersNoun(List<Token> tokens, (int Start, int End) owner, (int Start, int End) name)
    {
        if (!NounPhrases.IsPossessive(tokens[owner.End - 1].Text) || name.Start - owner.End is < 2 or > 4 || tokens[name.Start - 1].Text != ","
            || name.End >= tokens.Count || tokens[name.End].Text != ",")
        {
            return false;
        }

        for (var k = owner.End; k < name.Start - 1; k++)
        {
            if (tokens[k] is not { IsWord: true, IsCapitalized: false })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last span followed by a speech verb (or a verb of opinion), right after it or after an apposition between commas
    /// ("X said …, while Y wrote": the nearer speaker); else -1.
    /// </summary>
    private static int SpeakerSpan(List<Token> tokens, List<(int Start, int End)> spans)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            // ("Zhang defended China's reported figures": an owner is no subject; the word after it is no verb of its.)
            if (NounPhrases.IsPossessive(tokens[spans[i].End - 1].Text))
            {
                continue;
            }

            var next = spans[i].End;
            if (next < tokens.Count && tokens[next].Text == ",")
            {
                // "The head of the African Union, Ghana's President John Kufuor, said Africa has …": the name is itself the
                // apposition, and the verb follows its closing comma.
                if (IsSpeaking(tokens, next + 1) && OpensApposition(tokens, spans[i].Start))
                {
                    return i;
                }

                var close = tokens.FindIndex(next + 1, System.Math.Min(8, tokens.Count - next - 1), t => t.Text == ",");
                next = close < 0 ? tokens.Count : close + 1;
            }

            if (IsSpeaking(tokens, next))
            {
                return i;
            }
        }

        return -1;

        static bool IsSpeaking(List<Token> tokens, int at) =>
            at < tokens.Count && !tokens[at].IsCapitalized && (SpeechVerbs.IsSpeechVerb(tokens[at].Text) || OpinionVerbs.Contains(tokens[at].Text));

        // A comma before the name, past its capitalised titles ("Ghana's President"): not "In Paris, said …".
        static bool OpensApposition(List<Token> tokens, int start)
        {
            var k = start - 1;
            while (k >= 0 && k >= start - 4 && tokens[k] is { IsWord: true, IsCapitalized: true })
            {
                k--;
            }

            return k >= 0 && tokens[k].Text == ",";
        }
    }

    // "Selon Le Monde, le maire Jean Dupont reste confiant. « … », a-t-il dit": a name the marker gives that opens on a
    // capitalised article (a paper, "The Guardian") or is an acronym is no "il"/"elle"/"he"/"she"; the sentence's person is.
    private static bool IsTitleNotPerson(List<Token> tokens, int start, Agreement agreement) =>
        agreement is Agreement.Masculine or Agreement.Feminine
        && (NounPhrases.IsCapitalizedArticle(tokens[start]) || NounPhrases.IsAcronym(tokens[start]));

    // "a-t-il", "ajoute-t-elle", "dit-il", "estiment-ils": a verb and its subject pronoun joined by a hyphen.
    internal static bool IsInvertedPronoun(string word) =>
        word.EndsWith("-il", System.StringComparison.Ordinal) || word.EndsWith("-elle", System.StringComparison.Ordinal)
        || word.EndsWith("-ils", System.StringComparison.Ordinal) || word.EndsWith("-elles", System.StringComparison.Ordinal);

    /// <summary>
    /// Whether the French auxiliary ("a", "avait", "est") at <paramref name="auxiliary"/> is followed by the lower-case word
    /// of its verb ("Fillon a déclaré", "a ensuite dit"), in the text: "he called Trump a "climate arsonist," citing …" has
    /// English "a" before a quote mark, the article of a quoted noun, and Trump is no subject there. (The quotes are cut
    /// out of <paramref name="tokens"/>, so the text is read.)
    /// </summary>
    private static bool IsVerbAfterAuxiliary(string text, List<Token> tokens, int auxiliary)
    {
        var at = tokens[auxiliary].End;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at < text.Length && char.IsLower(text[at]);
    }

    /// <summary>
    /// The person named right after "according to" or "d'après" inside the sentence, when no speech verb
    /// comes before the marker (else that verb's subject speaks, and the marker names a source); else null.
    /// ("selon" is itself listed as a speech-verb form, for "», selon X", so it ends the search.)
    /// </summary>
    private static string? MarkedSource(string text, List<Token> tokens, NameIndex names)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (SpeechVerbs.IsLowerCaseForm(tokens[i]))
            {
                return null;
            }

            if (CueRules.SourceMarker(tokens, i) is int afterMarker && afterMarker < tokens.Count && NounPhrases.IsNameStart(tokens, afterMarker))
            {
                var end = NounPhrases.NameEnd(tokens, afterMarker, tokens.Count);
                return names.Fullest(PersonNames.Clean(NounPhrases.Slice(text, tokens, afterMarker, end)).Name);
            }
        }

        return null;
    }

    /// <summary>
    /// The description that is the subject of the sentence's first speech verb ("A police spokesman said"),
    /// else null: it must open on a determiner, and no name may stand before the verb ("le président du
    /// Centre, Jean-Charles Brisard, a dit" is Brisard's; "« … », a-t-il dit" has no description).
    /// </summary>
    private static string? DescriptionThatSpoke(string text, List<Token> tokens)
    {
        // (The sentence must open on the description's determiner: "« … », a pour sa part déclaré X" opens on
        // a comma, "Pour le président du Centre d'analyse …" on a preposition.)
        if (tokens.Count < 3 || !WordLists.Determiners.Contains(tokens[0].Text) || tokens[0].Text == "a")
        {
            return null;
        }

        // ("The proposal, announced last month, would affect …": a participle right after a comma is an aside, no verb of
        // the subject's; "Une pétition lancée par la conseillère X a recueilli …": nor one before its agent.)
        // ("The neighbour, who asked not to be named, said": a relative clause between commas is the subject's aside; its verb
        // is not the subject's, and the description ends before it.)
        var subjectEnd = -1;
        var from = 1;
        if (NounPhrases.RelativeAside(tokens, 0, tokens.Count) is { } aside)
        {
            (subjectEnd, from) = (aside.OpeningComma, aside.ClosingComma + 1);
        }

        var verb = SpeechVerbAt(tokens, from);
        // (A verb after the comma that closes an apposition is the subject's: "A spokesperson for NISA, the Japanese government
        // nuclear authority, said".)
        // ("La sœur de l'accusé est venue témoigner": after an article or "de", a verb's form is a noun, the description's own.)
        while (verb > 0 && ((tokens[verb - 1].Text == "," && verb != from && !ClosesApposition(tokens, verb)) || (verb + 1 < tokens.Count && tokens[verb + 1].Lower is "par" or "by")
            || WordLists.NounLinks.Contains(tokens[verb - 1].Text)))
        {
            verb = SpeechVerbAt(tokens, verb + 1);
        }

        if (verb <= 1 || HasNameOutsideApposition(tokens, subjectEnd > 0 ? subjectEnd : verb))
        {
            return null;
        }

        // ("La sœur de l'accusé est venue témoigner": "venir" before the infinitive is the subject's verb.)
        var end = subjectEnd > 0 ? subjectEnd : verb;
        if (end > 3 && tokens[end - 1].Lower is "venu" or "venue" or "venus" or "venues" or "vient" or "viennent")
        {
            end -= tokens[end - 2].Lower is "est" or "sont" or "était" or "étaient" ? 2 : 1;
        }

        var subject = NounPhrases.Subject(text, tokens, 0, end);
        return subject is { Kind: SpeakerKind.Description } && subject.Text.StartsWith(tokens[0].Text, System.StringComparison.Ordinal) ? subject.Text : null;
    }

    // The first speech verb from "from" on, a form of one or its infinitive after a verb of wanting ("est venue témoigner"); else -1.
    private static int SpeechVerbAt(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            if (SpeechVerbs.IsLowerCaseForm(tokens[k]) || (k >= 1 && SpeechVerbs.IsWantedSpeech(tokens[k].Text, tokens[k - 1].Text, k >= 2 ? tokens[k - 2].Text : null))
                || (k >= 1 && PublicActs.Contains(tokens[k].Text)
                    && (WordLists.SubjectEndingAuxiliaries.Contains(tokens[k - 1].Text) || (tokens[k - 1].Lower == "a" && !tokens[k].Text.EndsWith("ed", System.StringComparison.Ordinal)))))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The organisation that opens the nearest sentence before <paramref name="before"/> in the quote's paragraph (the whole
    /// paragraph when it is -1), then in the two paragraphs before: a capitalised name (after "the"/"le"/"la"/"l'") followed by a
    /// lower-case word, its verb ("France Nature Environnement a dénoncé", "L'UFC-Que Choisir a estimé", "Amnesty International
    /// said"). Sentences opening on a person (a given name or a title in the name, or an office's words before a name: "Union
    /// regional officer Dean Callaghan") are passed over; null when the nearest other sentence opening on a name is not such one.
    /// </summary>
    public static string? OrganisationOpeningBefore(QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> quotesByElement, int before)
    {
        var limit = SentenceStart(quote.Element.Unit.Text, before >= 0 ? before : quote.Open);
        foreach (var (text, tokens) in SentencesBefore(quote, elements, quotesByElement, 2, limit))
        {
            var start = tokens.Count > 0 && NameIndex.IsDefiniteDeterminer(tokens[0].Lower) ? 1 : 0;
            if (start < tokens.Count && NounPhrases.IsNameStart(tokens, start))
            {
                // (A person's name or title is no organisation: "Australian Prime Minister Tony Abbott contacted …"; the
                // sentences before it are read on, "Network Rail has apologised …. Jade Fowler, a commuter, said …. ¶ The
                // infrastructure body said …".)
                var end = NounPhrases.NameEnd(tokens, start, tokens.Count);
                if (tokens.GetRange(start, end - start).Exists(t => GivenNames.Contains(t.Text) || WordLists.Titles.Contains(t.Text))
                    || OpensOfficeBeforeName(tokens, end))
                {
                    continue;
                }

                var verb = AfterLowerCaseApposition(tokens, end);
                return verb < tokens.Count && tokens[verb] is { IsWord: true, IsCapitalized: false } ? NounPhrases.Slice(text, tokens, start, end) : null;
            }
        }

        return null;
    }

    // ("Union regional officer Dean Callaghan called …": a capitalised word that opens an office's description, its lower-case
    // words and the holder's name after them; a person, not an organisation.)
    private static bool OpensOfficeBeforeName(List<Token> tokens, int end)
    {
        for (var k = end; k < tokens.Count && k < end + 3 && tokens[k] is { IsWord: true, IsCapitalized: false }; k++)
        {
            if (WordLists.IsOfficeWord(tokens[k].Text) && k + 1 < tokens.Count && tokens[k + 1] is { IsWord: true, IsCapitalized: true })
            {
                return true;
            }
        }

        return false;
    }

    // ("Halberd Components, one of the largest private employers in Tynebridge, said …": an apposition of lower-case words set off
    // by commas after the name is passed over to the verb; else the token right after the name.)
    private static int AfterLowerCaseApposition(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1] is not { IsWord: true, IsCapitalized: false })
        {
            return end;
        }

        var close = tokens.FindIndex(end + 1, System.Math.Min(20, tokens.Count - end - 1), t => t.Text == ",");
        return close > 0 ? close + 1 : end;
    }

    /// <summary>
    /// The last resort for "he"/"she"/"il"/"elle" when no one named before agrees: the nearest sentence before the quote (in its
    /// paragraph, then the two before) that opens on a description by an office, "The mayor opposed the plan. "…," she said",
    /// "Le maire s'est opposé au projet. « … », a-t-il déclaré". Null for other pronouns, or when no such sentence agrees.
    /// </summary>
    public static string? OfficeOpeningBefore(QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> quotesByElement, string pronoun)
    {
        var agreement = NameGenders.OfPronoun(pronoun);
        if (agreement is not (Agreement.Masculine or Agreement.Feminine))
        {
            return null;
        }

        foreach (var (text, tokens) in SentencesBefore(quote, elements, quotesByElement, ParagraphsBack, quote.Open))
        {
            if (OfficeDescriptions.OpeningSubject(text, tokens) is { } office && NameGenders.OfDescription(office) is var gender
                && (gender == agreement || gender == Agreement.Unknown))
            {
                return office;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentences before a quote, nearest first, each with its tokens outside quote marks: in the quote's paragraph up to
    /// <paramref name="limit"/>, then in the <paramref name="paragraphsBack"/> paragraphs before it, passing over the headline
    /// and paragraphs that are someone's words whole (<see cref="IsQuotedWhole"/>). The walk <see cref="OfficeOpeningBefore"/>
    /// and <see cref="OrganisationOpeningBefore"/> make; they read only a few sentences, and only when the rules before found no one.
    /// </summary>
    private static IEnumerable<(string Text, List<Token> Tokens)> SentencesBefore(
        QuoteCandidate quote, List<Element> elements, Dictionary<Element, List<QuoteCandidate>> quotesByElement, int paragraphsBack, int limit)
    {
        for (var order = quote.ElementOrder; order >= 0 && order >= quote.ElementOrder - paragraphsBack; order--)
        {
            var element = elements[order];
            if (order < quote.ElementOrder && (IsQuotedWhole(element, quotesByElement) || element.IsHeadline))
            {
                continue;
            }

            var text = element.Unit.Text;
            var sentences = Sentences(text, order == quote.ElementOrder ? limit : text.Length);
            for (var s = sentences.Count - 1; s >= 0; s--)
            {
                yield return (text, OutsideQuotes(Token.Split(text, sentences[s].Start, sentences[s].End)));
            }
        }
    }

    /// <summary>
    /// Whether a name comes before <paramref name="verb"/> outside an apposition closed right before the verb: "A spokesperson
    /// for NISA, the Japanese government nuclear authority, said" names no one but the spokesperson ("Japanese" describes the
    /// authority); "The wife of John Smith said" names John Smith.
    /// </summary>
    private static bool HasNameOutsideApposition(List<Token> tokens, int verb) =>
        NounPhrases.NameSpans(tokens, 0, ClosesApposition(tokens, verb) ? AppositionComma(tokens, verb) : verb).Count > 0;

    /// <summary>Whether the comma right before <paramref name="verb"/> closes an apposition that a comma and a determiner open.</summary>
    private static bool ClosesApposition(List<Token> tokens, int verb) => AppositionComma(tokens, verb) > 0;

    /// <summary>The comma that opens an apposition closed right before <paramref name="verb"/> ("…, the Japanese …, said"), else -1.</summary>
    private static int AppositionComma(List<Token> tokens, int verb)
    {
        if (verb < 4 || tokens[verb - 1].Text != ",")
        {
            return -1;
        }

        var open = tokens.FindLastIndex(verb - 2, verb - 1, t => t.Text == ",");
        return open > 0 && open + 2 < verb - 1 && tokens[open + 1].Lower != "a" && WordLists.Determiners.Contains(tokens[open + 1].Lower) ? open : -1;
    }

    /// <summary>
    /// The organisation whose name opens the sentence (after time words and "the"), when the name holds a word of an
    /// organisation's kind and a lower-case word follows it or its acronym in parentheses: "This Thursday the United States
    /// Commission on International Religious Freedom (USCIRF) also criticized the move" → that commission; else null.
    /// </summary>
    private static string? OrganisationOpening(string text, List<Token> tokens, NameIndex names)
    {
        var start = 0;
        while (start < tokens.Count && start < 4 && tokens[start].IsWord
            && (WordLists.TimeWords.Contains(tokens[start].Text) || tokens[start].Lower is "this" or "last" or "on" or "the" || WordLists.Fillers.Contains(tokens[start].Text)))
        {
            start++;
        }

        if (start >= tokens.Count || !NounPhrases.IsNameStart(tokens, start))
        {
            return null;
        }

        var spans = NounPhrases.NameSpans(tokens, start, System.Math.Min(tokens.Count, start + 12), includeComplements: true);
        if (spans.Count == 0 || spans[0].Start != start)
        {
            return null;
        }

        var (from, end) = spans[0];

        // ("… Commission on International Religious Freedom (USCIRF)": the name runs on to the acronym that closes it.)
        var runEnd = end;
        while (runEnd < tokens.Count && runEnd < end + 8 && (tokens[runEnd].IsCapitalized || tokens[runEnd].Lower is "on" or "for" or "of" or "and"))
        {
            runEnd++;
        }

        if (runEnd > end && runEnd + 2 < tokens.Count && tokens[runEnd].Text == "(" && tokens[runEnd + 2].Text == ")" && NounPhrases.IsAcronym(tokens[runEnd + 1]))
        {
            end = runEnd;
        }

        var isOrganisation = false;
        for (var k = from; k < end; k++)
        {
            isOrganisation |= PersonNames.IsOrganisationWord(tokens[k].Text);
        }

        var after = end + 3 < tokens.Count && tokens[end].Text == "(" && tokens[end + 2].Text == ")" ? end + 3 : end;
        return isOrganisation && after < tokens.Count && tokens[after] is { IsWord: true, IsCapitalized: false }
            ? names.Fullest(NounPhrases.Slice(text, tokens, from, end))
            : null;
    }

    /// <summary>
    /// The noun phrase opening the sentence, up to its verb, when it is plural: a plural determiner
    /// ("les", "the", "some") or none, and a head noun in -s/-x ("Researchers at Stanford University",
    /// "Les enquêteurs", "Police" too). Null for anything else.
    /// </summary>
    private static string? PluralSubject(string text, List<Token> tokens)
    {
        // ("Twenty four years ago, on a rainy day, the residents of Orchid Island gathered …": opening phrases of time or place,
        // each closed by its comma, come before the subject.)
        var start = 0;
        while (start < tokens.Count && tokens[start].IsWord && !WordLists.Determiners.Contains(tokens[start].Text)
            && (WordLists.Prepositions.Contains(tokens[start].Text) || WordLists.IsCount(tokens[start].Text)) && tokens.FindIndex(start, System.Math.Min(8, tokens.Count - start), t => t.Text == ",") is var comma && comma > start)
        {
            start = comma + 1;
        }

        var verb = start + 1;
        while (verb < tokens.Count && verb - start <= MaxSubjectWords && !IsFiniteVerb(tokens[verb]))
        {
            verb++;
        }

        if (verb >= tokens.Count || verb - start > MaxSubjectWords || !tokens[start].IsWord)
        {
            return null;
        }

        var head = tokens[start].Lower is "les" or "des" or "ces" or "the" or "these" or "those" or "some" or "many" or "several" or "plusieurs" or "certains" or "de" ? start + 1 : start;
        if (head >= verb || !tokens[head].IsWord || (head == start && !tokens[start].IsCapitalized && start == 0)
            || WordLists.NotNames.Contains(tokens[head].Text) || WordLists.Determiners.Contains(tokens[head].Text))
        {
            return null;
        }

        var noun = tokens[head].Lower;
        var plural = noun is "police" or "people" or "gens" || (noun.Length > 3 && (noun.EndsWith("s", System.StringComparison.Ordinal) || noun.EndsWith("x", System.StringComparison.Ordinal)));

        // (A capitalised head after no determiner must be a common noun opening the sentence, not a name:
        // "Researchers", not "Jones".)
        if (!plural || (head == start && NounPhrases.IsNameStart(tokens, start) && tokens.Count > start + 1 && tokens[start + 1].IsCapitalized))
        {
            return null;
        }

        // (Nor the adverb before the verb: "the residents of Orchid Island angrily gathered".)
        var end = verb;
        while (end > head + 1 && (WordLists.Fillers.Contains(tokens[end - 1].Text)
            || (tokens[end - 1] is { IsWord: true, IsCapitalized: false } adverb && adverb.Text.Length > 4 && adverb.Text.EndsWith("ly", System.StringComparison.Ordinal))))
        {
            end--;
        }

        return NounPhrases.Slice(text, tokens, start, end);
    }

    private const int MaxSubjectWords = 8;

    /// <summary>
    /// Two people's names joined by "and"/"et" opening the sentence, before a lower-case word (their verb): "Wendy Iriepa and
    /// Ignacio Estrada confessed" → "Wendy Iriepa and Ignacio Estrada", each name as fully as the article gives it. Null
    /// otherwise (organisations and places are not paired: "France and Germany").
    /// </summary>
    private static string? NamedPair(string text, List<Token> tokens, NameIndex names)
    {
        var spans = NounPhrases.NameSpans(tokens, 0, System.Math.Min(tokens.Count, MaxSubjectWords + 2));
        if (spans.Count < 2 || spans[0].Start != 0 || spans[0].End + 1 != spans[1].Start || tokens[spans[0].End].Lower is not ("and" or "et")
            || spans[1].End >= tokens.Count || tokens[spans[1].End] is not { IsWord: true, IsCapitalized: false })
        {
            return null;
        }

        var first = NounPhrases.Slice(text, tokens, spans[0].Start, spans[0].End);
        var second = NounPhrases.Slice(text, tokens, spans[1].Start, spans[1].End);
        return first.IndexOf(' ') > 0 && second.IndexOf(' ') > 0 && names.Genders.Of(first) != Agreement.Unknown && names.Genders.Of(second) != Agreement.Unknown
            ? first + " " + tokens[spans[0].End].Text + " " + second
            : null;
    }

    // A name right after French "et"/"mais" and right before a lower-case word that can be its verb: no article,
    // preposition, link or filler ("et Brunet flanche"; not "et Paris aussi"). (English "and Smith …" measured worse on
    // dev, −2: there the first subject of the sentence stays the antecedent.)
    private static bool IsCoordinatedSubject(List<Token> tokens, (int Start, int End) span) =>
        span.Start > 0 && tokens[span.Start - 1].Lower is "et" or "mais"
        && span.End < tokens.Count && tokens[span.End] is { IsWord: true, IsCapitalized: false } verb
        && !WordLists.Determiners.Contains(verb.Text) && !WordLists.Prepositions.Contains(verb.Text) && !WordLists.NounLinks.Contains(verb.Text)
        && !WordLists.Fillers.Contains(verb.Text) && !WordLists.ClauseBoundaries.Contains(verb.Text);

    /// <summary>
    /// "Last month the council wrote to her", "Strong tides pushed her off course", "Chaque matin, la traite commence": a lone
    /// capitalised word that opens the sentence before a lower-case word that is no verb, which <see cref="PersonOf"/> found no
    /// full name for, is no "he", "she" or person described (bodies, "it" and "they", are left as they were): a common word
    /// capitalised only as it opens the sentence, unless the article knows it as a person's (a common given name, or the
    /// surname of a name it gave in full). ("Adele was in tears": a verb after it makes it a subject.)
    /// </summary>
    private static bool IsCommonWordOpening(List<Token> tokens, (int Start, int End) span, string person, int sentenceOpening, NameIndex names, Agreement agreement) =>
        agreement is not (Agreement.Plural or Agreement.Neuter)
        && span.End - span.Start == 1 && tokens[span.Start].Start == sentenceOpening && person == tokens[span.Start].Text
        && span.End < tokens.Count && tokens[span.End] is { IsWord: true, IsCapitalized: false } && !IsVerbSign(tokens[span.End])
        && !GivenNames.Contains(person) && names.Fullest(person) == person;

    /// <summary>
    /// A word that reads as the verb after a one-word subject ("Adele was in tears", "Karlos has found", "Dupont a estimé"):
    /// an auxiliary or modal, a speech or opinion verb, or an English past tense.
    /// </summary>
    private static bool IsVerbSign(Token token) =>
        WordLists.Auxiliaries.Contains(token.Text) || WordLists.SubjectEndingAuxiliaries.Contains(token.Text) || WordLists.FrenchAuxiliaries.Contains(token.Text)
        || token.Lower is "est" or "sera" or "était" or "fut"
        || SpeechVerbs.IsSpeechVerb(token.Text) || OpinionVerbs.Contains(token.Text)
        || token.Text.EndsWith("ed", System.StringComparison.Ordinal);

    /// <summary>A verb that ends a plural subject: an auxiliary, a speech verb, or an English past tense.</summary>
    private static bool IsFiniteVerb(Token token) =>
        token.IsWord && !token.IsCapitalized
        && (token.Lower is "ont" or "avaient" or "sont" or "étaient" or "have" or "had" or "were" or "are" or "say"
            || SpeechVerbs.IsSpeechVerb(token.Text) || (token.Text.EndsWith("ed", System.StringComparison.Ordinal) && token.Text.Length > 4));

    /// <summary>The person a name span of the sentence stands for, in the fullest form the article gives.</summary>
    private static string PersonOf(string text, List<Token> tokens, (int Start, int End) pick, NameIndex names)
    {
        var written = NounPhrases.WithoutPossessive(NounPhrases.Slice(text, tokens, pick.Start, pick.End));

        var (name, _) = PersonNames.Clean(written);
        var fullest = names.Fullest(name);

        // "Northamptonshire police … spoke with Anne Sacoolas as a suspect. She informed police …": a lone
        // word the article never gives as a full name is no person; a full name later in the sentence is.
        // (A surname the article gives a title, "Mrs Alder", is a person.)
        if (fullest.IndexOf(' ') < 0 && names.Genders.Of(fullest) == Agreement.Unknown)
        {
            // "Greek prime minister Kyriakos Mitsotakis", "Turkish president Erdoğan": a word before a title is
            // the title's country or party; the name after the title is the person, even a lone one.
            var titled = pick.End;
            while (titled < tokens.Count && tokens[titled] is { IsWord: true, IsCapitalized: false } word && WordLists.Titles.Contains(word.Text))
            {
                titled++;
            }

            if (titled > pick.End && titled < tokens.Count && NounPhrases.IsNameStart(tokens, titled))
            {
                return names.Fullest(PersonNames.Clean(NounPhrases.Slice(text, tokens, titled, NounPhrases.NameEnd(tokens, titled, tokens.Count))).Name);
            }

            // ("… in the Eastern Mediterranean", "speaking to the Atlantic Council": a name after an article is a
            // place or a body, not the person.)
            var all = NounPhrases.NameSpans(tokens, pick.End, tokens.Count, includeComplements: true);
            for (var i = all.Count - 1; i >= 0; i--)
            {
                // ("… at Saint Peter's Square": nor a name after a preposition of place, or one a possessive runs through.)
                if (all[i].End - all[i].Start >= 2 && !NounPhrases.IsAcronym(tokens[all[i].Start])
                    && !(all[i].Start > 0 && (WordLists.Determiners.Contains(tokens[all[i].Start - 1].Text) || IsPlacePreposition(tokens[all[i].Start - 1])))
                    && !HasPossessiveInside(tokens, all[i]) && !IsPlaceOrQualifier(text, tokens, all[i]))
                {
                    return names.Fullest(PersonNames.Clean(NounPhrases.Slice(text, tokens, all[i].Start, all[i].End)).Name);
                }
            }
        }

        return fullest;
    }

    /// <summary>
    /// The body a sentence opens on, followed by a lower-case word (its verb): a capitalised name right after "the" ("The World
    /// Bank criticized"), or the one a spokesperson or other lower-case noun speaks for ("A spokesperson for Boeing said"); else null.
    /// </summary>
    private static string? BodyOpening(string text, List<Token> tokens, NameIndex names)
    {
        if (tokens.Count < 3 || tokens[0].Lower is not ("the" or "a" or "an"))
        {
            return null;
        }

        var start = 1;
        if (!tokens[1].IsCapitalized)
        {
            // ("A spokesperson for Boeing", "the head of the Red Cross": one or two lower-case nouns, then "for"/"of"/"at".)
            var preposition = tokens.FindIndex(2, System.Math.Min(2, tokens.Count - 2), t => t.Lower is "for" or "of" or "at");
            if (preposition < 0 || !tokens[preposition - 1].IsWord || tokens[preposition - 1].IsCapitalized)
            {
                return null;
            }

            start = preposition + 1 < tokens.Count && tokens[preposition + 1].Lower == "the" ? preposition + 2 : preposition + 1;
        }

        var spans = NounPhrases.NameSpans(tokens, 0, tokens.Count, includeComplements: true);
        var span = spans.FindIndex(s => s.Start == start);
        return span >= 0 && spans[span].End < tokens.Count && tokens[spans[span].End] is { IsWord: true, IsCapitalized: false }
            ? names.Fullest(NounPhrases.Slice(text, tokens, start, spans[span].End))
            : null;
    }

    /// <summary>
    /// The name after a sentence's opening statement noun and its "by", "from" or "of" ("A statement by the Brady Campaign …",
    /// "The statement from Boeing …"), or null.
    /// </summary>
    private static string? StatementAuthorOpening(string text, List<Token> tokens)
    {
        if (tokens.Count < 5 || tokens[0].Lower is not ("a" or "an" or "the") || !WordLists.IsStatementNounItself(tokens[1].Text) || tokens[1].IsCapitalized
            || tokens[2].Lower is not ("by" or "from" or "of"))
        {
            return null;
        }

        var author = tokens[3].Lower == "the" ? 4 : 3;
        var spans = NounPhrases.NameSpans(tokens, author, tokens.Count, includeComplements: true);
        return spans.Count > 0 && spans[0].Start == author ? NounPhrases.Slice(text, tokens, author, spans[0].End) : null;
    }

    /// <summary>
    /// A paragraph inside a block quote marked only at its ends (<see cref="BlockQuote"/>), up to its closing mark with nothing
    /// after: someone's words from its first character, with no mark that <see cref="OutsideQuotes"/> could read, so no name in
    /// it is one a pronoun stands for.
    /// </summary>
    private static bool IsQuotedWhole(Element element, Dictionary<Element, List<QuoteCandidate>> quotesByElement)
    {
        if (!quotesByElement.TryGetValue(element, out var quotes) || quotes[0].TextStart != 0)
        {
            return false; // (only a paragraph inside a block quote has a quote that starts with no mark of its own)
        }

        var text = element.Unit.Text;
        for (var i = quotes[0].Close + 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !char.IsPunctuation(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tokens outside quote marks: a name inside someone's words is not who speaks.</summary>
    internal static List<Token> OutsideQuotes(List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        var depth = 0;
        var straight = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            switch (token.Text)
            {
                case "«" or "“" or "„":
                    depth++;
                    continue;
                case "»" or "”":
                    depth = System.Math.Max(0, depth - 1);
                    continue;
                // ("4'24": On February 20, 1988, …": a straight mark written against a number is seconds or inches, no quote's.)
                case "\"" when !(k > 0 && tokens[k - 1].End == token.Start && IsTimeCode(tokens[k - 1].Text)):
                    straight = !straight;
                    continue;
                case "\"":
                    continue;
            }

            if (depth == 0 && !straight)
            {
                result.Add(token);
            }
        }

        return result;
    }

    // "4'24" before a straight mark: the mark is the seconds' (QuoteScanner.IsSecondsOrInches on the token alone; rare, so the
    // copy it makes is no cost).
    private static bool IsTimeCode(string word) =>
        word.Length >= 3 && char.IsDigit(word[word.Length - 1]) && QuoteScanner.IsSecondsOrInches(word + "\"", word.Length);

    internal static int SentenceStart(string text, int index)
    {
        var sentences = Sentences(text, index);
        return sentences.Count == 0 ? 0 : sentences[sentences.Count - 1].End;
    }

    /// <summary>How far back, in characters, an antecedent is looked for in one paragraph.</summary>
    internal const int Reach = 1500;

    /// <summary>The complete sentences of <paramref name="text"/> in the <see cref="Reach"/> characters before <paramref name="limit"/>.</summary>
    private static List<(int Start, int End)> Sentences(string text, int limit)
    {
        var sentences = new List<(int Start, int End)>();
        var start = System.Math.Max(0, limit - Reach);
        var depth = 0;

        // Inside straight quotes too: a quote running on to the paragraph's end ("Hospitals have no fuel. Children
        // are dying…) holds no sentence of the narrator's, so none of its subjects is an antecedent.
        var straight = false;
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c is '«' or '“' or '„')
            {
                depth++;
            }
            else if (c is '»' or '”')
            {
                depth = System.Math.Max(0, depth - 1);
            }
            else if (c == '"' && !(i > 0 && char.IsDigit(text[i - 1]) && QuoteScanner.IsSecondsOrInches(text, i))) // ("4'24": seconds, no quote mark)
            {
                straight = !straight;
            }

            var endsHere = (depth == 0 && !straight && c is '.' or '!' or '?' or '…' && Parsing.Sentences.IsEnd(text, i))
                || (c is '»' or '”' or '"' && i > 0 && text[i - 1] is '.' or '!' or '?' && Parsing.Sentences.IsEnd(text, i));
            if (endsHere)
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }

        if (limit == text.Length && start < limit)
        {
            sentences.Add((start, limit));
        }

        return sentences;
    }
}
