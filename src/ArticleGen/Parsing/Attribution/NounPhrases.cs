using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Reads who a cue names from a few tokens: a name (with titles dropped and the description next to
/// it as the role), a pronoun, or a description (determiner + noun + complements).
/// </summary>
internal static class NounPhrases
{
    private const int MaxDescriptionTokens = 10;

    /// <summary>The subject written before a verb: "Le ministre …, Jean-Marc Ayrault,", "Wilkins", "he", "the army".</summary>
    public static Cue? Subject(string text, List<Token> tokens, int from, int to)
    {
        if (Latter(text, tokens, from, to) is { } latter)
        {
            return latter;
        }

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

        if (to <= from)
        {
            return null;
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
            && !EndsWithName(tokens, from, lastComma) // "Michel Sapin, le ministre des finances": an apposition to the name
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
            && !(IsAffiliation(tokens, from, OrganisationStart(tokens, all[all.Count - 1].Start, from)) && PersonNames.Clean(Slice(text, tokens, WithoutOwner(tokens, all[all.Count - 1].Start, to), to)).Title is null))
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
        // to the rules below.
        if (!appositionBeforeVerb && to - from >= 2 && tokens[to - 2].Lower == "the" && IsAcronym(tokens[to - 1]) && (to - 2 == from || tokens[to - 3].Text == ","))
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
        if (appositionBeforeVerb && spans.Count > 1 && spans[spans.Count - 1] is var apposed && apposed.End == to && apposed.End - apposed.Start > 1
            && apposed.Start > from && tokens[apposed.Start - 1].Text == ",")
        {
            return new Cue(SpeakerKind.Name, Slice(text, tokens, apposed.Start, apposed.End), Role(text, tokens, from, apposed.Start));
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

        var role = end == to ? Role(text, tokens, from, start) : Apposition(text, tokens, end);
        return new Cue(SpeakerKind.Name, Slice(text, tokens, start, end), role);
    }

    /// <summary>
    /// "said the former England captain", "said the Chinese embassy in London": after an English article, a lone
    /// capitalised word followed by a lower-case noun modifies that noun, and the whole description speaks.
    /// </summary>
    private static Cue? ModifierDescription(string text, List<Token> tokens, int article, int nameStart, int nameEnd) =>
        nameEnd - nameStart == 1 && nameEnd < tokens.Count && tokens[article].Lower is "the" or "a" or "an" && IsModifiedNoun(tokens[nameEnd])
        && DescriptionEnd(tokens, nameEnd, tokens.Count) is var end && end > nameEnd
            ? Description(text, tokens, article, end)
            : null;

    /// <summary>A lower-case word that a capitalised word before it may modify ("England captain", "Obama administration"): no link, filler or verb.</summary>
    private static bool IsModifiedNoun(Token token) =>
        token is { IsWord: true, IsCapitalized: false } && !WordLists.Fillers.Contains(token.Text) && !WordLists.Prepositions.Contains(token.Text)
        && !WordLists.ClauseBoundaries.Contains(token.Text) && !WordLists.Determiners.Contains(token.Text) && !SpeechVerbs.IsSpeechVerb(token.Text) && !LooksLikeVerb(token);

    private static bool EndsWithName(List<Token> tokens, int from, int to) =>
        NameSpans(tokens, from, to, includeComplements: true) is { Count: > 0 } names && names[names.Count - 1].End == to;

    private static bool IsCapitalizedArticle(Token token) => token.Text is "Le" or "La" or "Les" or "L'" or "L’" or "The";

    private static bool IsPressTitleAfterArticle(List<Token> tokens, int i, int from) =>
        i > from && tokens[i - 1].Text is "Le" or "La" or "Les" && WordLists.FrenchPressTitles.Contains(tokens[i].Text);

    /// <summary>
    /// "Mardi, le ministre a dit", "the minister said Tuesday": a time word before the verb is no part of
    /// the subject, unless a "du"/"de" complement makes it part of a name ("Le Journal du dimanche affirme").
    /// </summary>
    private static bool IsTimeBeforeVerb(List<Token> tokens, int from, int at) =>
        WordLists.TimeWords.Contains(tokens[at].Text) && !(at > from && tokens[at - 1].Lower is "du" or "de");

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
        // that opens on a given name is one person's: "Jean Marie Le Pen", "Mary Ann Evans".)
        if (span.End - span.Start < 3 || IsGivenName(tokens[span.Start].Text)
            || !(IsComplement(tokens, span.Start) || (span.Start > 0 && tokens[span.Start - 1] is { IsWord: true, IsCapitalized: false })))
        {
            return null;
        }

        for (var k = span.Start + 1; k <= span.End - 2; k++)
        {
            if (IsGivenName(tokens[k].Text))
            {
                return k;
            }
        }

        return null;
    }

    private static bool IsGivenName(string word) => GivenNames.Masculine.Contains(word) || GivenNames.Feminine.Contains(word);

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
            if (tokens[i].IsCapitalized && !PersonNames.IsTitle(tokens[i].Text) && !WordLists.Titles.Contains(tokens[i].Text))
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
            // ("le Professeur Mark Sullivan": a title opening the name makes it a person, not a complement.)
            var complement = i > from && IsComplement(tokens, i) && !WordLists.Titles.Contains(t);
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
        && tokens[k - 1] is { IsWord: true } noun && !WordLists.Determiners.Contains(noun.Text) && !noun.Text.EndsWith("ly", System.StringComparison.Ordinal)
        && !WordLists.Fillers.Contains(noun.Text);

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
        written.EndsWith("'s", System.StringComparison.Ordinal) || written.EndsWith("’s", System.StringComparison.Ordinal);

    /// <summary>"Trump's" → "Trump": the owner's name without the possessive mark.</summary>
    public static string WithoutPossessive(string written) => IsPossessive(written) ? written.Substring(0, written.Length - 2) : written;

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
            else if (t is "," || (WordLists.Fillers.Contains(t) && t is not ("a" or "A")) || WordLists.TimeWords.Contains(t))
            {
                j++;
            }
            else if ((t is "de" or "d’" or "d'" or "pour") && j + 1 < n && tokens[j + 1].Lower is "son" or "sa" or "ses" or "leur" or "leurs" or "part" or "côté")
            {
                j += 3; // "de son côté", "pour sa part"
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

        // "rectifiera t-il": an inversion whose hyphen before the "t" was lost.
        if (tokens[j].Lower is "t-il" or "t-elle" or "t-ils" or "t-elles")
        {
            return new Cue(SpeakerKind.Pronoun, tokens[j].Text.Substring(2), null);
        }

        // "un porte-parole de Donald Trump": the name is the description's complement; the description speaks.
        if (ComplementNames.Find(text, tokens, j, n) is { } described)
        {
            return described;
        }

        // "former US Ambassador to the United Nations Nikki Haley", "the International Monetary Fund":
        // a chain of capitalised words, titles and links up to the end of the incise names its last
        // full name; what comes before it is the role.
        var chained = LastNameOfChain(text, tokens, j, n);
        if (chained is not null)
        {
            return chained;
        }

        // "said the International Monetary Fund": a determiner before a name is part of the name's phrase.
        if (WordLists.Determiners.Contains(tokens[j].Text) && j + 1 < n && IsNameStart(tokens, j + 1))
        {
            var orgEnd = NameEnd(tokens, j + 1, n);

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

            // "Valiant Entertainment editor Heather Antos": an organisation, a role noun, then the person. ("Center for Biological
            // Diversity scientist Tierra Curry", "University of Kansas ecologist Chip Taylor": the organisation's name runs on
            // over "for"/"of" after its head noun.)
            var organisationEnd = end;
            while (organisationEnd + 1 < n && tokens[organisationEnd].Lower is "for" or "of" && PersonNames.IsOrganisationWord(tokens[organisationEnd - 1].Text)
                && IsNameStart(tokens, organisationEnd + 1))
            {
                organisationEnd = NameEnd(tokens, organisationEnd + 1, n);
            }

            for (var roleEnd = organisationEnd + 1; roleEnd <= organisationEnd + 2 && roleEnd < n; roleEnd++)
            {
                if (!IsRoleNoun(tokens[roleEnd - 1]))
                {
                    break;
                }

                if (IsNameStart(tokens, roleEnd))
                {
                    var personEnd = NameEnd(tokens, roleEnd, n);
                    return new Cue(SpeakerKind.Name, Slice(text, tokens, roleEnd, personEnd), Slice(text, tokens, nameStart, roleEnd));
                }
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

        // ("said lead author Dr David Livermore": a title may stand between the description and the name.)
        var next = SkipTitles(tokens, k < n && tokens[k].Text == "," ? k + 1 : k, n);
        if (next < n && IsNameStart(tokens, next))
        {
            var end = NameEnd(tokens, next, n);
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

        var spans = NameSpans(tokens, from, to - 1, includeComplements: true, includePossessives: true);
        foreach (var (start, end) in spans)
        {
            if (IsPossessive(tokens[end - 1].Text))
            {
                return new Cue(SpeakerKind.Name, WithoutPossessive(Slice(text, tokens, start, end)), null);
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

    /// <summary>A name right after a marker ("selon X", "according to X"), or the description there.</summary>
    public static Cue? AfterMarker(string text, List<Token> tokens, int j)
    {
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

        var end = j;
        while (end < tokens.Count && !EndsPhrase(tokens[end]))
        {
            end++;
        }

        var subject = end > j ? Subject(text, tokens, j, end) : null;

        // "Selon le président du comité d'organisation, Christophe Borgel, « … »": the name in apposition, also
        // after a description too long to be read as a speaker alone ("la tête de liste de l'union de la gauche à Marseille").
        if ((subject is { Kind: SpeakerKind.Description } || (subject is null && end > j && !tokens[j].IsCapitalized)) && end + 1 < tokens.Count && tokens[end].Text == "," && IsNameStart(tokens, end + 1))
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

    // "sa directrice artistique, Delphine Maurel,": up to four lower-case words after the possessive, a comma, a name
    // closed by a comma or a mark; the role is the words without the possessive.
    private static Cue? NameAfterPossessiveRole(string text, List<Token> tokens, int possessive)
    {
        var k = possessive + 1;
        while (k < tokens.Count && k - possessive <= 4 && tokens[k] is { IsWord: true, IsCapitalized: false })
        {
            k++;
        }

        if (k == possessive + 1 || k + 1 >= tokens.Count || tokens[k].Text != "," || !IsNameStart(tokens, k + 1))
        {
            return null;
        }

        var end = NameEnd(tokens, k + 1, tokens.Count);
        return end - (k + 1) >= 2 && (end == tokens.Count || EndsPhrase(tokens[end]))
            ? new Cue(SpeakerKind.Name, Slice(text, tokens, k + 1, end), Slice(text, tokens, possessive + 1, k))
            : null;
    }

    /// <summary>A name of two or more tokens starting at <paramref name="start"/>, for the article's name index.</summary>
    public static int NameEnd(List<Token> tokens, int start, int to)
    {
        // An acronym (ONU, AFP, BBC) is a name on its own: "l’ONU Staffan de Mistura" is two names. (A sports club's
        // prefix is not: "l'AS Plabennec", "le FC Nantes", "OGC Nice".)
        if (IsAcronym(tokens[start]))
        {
            if (WordLists.ClubPrefixes.Contains(tokens[start].Text) && start + 1 < to && tokens[start + 1].IsCapitalized && IsNameWord(tokens[start + 1]))
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

            if (IsSurnameMonth(tokens, end))
            {
                end++; // "Theresa May", "Brian May": a month word after a name, with no day after it, is a surname
                continue;
            }

            // (Every name ends here, mostly on a verb or a mark: the particle is looked up once, and only in a word short enough.)
            if (!IsNameParticle(tokens[end].Text))
            {
                break;
            }

            if (end + 1 < to && IsNameWord(tokens[end + 1]) && !IsAcronym(tokens[end + 1]))
            {
                end += 2; // Staffan de Mistura, Marine Le Pen, Bruno Le Maire, Vincent van Gogh
            }
            else if (end + 2 < to && IsNameParticle(tokens[end + 1].Text) && IsNameWord(tokens[end + 2]) && !IsAcronym(tokens[end + 2]))
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
            if (word.Lower is "de" or "des" or "du" or "d'" or "d’" or "pour" or "la" or "l'" or "l’" or "les")
            {
                k++; // a complement's link: continues only if a noun follows
                continue;
            }

            if (!word.IsWord || WordLists.Fillers.Contains(word.Text) || WordLists.ClauseBoundaries.Contains(word.Text) || WordLists.TimeWords.Contains(word.Text)
                || WordLists.Prepositions.Contains(word.Text) || WordLists.Determiners.Contains(word.Text) || SpeechVerbs.IsSpeechVerb(word.Text)
                || IsAcronym(word) || (word.IsCapitalized && IsGivenName(word.Text) && k + 1 < to && tokens[k + 1].IsCapitalized))
            {
                break; // ("la présidente du Rassemblement national Marine Le Pen": a given name and a capital open the person.)
            }

            k++;
            end = k;
        }

        return end > start + 1 ? end : null;
    }

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

        return (IsNameWord(token) && !IsTitle(tokens, i) && !IsIntroductoryWord(tokens, i) && !IsLoneLetter(tokens, i)) || IsParticleAfterTitle(tokens, i);
    }

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
        && !tokens[i].IsCapitalized && WordLists.NameParticles.Contains(tokens[i].Text) && IsTitle(tokens, i - 1) && IsNameWord(tokens[i + 1]) && !IsTitle(tokens, i + 1);

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
        // an adverb or preposition of time or quantity, not a name.
        if (next.Text.Length > 0 && char.IsDigit(next.Text[0]))
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
            || WordLists.Interjections.Contains(tokens[i].Text)))
        {
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
            return (i + 2 == tokens.Count || IsNameWord(tokens[i + 2]) || WordLists.Pronouns.Contains(tokens[i + 2].Text)) && Participles.IsShaped(tokens[i].Text);
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

        // "Revenant lundi sur cet échange, elle a …", "Speaking Monday to reporters, he …": a participle before a time word.
        if (WordLists.TimeWords.Contains(next.Text) && (tokens[i].Text.EndsWith("ant", System.StringComparison.Ordinal) || tokens[i].Text.EndsWith("ing", System.StringComparison.Ordinal)))
        {
            return true;
        }

        return next.Lower is not ("a" or "an")
            && (WordLists.Determiners.Contains(next.Text) || next.Lower is "que" or "qu’" or "qu'" or "qu" or "that" || WordLists.Prepositions.Contains(next.Text));
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
    private static bool IsNameWord(Token token) =>
        token.IsWord && (token.IsCapitalized || IsParticleJoined(token.Text)) && !char.IsDigit(token.Text[0])
        && (!WordLists.NotNames.Contains(token.Text) || IsAcronym(token)) && !IsAge(token.Text) && !IsCompoundAdjective(token.Text);

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

        // (Asked of every capitalised word: compared in place, with no copy of the tail.)
        if (word.EndsWith("ed", System.StringComparison.Ordinal) || word.EndsWith("ing", System.StringComparison.Ordinal))
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
    private static int WithoutOwner(List<Token> tokens, int start, int to) =>
        start + 1 < to && tokens[start].IsCapitalized && IsPossessive(tokens[start].Text) ? start + 1 : start;

    /// <summary>
    /// The name at <paramref name="nameStart"/> is an affiliation of the subject ("Lucy Fischer of The
    /// Times told", "el-Sisi of Egypt said"), not the subject itself.
    /// </summary>
    private static bool IsAffiliation(List<Token> tokens, int from, int nameStart)
    {
        // Back over a determiner and up to three lower-case words: "of worldwide victim group Ending Clergy Abuse".
        var i = nameStart - 1;
        var words = 0;
        while (i >= from && (WordLists.Determiners.Contains(tokens[i].Text) || (tokens[i].IsWord && !tokens[i].IsCapitalized && !WordLists.NounLinks.Contains(tokens[i].Text) && !WordLists.Prepositions.Contains(tokens[i].Text) && ++words <= 3)))
        {
            i--;
        }

        return i >= from && tokens[i].Lower is "of" or "de" or "du" or "des" or "d’" or "d'" or "from" or "at" or "to" && i > from;
    }

    private static Cue? LastNameOfChain(string text, List<Token> tokens, int j, int n)
    {
        var end = j;
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

        if (spans.Count < 2 || spans[spans.Count - 1].End != end)
        {
            return null;
        }

        var last = spans[spans.Count - 1];

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

    private static int SkipParenthesis(List<Token> tokens, int j)
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
        while (j < tokens.Count && words < 2 && tokens[j].IsWord && !tokens[j].IsCapitalized && !WordLists.Determiners.Contains(tokens[j].Text))
        {
            j++;
            words++;
        }

        return j;
    }

    /// <summary>
    /// Where the person starts in a chain of capitalised words after a preposition that runs an outlet
    /// and the person together, else <paramref name="start"/>: "a confié à France Info Jacques Witkowski"
    /// (four words or more: the last two); with three, only when the chain ends its clause or an
    /// apposition follows ("affirme au Monde Michel Crépu, le directeur …", "a expliqué à Ouest-France
    /// Jean Martin, président de …"; not "a déclaré au New York Times le ministre").
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

        return words >= 4 || (words == 3 && endsClause) ? personStart : start;
    }

    /// <summary>
    /// "la demande de", "une note", "his reply": after a determiner the word is a noun. Not after an
    /// object pronoun, which French writes the same: "il la qualifie de « … »", "qui les juge",
    /// "Télérama le qualifiant « … »".
    /// </summary>
    public static bool AfterDeterminer(List<Token> tokens, int v) =>
        v > 0 && WordLists.Determiners.Contains(tokens[v - 1].Text) && tokens[v - 1].Lower != "a" // French "a indiqué" is the auxiliary
        && !IsAcronym(tokens[v - 1]) // "the UN said": an organisation, not the French "un"
        && !(v > 1 && (WordLists.Pronouns.Contains(tokens[v - 2].Text) || tokens[v - 2].IsCapitalized
            || tokens[v - 2].Lower is "qui" or "on" or "ne" or "n’" or "n'" or "je" or "nous" or "vous"));

    /// <summary>The end of a description: determiner, nouns, adjectives, and "de …"/"of …" complements.</summary>
    private static int DescriptionEnd(List<Token> tokens, int j, int n)
    {
        var k = j;
        var count = 0;
        while (k < n && count < MaxDescriptionTokens)
        {
            var t = tokens[k];
            var afterLink = k > j && (WordLists.NounLinks.Contains(tokens[k - 1].Text) || WordLists.Determiners.Contains(tokens[k - 1].Text));
            if (!t.IsWord && t.Text != "’")
            {
                break;
            }

            if (t.IsCapitalized && k > j && !afterLink)
            {
                break; // the name the description introduces
            }

            // "l'avocate de Kevin Marchal, Me Julie Ferrand": a name after a link, closed by the comma of an apposition, is
            // the complement's, whole. (Without that comma, "le ministre de l'Économie Bruno Le Maire", the name after
            // the complement's noun is the person's, read by the caller.)
            if (t.IsCapitalized && k > j && IsNameStart(tokens, k) && NameEnd(tokens, k, n) is var complementEnd && complementEnd + 1 < n
                && tokens[complementEnd].Text == "," && (IsNameStart(tokens, complementEnd + 1) || IsTitle(tokens, complementEnd + 1)))
            {
                k = complementEnd;
                break;
            }

            // ("l'accusé", "the report": after a determiner a speech verb's form is a noun. "a rétorqué l'ex-ministre mardi":
            // a time word after the noun is the incise's, not the description's; "l'édition du soir" keeps it after a link.)
            if (k > j && ((WordLists.Prepositions.Contains(t.Text) && !WordLists.NounLinks.Contains(t.Text)) || WordLists.ClauseBoundaries.Contains(t.Text)
                || (WordLists.TimeWords.Contains(t.Text) && !afterLink)
                || (SpeechVerbs.IsSpeechVerb(t.Text) && !AfterDeterminer(tokens, k))))
            {
                break;
            }

            k++;
            count++;
        }

        return k;
    }

    private static Cue? Description(string text, List<Token> tokens, int from, int to)
    {
        var start = from;
        for (var i = to - 1; i >= from; i--)
        {
            // ("la chambre de Commerce et d'industrie de Paris": "et" before a complement joins two complements of one noun.)
            if (tokens[i].Lower is "et" or "and" or "ou" or "or" && i + 1 < to && i > from && tokens[i + 1].Lower is "de" or "d'" or "d’" or "du" or "des" or "of")
            {
                continue;
            }

            if (WordLists.ClauseBoundaries.Contains(tokens[i].Text) || tokens[i].Text is "," or ";" or ":" or "(" or ")")
            {
                start = i + 1;
                break;
            }
        }

        while (start < to && (WordLists.Prepositions.Contains(tokens[start].Text) || WordLists.TimeWords.Contains(tokens[start].Text)))
        {
            start++; // "with the army", "day he": the words before the subject are not part of it
        }

        // "», s'est réjoui le maire, qui a salué « … »": an inverted reflexive verb before the subject.
        if (start < to && tokens[start].Lower is "s'" or "s’" or "se")
        {
            start++;
            while (start < to && (WordLists.Fillers.Contains(tokens[start].Text) || SpeechVerbs.IsSpeechVerb(tokens[start].Text) || Participles.IsShaped(tokens[start].Text)))
            {
                start++;
            }
        }

        // "Les autorités ont par la suite confirmé": the subject ends at its auxiliary.
        for (var i = start + 2; i < to; i++)
        {
            // (English "a" is an article: "the head of a group" goes on.)
            var previous = tokens[i - 1];
            // ("nombre de manifestants se trouvant sur le parcours": a reflexive verb or a relative ends it too.)
            var auxiliary = WordLists.SubjectEndingAuxiliaries.Contains(tokens[i].Text) || tokens[i].Lower is "is" or "are" or "se" or "s’" or "s'" or "qui" or "who"
                || tokens[i].Lower is "might" or "may" or "could" or "would" or "should" or "will" or "can" or "must" // "some publishers might start saying"
                || (tokens[i].Lower == "a" && !WordLists.Prepositions.Contains(previous.Text) && !WordLists.NounLinks.Contains(previous.Text) && previous.Lower is not ("as" or "is" or "was"));
            if (auxiliary)
            {
                to = i;
                break;
            }
        }

        if (to - start is <= 0 or > MaxDescriptionTokens)
        {
            return null;
        }

        if (WordLists.Pronouns.Contains(tokens[to - 1].Text))
        {
            return new Cue(SpeakerKind.Pronoun, tokens[to - 1].Text, null);
        }

        var hasNoun = false;
        for (var i = start; i < to; i++)
        {
            hasNoun |= tokens[i].IsWord && !WordLists.Determiners.Contains(tokens[i].Text) && !WordLists.Fillers.Contains(tokens[i].Text) && !WordLists.NotNames.Contains(tokens[i].Text);
        }

        if (!hasNoun)
        {
            return null;
        }

        // "le communiqué de l’armée" speaks for the army.
        var head = start;
        while (head < to && WordLists.Determiners.Contains(tokens[head].Text))
        {
            head++;
        }

        if (head + 2 < to + 1 && head + 1 < to && WordLists.StatementNouns.Contains(tokens[head].Text) && tokens[head + 1].Text is "de" or "d’" or "d'" or "du" or "des" or "of" or "from")
        {
            var owner = head + 2;
            var ownerEnd = owner;
            while (ownerEnd < to && WordLists.Determiners.Contains(tokens[ownerEnd].Text))
            {
                ownerEnd++;
            }

            if (ownerEnd < to)
            {
                var nameEnd = IsNameWord(tokens[ownerEnd]) ? NameEnd(tokens, ownerEnd, to) : ownerEnd + 1;
                var kind = IsNameWord(tokens[ownerEnd]) && owner == ownerEnd ? SpeakerKind.Name : SpeakerKind.Description;
                return new Cue(kind, Slice(text, tokens, owner, nameEnd), null);
            }
        }

        // "La déclaration explique", "the statement said": a statement with no owner names nobody; the
        // quote may continue whoever issued it.
        if (head < to && head == to - 1 && WordLists.StatementNouns.Contains(tokens[head].Text))
        {
            return null;
        }

        // "prohiber les rémunérations", "il possédait deux montres", "avait autrefois servi", "invité à
        // l'Élysée": a verb phrase is no description of a speaker. A description opens with a
        // determiner, a capital or a noun ("officials", "police").
        if (!tokens[start].IsCapitalized && !WordLists.Determiners.Contains(tokens[start].Text) && LooksLikeVerb(tokens[start]))
        {
            return null;
        }

        // "sa production n'ayant jamais", "le ministre de la santé doit": a participle of "avoir" or
        // "être", a modal or a negation make a clause, not a description.
        if (HasVerbMarker(tokens, start, to))
        {
            return null;
        }

        // "actually to", "far to", "placed further emphasis on": a phrase ending on a preposition is cut from a
        // clause, no description of a speaker.
        if (WordLists.Prepositions.Contains(tokens[to - 1].Text) && !tokens[to - 1].IsCapitalized)
        {
            return null;
        }

        // "ironiquement", "reportedly": an adverb alone is no description.
        if (to - start == 1 && !tokens[start].IsCapitalized
            && (tokens[start].Text.EndsWith("ment", System.StringComparison.Ordinal) || tokens[start].Text.EndsWith("ly", System.StringComparison.Ordinal)))
        {
            return null;
        }

        return new Cue(SpeakerKind.Description, Slice(text, tokens, start, to), null);
    }

    private static bool HasVerbMarker(List<Token> tokens, int start, int to)
    {
        for (var i = start; i < to; i++)
        {
            if (tokens[i].Lower is "ayant" or "étant" or "doit" or "doivent" or "peut" or "peuvent" or "ne" or "n’" or "n'")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role written before a name: "Le ministre des affaires étrangères français," → "ministre des affaires étrangères français".</summary>
    private static string? Role(string text, List<Token> tokens, int from, int nameStart)
    {
        var end = nameStart;
        while (end > from && tokens[end - 1].Text is "," or "—" or "–")
        {
            end--;
        }

        var start = end;
        while (start > from && tokens[start - 1].Text is not ("," or ";" or ":" or "(" or ")" or "—" or "–") && !WordLists.ClauseBoundaries.Contains(tokens[start - 1].Text) && !char.IsDigit(tokens[start - 1].Text[0]))
        {
            start--;
        }

        if (end - start is <= 0 or > MaxDescriptionTokens + 4)
        {
            return null;
        }

        // "Asked about the decision, Biden said", "Interrogé par l'AFP, X": an opening phrase before a comma is
        // no role ("Le ministre …, Jean-Marc Ayrault" is; "First Minister of Scotland Nicola Sturgeon" has no comma).
        // ("Responding to the criticism, X", "Réagissant à la décision, X": a participle opening the phrase;
        // "Managing Director, X" is a role.)
        if (end < nameStart && (!WordLists.Determiners.Contains(tokens[start].Text) || (start + 1 < end && tokens[start + 1].Lower == "côté")) // "Du côté de l'opposition, X"
            && (WordLists.NotNames.Contains(tokens[start].Text) || WordLists.Prepositions.Contains(tokens[start].Text)
                || (start + 1 < end && !tokens[start + 1].IsCapitalized && tokens[start].Text.Length > 5
                    && (tokens[start].Text.EndsWith("ing", System.StringComparison.Ordinal) || tokens[start].Text.EndsWith("ant", System.StringComparison.Ordinal)))))
        {
            return null;
        }

        // "The next day on Twitter West", "On Monday West": a time phrase is no role.
        for (var k = start; k < end; k++)
        {
            if (TimeNouns.Contains(tokens[k].Text) || (WordLists.TimeWords.Contains(tokens[k].Text) && tokens[k].Lower is not ("dernier" or "dernière" or "last")))
            {
                return null;
            }
        }

        // "« … », said Liz Truss, adding that she would « … »": the second quote's clause opens on the first
        // quote's incise, whose verb is no role ("juge", a verb too, is a title).
        var verb = start + 1 < end && tokens[start].Lower is "a" or "avait" or "has" or "had" ? start + 1 : start; // "a déclaré Jean Dupont"
        if (!tokens[verb].IsCapitalized && SpeechVerbs.IsSpeechVerb(tokens[verb].Text) && !PersonNames.IsTitle(tokens[verb].Text))
        {
            return null;
        }

        return StripDeterminer(text, tokens, start, end);
    }

    /// <summary>The apposition after a name: "John Kerry, le secrétaire d’Etat américain," → "secrétaire d’Etat américain".</summary>
    private static string? Apposition(string text, List<Token> tokens, int nameEnd)
    {
        if (nameEnd >= tokens.Count || tokens[nameEnd].Text != ",")
        {
            return null;
        }

        var start = nameEnd + 1;
        var end = start;
        while (end < tokens.Count && tokens[end].Text is not ("," or "." or ";" or "(" or ")") && !WordLists.ClauseBoundaries.Contains(tokens[end].Text) && end - start < MaxDescriptionTokens + 4)
        {
            end++;
        }

        // ("Maria Lopez, 54, said", "Jean Dupont, 45 ans, a expliqué": an age is no role; "Jean Dupont, avant de
        // quitter la salle": nor is a phrase that opens on a preposition; "said Liz Truss, adding that",
        // "Jean Dupont, ajoutant que": nor a speech verb's participle.)
        if (end == start || tokens[start].IsCapitalized && !WordLists.Determiners.Contains(tokens[start].Text) || char.IsDigit(tokens[start].Text[0])
            || WordLists.Prepositions.Contains(tokens[start].Text) || IsSpeechParticiple(tokens[start].Text))
        {
            return null;
        }

        return StripDeterminer(text, tokens, start, end);
    }

    private static bool IsSpeechParticiple(string word) => Participles.IsPresent(word) && SpeechVerbs.IsSpeechVerb(word);

    /// <summary>How many links an organisation's name may hold: "Centers for Disease Control and Prevention" has two.</summary>
    private const int MaxOrganisationLinks = 3;

    /// <summary>
    /// Where an organisation's name starts when the name at <paramref name="start"/> is the complement of its head
    /// noun: "Office for | National Statistics", "Committee on | Foreign Affairs", "Japan's Ministry of | Defense",
    /// "Centers for | Disease Control and | Prevention"; else <paramref name="start"/>. A link ("for", "on", "of")
    /// counts only after an organisation word; "and" only inside a name that such a link then opens.
    /// </summary>
    public static int OrganisationStart(List<Token> tokens, int start, int from)
    {
        var accepted = start;
        var s = start;
        for (var links = 0; links < MaxOrganisationLinks && s - 2 >= from && tokens[s - 1].Lower is "for" or "on" or "of" or "and"
            && tokens[s - 2] is { IsWord: true, IsCapitalized: true } && !WordLists.Determiners.Contains(tokens[s - 2].Text); links++)
        {
            var link = tokens[s - 1].Lower;
            var head = tokens[s - 2].Text;
            var run = s - 2;
            while (run - 1 >= from && tokens[run - 1] is { IsWord: true, IsCapitalized: true } && !WordLists.Determiners.Contains(tokens[run - 1].Text))
            {
                run--;
            }

            s = run;
            if (link != "and")
            {
                if (!PersonNames.IsOrganisationWord(head))
                {
                    break;
                }

                accepted = run;
            }
        }

        return accepted;
    }

    /// <summary>"Dr.", "le Dr", "Mrs": the words before a name are forms of address, with maybe a determiner.</summary>
    private static bool OnlyFormsOfAddress(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!WordLists.FormsOfAddress.Contains(tokens[i].Text) && !(i == from && WordLists.Determiners.Contains(tokens[i].Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/>, leading determiners and fillers left out; null when none is left.</summary>
    public static string? StripLeadingDeterminers(string text, List<Token> tokens, int start, int end) => StripDeterminer(text, tokens, start, end);

    private static string? StripDeterminer(string text, List<Token> tokens, int start, int end)
    {
        while (start < end && (WordLists.Determiners.Contains(tokens[start].Text) || WordLists.Fillers.Contains(tokens[start].Text)))
        {
            start++;
        }

        return start < end ? Slice(text, tokens, start, end) : null;
    }
}
