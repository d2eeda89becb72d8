using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

// The subjects that open sentences and clauses (after introductions, asides, connectives) and the lead-ins before a colon.
internal static partial class CueRules
{
    /// <summary>
    /// The person opening the sentence, for a long fragment woven into it with no speech verb:
    /// "she looked at the role as a "chance to face my demons"" → she; "Jean Dupont voit là « une
    /// occasion de tout recommencer »" → Jean Dupont. Only a pronoun or a name, never a description.
    /// </summary>
    public static Cue? SentenceOpener(string text, List<Token> tokens)
    {
        // ("Sarah Lindon, who manages the project for the council, had a simple message: "…"": the aside is no opener.)
        tokens = NounPhrases.WithoutRelativeAside(tokens);
        // ("But Jane Doe was not convinced.", "Mais Marie Martin n'est pas convaincue.": past the connectives that open it.)
        var first = tokens.FindIndex(AfterConnectives(tokens), t => t.IsWord && !WordLists.Fillers.Contains(t.Text) && !WordLists.TimeWords.Contains(t.Text));
        if (first < 0)
        {
            return null;
        }

        // ("THE HAGUE — Finance Minister Sander Vos on Tuesday presented …", "BRUXELLES, 6 juin (AFP) - Les ministres …": an
        // agency's dateline, a place in capitals up to a dash, is no part of the sentence.)
        first = AfterDateline(tokens, first);

        // "Comme à son habitude, prise pendant la campagne, Donald Trump a profité …": introductory
        // phrases before commas are skipped, two at most.
        for (var skipped = 0; skipped < 2 && (IsIntroduction(tokens, first) || IsTimeOpening(tokens, first)); skipped++)
        {
            var comma = tokens.FindIndex(first, System.Math.Min(12, tokens.Count - first), t => t.Text == ",");
            if (comma < 0 || comma + 1 >= tokens.Count)
            {
                break;
            }

            first = comma + 1;
        }

        // "le candidat du PS, Benoît Hamon, veut « … »": a description, then the name in apposition.
        if (WordLists.Determiners.Contains(tokens[first].Text) && first + 2 < tokens.Count)
        {
            var comma = tokens.FindIndex(first + 1, System.Math.Min(8, tokens.Count - first - 1), t => t.Text == ",");
            if (comma > 0 && comma + 1 < tokens.Count && NounPhrases.IsNameStart(tokens, comma + 1))
            {
                var nameEnd = NounPhrases.NameEnd(tokens, comma + 1, tokens.Count);
                if (nameEnd + 1 < tokens.Count && tokens[nameEnd].Text == "," && tokens[nameEnd + 1] is { IsWord: true, IsCapitalized: false })
                {
                    return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, comma + 1, nameEnd), NounPhrases.Slice(text, tokens, first, comma));
                }
            }
        }

        if (WordLists.Pronouns.Contains(tokens[first].Text) && tokens[first].Lower is not ("lui" or "him" or "her" or "them" or "eux"))
        {
            return new Cue(SpeakerKind.Pronoun, tokens[first].Text, null);
        }

        // "Le cycliste Théo Massart n'en revenait pas", "La viticultrice Agnès Royer raconte", "The farmer John Hale lost": a
        // definite determiner and one or two role nouns, then the person. ("Samedi soir, l'entraîneur Frédéric Mallet a été
        // clair", "After the defeat, coach Frank Mallet was blunt": elided, or with no determiner after an opening phrase.)
        var roleStart = tokens[first].Lower is "le" or "la" or "l'" or "l’" or "the" ? first + 1
            : first > 0 && tokens[first - 1].Text == "," && tokens[first].Lower is not ("l'" or "l’") ? first
            : -1;
        if (roleStart > 0 && roleStart + 1 < tokens.Count && NounPhrases.IsRoleNoun(tokens[roleStart]))
        {
            var named = NounPhrases.IsRoleNoun(tokens[roleStart + 1]) && roleStart + 2 < tokens.Count ? roleStart + 2 : roleStart + 1;
            if (NounPhrases.IsNameStart(tokens, named) && NounPhrases.NameEnd(tokens, named, tokens.Count) - named >= 2)
            {
                first = named;
            }
        }

        // "Vice President of Taxpayers for Common Sense, Steve Ellis, offered his explanation": a capitalised title and its
        // organisation, then the person in apposition.
        if (tokens[first].IsCapitalized && PersonNames.IsAnyTitle(tokens[first].Text) && TitleChainEnd(tokens, first + 1) is var titleEnd
            && titleEnd + 2 < tokens.Count && tokens[titleEnd].Text == "," && NounPhrases.IsNameStart(tokens, titleEnd + 1))
        {
            var apposedEnd = NounPhrases.NameEnd(tokens, titleEnd + 1, tokens.Count);
            if (apposedEnd - titleEnd - 1 >= 2 && apposedEnd + 1 < tokens.Count && tokens[apposedEnd].Text == "," && tokens[apposedEnd + 1] is { IsWord: true, IsCapitalized: false })
            {
                return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, titleEnd + 1, apposedEnd), NounPhrases.Slice(text, tokens, first, titleEnd));
            }
        }

        // "President Yayi said he and President Bush discussed …": titles before the name are no part of it.
        var titled = first;
        while (titled + 1 < tokens.Count && tokens[titled].IsCapitalized && PersonNames.IsAnyTitle(tokens[titled].Text) && !NounPhrases.IsNameStart(tokens, titled))
        {
            titled++;
        }

        if (titled > first && NounPhrases.IsNameStart(tokens, titled))
        {
            first = titled;
        }

        if (!NounPhrases.IsNameStart(tokens, first))
        {
            return null;
        }

        var end = NounPhrases.NameEnd(tokens, first, tokens.Count);

        // "U.S. Senator John Cornyn, Republican from Texas, issued a statement": a place's acronym, capitalised titles, then
        // the person.
        var afterTitles = end;
        while (afterTitles + 1 < tokens.Count && tokens[afterTitles].IsCapitalized && PersonNames.IsAnyTitle(tokens[afterTitles].Text))
        {
            afterTitles++;
        }

        if (afterTitles > end && NounPhrases.IsAcronym(tokens[first]) && end == first + 1 && NounPhrases.IsNameStart(tokens, afterTitles))
        {
            first = afterTitles;
            end = NounPhrases.NameEnd(tokens, first, tokens.Count);
        }

        // "Labour Party leader Jeremy Corbyn called the move a "…"": an organisation, a role, then the person.
        // (An organisation's name has two words at least; "Pelosi called Trump's conduct" has a verb there.)
        if (end - first >= 2 && end + 1 < tokens.Count && NounPhrases.IsRoleNoun(tokens[end]) && !tokens[end].Text.EndsWith("ed", System.StringComparison.Ordinal)
            && NounPhrases.IsNameStart(tokens, end + 1))
        {
            first = end + 1;
            end = NounPhrases.NameEnd(tokens, first, tokens.Count);
        }

        // "Comic artist Jenn St-Onge told of …": a capitalised first word, role nouns, then the person.
        if (end - first == 1 && first == 0)
        {
            var person = end;
            while (person < tokens.Count && person - end < 3 && NounPhrases.IsRoleNoun(tokens[person]) && !tokens[person].Text.EndsWith("ed", System.StringComparison.Ordinal))
            {
                person++;
            }

            // ("Marine biologist Dr. Hannah Moss has been monitoring …": a title between the role and the person.)
            if (person > end && person + 1 < tokens.Count && tokens[person].IsCapitalized && PersonNames.IsAnyTitle(tokens[person].Text) && !NounPhrases.IsNameStart(tokens, person))
            {
                person++;
            }

            if (person > end && person < tokens.Count && NounPhrases.IsNameStart(tokens, person))
            {
                first = person;
                end = NounPhrases.NameEnd(tokens, first, tokens.Count);
            }
        }

        // "Jenn St-Onge (Nancy Drew, Jem and the Misfits) told …": the verb comes after the aside.
        var verb = end;
        if (verb < tokens.Count && tokens[verb].Text == "(")
        {
            var close = tokens.FindIndex(verb, t => t.Text == ")");
            verb = close < 0 ? tokens.Count : close + 1;
        }

        // "Romain Degeer, un pilote belge présent sur les lieux, avait tenté …": the verb comes after the apposition.
        // ("John Cornyn, Republican from Texas, issued …": an apposition may open on a capitalised word before a lower-case one.)
        if (verb + 1 < tokens.Count && tokens[verb].Text == "," && tokens[verb + 1].IsWord)
        {
            var close = tokens.FindIndex(verb + 1, System.Math.Min(15, tokens.Count - verb - 1), t => t.Text == ",");
            if (!tokens[verb + 1].IsCapitalized)
            {
                // ("Patrick Hickey, an Irish member of the IOC agreed.": an apposition left unclosed runs to the first English
                // past, the verb.)
                verb = close >= 0 ? close + 1 : UnclosedAppositionVerb(tokens, verb + 2) ?? tokens.Count;
            }
            else if (close > verb + 2 && tokens[verb + 2] is { IsWord: true, IsCapitalized: false }) // not a list of names, "…, Alain Juppé et …"
            {
                verb = close + 1;
            }
        }

        // ("Finance Minister Sander Vos on Tuesday presented a budget", "Jean Dupont mardi soir a annoncé": a time phrase between
        // the name and its verb.)
        while (verb + 1 < tokens.Count && (WordLists.TimeWords.Contains(tokens[verb].Text)
            || (tokens[verb].Lower is "on" or "last" or "this" && WordLists.TimeWords.Contains(tokens[verb + 1].Text))))
        {
            verb++;
        }

        // Nothing after the name ("… Grivik "…""): no verb, no cue. (A default Token has no text.)
        return verb < tokens.Count && tokens[verb] is { IsWord: true, IsCapitalized: false } next && !WordLists.Prepositions.Contains(next.Text)
            ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, first, end), null)
            : null;
    }

    // "the Bramley Road car park": English "car" after a word is a noun, not French "car" (because), which follows a comma or
    // opens the clause.
    internal static bool IsCarTheNoun(List<Token> tokens, int i) =>
        tokens[i].Lower == "car" && i > 0 && tokens[i - 1].IsWord;

    /// <summary>
    /// Past a dateline opening at <paramref name="first"/>: a word in capitals, then, within 12 tokens, a dash, with nothing
    /// before it but words in capitals, numbers, months, marks and a parenthesis ("(AFP)"); else <paramref name="first"/>.
    /// </summary>
    private static int AfterDateline(List<Token> tokens, int first)
    {
        if (tokens[first] is not { IsWord: true } place || place.Text.Length < 2 || !IsAllCapitals(place.Text))
        {
            return first;
        }

        var depth = 0;
        for (var k = first + 1; k < tokens.Count - 1 && k <= first + 12; k++)
        {
            var text = tokens[k].Text;
            if (text is "—" or "–" or "-")
            {
                return k + 1;
            }

            depth += text == "(" ? 1 : text == ")" ? -1 : 0;
            if (depth == 0 && tokens[k].IsWord && !IsAllCapitals(text) && !char.IsDigit(text[0]) && !DateParser.IsMonth(text))
            {
                return first; // "EU leaders - including …": a lower-case word, no dateline
            }
        }

        return first;

        static bool IsAllCapitals(string word)
        {
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The first lower-case English past (by its shape) within 15 tokens from <paramref name="from"/>, else null.</summary>
    private static int? UnclosedAppositionVerb(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 15; k++)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }

            if (tokens[k] is { IsCapitalized: false } word && NounPhrases.LooksLikePast(word))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>How a backward scan for the comma opening an aside reads the commas it meets.</summary>
    private enum AsideCommas
    {
        /// <summary>The first comma opens the aside: "The report, published by Amnesty International, described".</summary>
        First,

        /// <summary>
        /// The first comma followed by "who"/"qui"; the commas before it are the aside's own: "José Mourinho, qui a dépensé …,
        /// pour signer …, a déclaré".
        /// </summary>
        BeforeRelative,

        /// <summary>
        /// The first comma, only when "who"/"qui" follows it and a word of the aside stands before the verb; brackets end the
        /// scan too: "Alain Bouillard, who is in charge of BEA's recovery effort said".
        /// </summary>
        FirstIfBeforeRelative,
    }

    /// <summary>
    /// The comma that opens an aside ending before <paramref name="end"/> (the comma closing it, or the verb of an aside left
    /// unclosed), looking back at most <paramref name="reach"/> tokens within the sentence; null when there is none.
    /// </summary>
    private static int? AsideOpening(List<Token> tokens, int end, int reach, AsideCommas commas)
    {
        for (var k = end - 2; k >= 1 && k >= end - reach; k--)
        {
            var word = tokens[k].Text;
            if (word is "." or ";" or ":" or "«" or "»" or "“" or "”" or "\"" || (commas == AsideCommas.FirstIfBeforeRelative && word is "(" or ")"))
            {
                return null;
            }

            if (word != ",")
            {
                continue;
            }

            var relative = tokens[k + 1].Lower is "who" or "qui";
            if (commas == AsideCommas.First || (relative && commas == AsideCommas.BeforeRelative))
            {
                return k;
            }

            if (commas == AsideCommas.FirstIfBeforeRelative)
            {
                return relative && k + 2 < end ? k : null; // ("…, who said": the relative's own verb, read elsewhere)
            }
        }

        return null;
    }

    private static bool HasClauseBoundary(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (WordLists.ClauseBoundaries.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Ce mercredi,", "Cette semaine,", "This week,", "Last Friday,": a time phrase opening the sentence.</summary>
    private static bool IsTimeOpening(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].Lower is "ce" or "cette" or "this" or "last" or "next"
        && (WordLists.TimeWords.Contains(tokens[i + 1].Text) || tokens[i + 1].Lower is "semaine" or "mois" or "année" or "month" or "year");

    /// <summary>A word that opens an introductory phrase, not the subject: a preposition, an adverb, a participle.</summary>
    private static bool IsIntroduction(List<Token> tokens, int i) =>
        !WordLists.Determiners.Contains(tokens[i].Text) && !WordLists.Pronouns.Contains(tokens[i].Text) && !NounPhrases.IsNameStart(tokens, i)
        && (WordLists.NotNames.Contains(tokens[i].Text) || WordLists.Prepositions.Contains(tokens[i].Text) || !tokens[i].IsCapitalized);

    /// <summary>
    /// "statement from the king:", "a message by the coach:": a statement noun, "from" or "by", and
    /// the phrase after it running to the colon that opens the quote (or to a copula, "The reply from X was short:"): that
    /// phrase, else null. (Not "de": "un communiqué de presse laconique :" names no author; only an answer's noun takes "de"
    /// before a name, "La réponse de Jean Dupont est sans appel :".)
    /// </summary>
    private static Cue? AuthorOfStatementBeforeColon(string text, List<Token> tokens)
    {
        var colon = tokens.Count - 1;
        if (colon < 3 || tokens[colon].Text != ":")
        {
            return null;
        }

        // (Up to 20 words back: "The message from Kathryn Ellis, director of children's services at Marford County Council, was
        // clear:", the author's apposition between them.)
        for (var k = System.Math.Max(0, colon - 20); k + 2 < colon; k++)
        {
            // ("The reply from John Smith was short:", "La réponse de Jean Dupont est sans appel :": an answer's noun too, and
            // French "de" before a name, which no press release's "de presse" is.)
            var isAnswer = tokens[k].Lower is "reply" or "response" or "answer" or "réponse" or "riposte";
            if ((WordLists.StatementNouns.Contains(tokens[k].Text) || isAnswer) && !tokens[k].IsCapitalized
                && (tokens[k + 1].Lower is "from" or "by" || (isAnswer && tokens[k + 1].Lower is "de" or "d'" or "d’" && NounPhrases.IsNameStart(tokens, k + 2))))
            {
                // ("A statement from the club read:": the statement's own verb before the colon is no part of its author; nor is what
                // the answer was, "was short", "est sans appel".)
                var copula = tokens.FindIndex(k + 3, colon - k - 3, t => t.Lower is "was" or "is" or "est" or "fut" or "était");
                var authorEnd = copula > 0 ? copula
                    : tokens[colon - 1].Lower is "read" or "reads" or "said" or "says" or "stated" or "states" or "added" or "continued" ? colon - 1 : colon;
                var author = authorEnd > k + 2 ? NounPhrases.AfterMarker(text, authorEnd == colon ? tokens : tokens.GetRange(0, authorEnd), k + 2) : null;
                return author is { Kind: SpeakerKind.Name or SpeakerKind.Description } ? author : null;
            }
        }

        return null;
    }

    // "Cynthia Fleury, psychanalyste et philosophe a affirmé": "et"/"and" between two lower-case nouns of an apposition right
    // after a name and its comma joins them; the clause goes on to the name.
    private static bool JoinsTwoRoles(List<Token> tokens, int conjunction) =>
        tokens[conjunction].Lower is "et" or "and" && conjunction >= 3 && conjunction + 1 < tokens.Count
        && NounPhrases.IsRoleNoun(tokens[conjunction - 1]) && NounPhrases.IsRoleNoun(tokens[conjunction + 1])
        && tokens[conjunction - 2].Text == "," && tokens[conjunction - 3] is { IsWord: true, IsCapitalized: true };

    /// <summary>
    /// "Jair Bolsonaro opposed Macron's statement: "…"": the statement's owner is the object of a verb that answers it,
    /// and the words after the colon are the answer, the subject's; the rules after this one read that subject.
    /// </summary>
    private static bool AnswersStatement(List<Token> tokens, int ownerStart) =>
        (ownerStart >= 2 && tokens[ownerStart - 1].Lower is "opposed" or "rejected" or "criticised" or "criticized" or "dismissed" or "slammed"
            or "condemned" or "denounced" or "mocked" or "disputed" or "contested" or "challenged" or "ridiculed" or "questioned"
        && tokens[ownerStart - 2].IsWord)
        // ("Miliband responded to Fallon's comments: "…"": what someone responds to is the other's statement.)
        || (ownerStart >= 3 && tokens[ownerStart - 1].Lower == "to" && tokens[ownerStart - 2].Lower is "responded" or "responding" or "reacted"
            or "reacting" or "replied" or "replying" or "response" or "reply" or "reaction" && tokens[ownerStart - 3].IsWord);

    // "The Department of Health and Human Services said": "and" between capitalised words of the complement an organisation's
    // head noun opens with "of"/"for" is inside its name, no new clause. (Not after a person: "Jane Smith of Marks and
    // Spencer" measured worse on held-out.)
    private static bool JoinsOrganisationComplement(List<Token> tokens, int conjunction)
    {
        if (tokens[conjunction].Lower is not ("and" or "&") || conjunction < 3 || conjunction + 1 >= tokens.Count || !tokens[conjunction + 1].IsCapitalized
            || !tokens[conjunction - 1].IsCapitalized)
        {
            return false;
        }

        var k = conjunction - 1;
        while (k > 0 && tokens[k].IsCapitalized && tokens[k].IsWord)
        {
            k--;
        }

        return tokens[k].Lower is "of" or "for" && k >= 1 && PersonNames.IsOrganisationWord(tokens[k - 1].Text);
    }

    // "Greyfield and Ashby NHS Trust said", "Le syndicat Terre et Travail réclame": "and"/"et" inside one organisation's name is no
    // clause boundary. Whether it is inside is the name reader's to say (NounPhrases.NameEnd, from the capitalised words before
    // the conjunction), so the clause and the name are read alike.
    private static bool JoinsOrganisationName(List<Token> tokens, int conjunction)
    {
        if (tokens[conjunction].Lower is not ("and" or "et") || conjunction < 1 || tokens[conjunction - 1] is not { IsWord: true, IsCapitalized: true })
        {
            return false;
        }

        var start = conjunction - 1;
        while (start > 0 && tokens[start - 1] is { IsWord: true, IsCapitalized: true })
        {
            start--;
        }

        return NounPhrases.NameEnd(tokens, start, tokens.Count) > conjunction + 1;
    }

    // "Matthew Ingram of The Globe and Mail said", "Jane Doe of Marks and Spencer said": "and" before one last capitalised word,
    // inside the name of a person's affiliation ("of", "at" or "from" after the person), closes that name; it opens no clause.
    // (Not "John Smith of Leeds and Jane Doe said": two words after it may be a second person.)
    private static bool JoinsAffiliationName(List<Token> tokens, int conjunction)
    {
        if (tokens[conjunction].Lower != "and" || conjunction < 4 || conjunction + 2 >= tokens.Count
            || tokens[conjunction + 1] is not { IsWord: true, IsCapitalized: true } || tokens[conjunction + 2] is { IsWord: true, IsCapitalized: true }
            || tokens[conjunction - 1] is not { IsWord: true, IsCapitalized: true })
        {
            return false;
        }

        var k = conjunction - 1;
        while (k > 0 && tokens[k - 1] is { IsWord: true, IsCapitalized: true } && !WordLists.Determiners.Contains(tokens[k - 1].Text))
        {
            k--;
        }

        if (k > 0 && WordLists.Determiners.Contains(tokens[k - 1].Text))
        {
            k--; // "of The Globe"
        }

        return k >= 2 && tokens[k - 1].Lower is "of" or "at" or "from" && tokens[k - 2] is { IsWord: true, IsCapitalized: true };
    }

    /// <summary>"les ont agité", "l'a dit", "leur avait lancé": an object pronoun, then an auxiliary, before <paramref name="end"/>.</summary>
    private static bool OpensOnObjectPronounAndAuxiliary(List<Token> tokens, int clause, int end) =>
        clause + 1 < end && tokens[clause].Lower is "les" or "la" or "le" or "l'" or "l’" or "lui" or "leur" or "nous" or "vous"
        && tokens[clause + 1].Lower is "a" or "ont" or "avait" or "avaient" or "est" or "sont" or "était" or "étaient" or "aura" or "auront";

    /// <summary>
    /// "The attack came hours after Ehud Olmert said that …": "after", "before", "since" or "until" after a lower-case word of
    /// the clause before, opening a clause of its own up to the speech verb at <paramref name="verb"/> (a subject of four words
    /// at most that opens on a capital or a determiner, with no comma, pronoun or auxiliary: the quotes are cut out of the
    /// tokens) subordinates it (not "After the meeting, the minister said", which opens the sentence, nor "after three terms
    /// of being PM": "terms" is no verb there).
    /// </summary>
    private static bool OpensTimeClause(List<Token> tokens, int k, int verb) =>
        k >= 1 && tokens[k].Lower is "after" or "before" or "since" or "until" && tokens[k - 1] is { IsWord: true, IsCapitalized: false }
        && verb - k >= 2 && verb - k <= 5 && verb < tokens.Count && SpeechVerbs.IsLowerCaseForm(tokens[verb])
        && (tokens[k + 1].IsCapitalized || WordLists.Determiners.Contains(tokens[k + 1].Text))
        && tokens.FindIndex(k + 1, verb - k - 1, t => !t.IsWord || WordLists.Pronouns.Contains(t.Text) || WordLists.Fillers.Contains(t.Text)) < 0;

    /// <summary>Where the clause holding the token at <paramref name="index"/> starts: after que/that/and/who… or ; : ( ).</summary>
    private static int ClauseStart(List<Token> tokens, int index)
    {
        var start = index;
        while (start > 0 && (!WordLists.ClauseBoundaries.Contains(tokens[start - 1].Text) || IsCarTheNoun(tokens, start - 1) || JoinsTwoRoles(tokens, start - 1) || JoinsOrganisationComplement(tokens, start - 1)
            || JoinsOrganisationName(tokens, start - 1) || JoinsAffiliationName(tokens, start - 1))
            && tokens[start - 1].Text is not (";" or ":" or "(") && !OpensTimeClause(tokens, start - 1, index))
        {
            // "Senator Ted Cruz (R-Texas) said": a short parenthesis is skipped whole; another closes the clause.
            if (tokens[start - 1].Text == ")")
            {
                var open = tokens.FindLastIndex(start - 1, System.Math.Min(start, 16), t => t.Text == "(");
                if (open < 0)
                {
                    break;
                }

                start = open;
                continue;
            }

            start--;
        }

        return start;
    }

    /// <summary>Where a title's complement ends: "of Taxpayers for Common Sense" after "Vice President" (links and capitalised words).</summary>
    private static int TitleChainEnd(List<Token> tokens, int end)
    {
        while (end < tokens.Count && tokens[end].IsWord && (tokens[end].IsCapitalized || WordLists.NounLinks.Contains(tokens[end].Text)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The subject opening the sentence, up to its first verb: "L’armée a indiqué … et a dit" → "L’armée";
    /// after an introductory phrase and its comma ("In a video posted online, the group claimed …").
    /// </summary>
    private static Cue? SentenceSubject(string text, List<Token> tokens)
    {
        var start = 0;
        if (tokens.Count > 0 && tokens[0].IsWord && IsIntroduction(tokens, 0) && !OpensOnCount(tokens))
        {
            var comma = tokens.FindIndex(0, System.Math.Min(12, tokens.Count), t => t.Text == ",");
            start = comma > 0 ? comma + 1 : 0;
        }

        for (var k = start; k < tokens.Count; k++)
        {
            // ("The Pacific Tsunami Warning Center reported …, saying": a capitalised "Warning" is part of a name, no verb.)
            // ("Conventional doctors are not so convinced …, considering that "…"": "are" and "were" end a subject as "is" does.)
            if (tokens[k].Lower is "a" or "avait" or "ont" or "has" or "had" or "have" or "was" or "is" or "are" or "were" or "est" || SpeechVerbs.IsLowerCaseForm(tokens[k])
                || NounPhrases.IsPastAfterNoun(tokens, start, k) || IsPresentAfterName(tokens, start, k))
            {
                if (k == start)
                {
                    return null;
                }

                // ("Several members immediately posted": the adverb before the verb is no part of the subject.)
                var end = tokens[k - 1].Text.EndsWith("ly", System.StringComparison.Ordinal) && NounPhrases.IsPastAfterNoun(tokens, start, k) ? k - 1 : k;
                return NounPhrases.Subject(text, tokens, start, end) ?? LeadingName(text, tokens, end);
            }
        }

        return null;
    }

    /// <summary>
    /// "Globewriter applauds the contribution of Senator Corinne Baptiste-McKnight, saying": a lower-case word in -s right
    /// after a capitalised word and before a determiner, "that" or "to" is a verb in the present, whose subject ends there.
    /// </summary>
    private static bool IsPresentAfterName(List<Token> tokens, int start, int k) =>
        k > start && k + 1 < tokens.Count && tokens[k] is { IsWord: true, IsCapitalized: false } verb && verb.Text.Length > 3
        && WordLists.EndsAsPlural(verb.Text) && !verb.Text.EndsWith("us", System.StringComparison.Ordinal) && !verb.Text.EndsWith("is", System.StringComparison.Ordinal)
        && tokens[k - 1] is { IsWord: true, IsCapitalized: true } && !NounPhrases.IsPossessive(tokens[k - 1].Text)
        && (WordLists.Determiners.Contains(tokens[k + 1].Text) || tokens[k + 1].Lower is "that" or "to");

    /// <summary>
    /// "One attendee said …", "Two officials told …": a count and a lower-case noun open the subject; a count of time
    /// ("One day, …", "Deux ans plus tard, …") opens an introduction.
    /// </summary>
    private static bool OpensOnCount(List<Token> tokens) =>
        tokens.Count > 2 && (WordLists.IsCount(tokens[0].Text) || IsQuantifiedPlural(tokens)) && tokens[1] is { IsWord: true, IsCapitalized: false } noun
        && !WordLists.TimeSpans.Contains(noun.Text) && !WordLists.TimeWords.Contains(noun.Text) && !WordLists.NotNames.Contains(noun.Text);

    // "Several members immediately posted …, complaining": a quantifier and a plural noun open the subject as a count does
    // ("Many times, …" and "Most importantly, …" do not: no plural noun).
    private static bool IsQuantifiedPlural(List<Token> tokens) =>
        tokens[0].Lower is "several" or "many" or "some" or "few" or "both" && tokens[1].Text.Length > 3 && WordLists.EndsAsPlural(tokens[1].Text)
        && tokens[1].Lower != "times";

    /// <summary>
    /// "The State Department gave its … and said …": a name opening the sentence, right before a
    /// lower-case word (its verb, which need not be a speech verb), is the subject of the verbs it coordinates.
    /// </summary>
    private static Cue? LeadingName(string text, List<Token> tokens, int end)
    {
        var start = tokens.Count > 0 && WordLists.Determiners.Contains(tokens[0].Text) ? 1 : 0;
        if (start < end && !NounPhrases.IsNameStart(tokens, start))
        {
            // "One of these groups, the Syrian Democratic Forces (SDF), opposed … and said": a short noun
            // phrase, then the name in apposition between commas; the name is the subject.
            var comma = tokens.FindIndex(start, System.Math.Min(6, end - start), t => t.Text == ",");
            start = comma > 0 && comma + 1 < end && WordLists.Determiners.Contains(tokens[comma + 1].Text) ? comma + 2 : comma + 1;
            if (comma <= 0 || start >= end || !NounPhrases.IsNameStart(tokens, start))
            {
                return null;
            }

            var apposedEnd = NounPhrases.NameEnd(tokens, start, end);
            var after = apposedEnd < end && tokens[apposedEnd].Text == "(" ? tokens.FindIndex(apposedEnd, System.Math.Min(5, end - apposedEnd), t => t.Text == ")") + 1 : apposedEnd;
            return after > 0 && after + 1 < end && tokens[after].Text == "," && tokens[after + 1] is { IsWord: true, IsCapitalized: false }
                ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, start, apposedEnd), null)
                : null;
        }

        if (start >= end)
        {
            return null;
        }

        var nameEnd = NounPhrases.NameEnd(tokens, start, end);
        return nameEnd < end && tokens[nameEnd].IsWord && !tokens[nameEnd].IsCapitalized
            ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, start, nameEnd), null)
            : null;
    }

    /// <summary>
    /// The comma, within <see cref="IncisePatience"/> words after the clause opening at <paramref name="opening"/>,
    /// that a lower-case speech verb and then a capitalised word follow ("…, répond encore Moscovici"); null when
    /// a sentence end, a colon or a quote mark comes first.
    /// </summary>
    private static int? InvertedInciseAfterClause(List<Token> tokens, int opening)
    {
        var limit = System.Math.Min(tokens.Count - 2, opening + IncisePatience);
        for (var k = opening + 1; k < limit; k++)
        {
            if (tokens[k].Text is "." or ";" or ":" or "«" or "»" or "“" or "”" or "\"")
            {
                return null;
            }

            if (tokens[k].Text != "," || !SpeechVerbs.IsLowerCaseForm(tokens[k + 1]))
            {
                continue;
            }

            var subject = k + 2;
            while (subject < tokens.Count && WordLists.Fillers.Contains(tokens[subject].Text))
            {
                subject++;
            }

            return subject < tokens.Count && tokens[subject].IsCapitalized ? k : null;
        }

        return null;
    }

    /// <summary>
    /// A French past participle after a form of "être" ("sera annoncé", "a été annoncé", "est dite"), past any
    /// filler word, with no reflexive pronoun before it ("s'est dit" is no passive).
    /// </summary>
    private static bool IsFrenchPassive(List<Token> tokens, int clause, int v)
    {
        if (!Participles.EndsLikeFrenchPast(tokens[v].Text))
        {
            return false;
        }

        var k = v - 1;
        while (k > clause && tokens[k].Lower is "déjà" or "aussi" or "également" or "ensuite" or "bien" or "alors" or "notamment")
        {
            k--;
        }

        return k > clause && tokens[k].Lower is "sera" or "seront" or "serait" or "seraient" or "est" or "sont" or "était" or "étaient" or "été" or "fut"
            && tokens[k - 1].Lower is not ("s'" or "s’" or "se" or "me" or "m'" or "m’" or "nous" or "vous");
    }

    /// <summary>
    /// An English participle of a characterising verb after a form of "be" ("is widely regarded as", "was described
    /// as", "has been called"): a passive, whose subject is who is characterised, not who speaks.
    /// </summary>
    private static bool IsEnglishCharacterisingPassive(List<Token> tokens, int clause, int v)
    {
        if (tokens[v].Lower is not ("regarded" or "deemed" or "dubbed" or "labeled" or "labelled" or "branded" or "termed" or "described" or "called"
            or "hailed" or "dismissed" or "criticized" or "criticised" or "praised" or "denounced" or "slammed" or "accused" or "characterized" or "characterised"))
        {
            return false;
        }

        var k = v - 1;
        while (k > clause && tokens[k].Lower is "widely" or "often" or "also" or "sometimes" or "frequently" or "long" or "once" or "since" or "repeatedly")
        {
            k--;
        }

        return k >= clause && WordLists.IsEnglishFormOfBe(tokens[k].Lower);
    }

    /// <summary>
    /// The issuer of the statement that opens at <paramref name="determiner"/> after "reads": the phrase after its
    /// "from"/"of"/"by" ("the statement from the union"), else the name inside it ("an AEW press release"); null
    /// when no statement noun comes within four words, or it names no issuer.
    /// </summary>
    private static Cue? IssuerOfStatementThatReads(string text, List<Token> tokens, int determiner)
    {
        if (determiner >= tokens.Count || !WordLists.Determiners.Contains(tokens[determiner].Text))
        {
            return null;
        }

        for (var noun = determiner + 1; noun < tokens.Count && noun <= determiner + 4 && tokens[noun].IsWord; noun++)
        {
            if (!WordLists.StatementNouns.Contains(tokens[noun].Text))
            {
                continue;
            }

            if (noun + 2 < tokens.Count && tokens[noun + 1].Lower is "from" or "of" or "by")
            {
                return NounPhrases.AfterVerb(text, tokens, noun + 2);
            }

            // ("read a statement released by the Interior Ministry": a participle may credit it.)
            if (noun + 3 < tokens.Count && Participles.IsPast(tokens[noun + 1].Lower) && tokens[noun + 2].Lower == "by")
            {
                return NounPhrases.AfterVerb(text, tokens, noun + 3);
            }

            var name = tokens.FindIndex(determiner + 1, noun - determiner - 1, t => t.IsCapitalized);
            if (name < 0)
            {
                return null;
            }

            var end = name;
            while (end < noun && tokens[end].IsCapitalized)
            {
                end++;
            }

            return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, name, end), null);
        }

        return null;
    }

    /// <summary>
    /// Where the noun phrase that ends right before <paramref name="end"/> starts, when a determiner opens
    /// it within three lower-case words ("ces manifestants", "the angry protesters"); else null.
    /// </summary>
    private static int? DeterminedPhraseBefore(List<Token> tokens, int end)
    {
        for (var k = end - 1; k >= 0 && k >= end - 4; k--)
        {
            // Not a gerund ("de le gifler en criant"), nor a phrase that a preposition or a verb cuts.
            if (tokens[k] is not { IsWord: true, IsCapitalized: false } word || word.Lower is "en" or "de" or "d'" or "d’" or "of"
                || WordLists.Prepositions.Contains(word.Text) || WordLists.Fillers.Contains(word.Text) || SpeechVerbs.IsSpeechVerb(word.Text))
            {
                return null;
            }

            if (k < end - 1 && WordLists.Determiners.Contains(tokens[k].Text))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the nearest verb before <paramref name="end"/>: an inverted pronoun
    /// ("précise-t-il"), else the subject of the sentence's first verb ("Il maintient …").
    /// </summary>
    private static Cue? SubjectOfPreviousVerb(string text, List<Token> tokens, int end)
    {
        for (var k = end - 1; k >= 0; k--)
        {
            if (InvertedPronoun(tokens, k) is { } pronoun)
            {
                return new Cue(SpeakerKind.Pronoun, pronoun, null);
            }
        }

        // "Conditions are worse than ever, the watchdog said on Tuesday, calling the jail "…"": a reporting clause set after the
        // words it reports, right before the participle's comma, has the participle's subject.
        if (ReportingClauseBefore(text, tokens, end) is { } reporter)
        {
            return reporter;
        }

        // "She singled out Pryce, describing his contribution as "…"": a sentence that opens on a subject pronoun and its verb
        // has that pronoun for the participle's subject, not the name its verb governs.
        if (end > 2 && tokens[0].Lower is "he" or "she" or "il" or "elle" && tokens[1] is { IsWord: true, IsCapitalized: false } && !WordLists.Pronouns.Contains(tokens[1].Text))
        {
            return new Cue(SpeakerKind.Pronoun, tokens[0].Text, null);
        }

        // ("Trop de canons à neige : la Cour des comptes étrille …, estimant que « … »": a label before a colon is no clause; the
        // sentence's subject is after it.)
        var colon = end > 0 ? tokens.FindLastIndex(end - 1, end, t => t.Text == ":") : -1;
        if (colon > 0 && colon + 2 < end)
        {
            tokens = tokens.GetRange(colon + 1, tokens.Count - colon - 1);
            end -= colon + 1;
        }

        // A description only when it reads as one: "Une source proche de l'enquête affirme".
        // ("…," said one attendee, adding "…": after the quote before, the subject follows its verb.)
        var subject = SentenceSubject(text, tokens)
            ?? (end > 1 && SpeechVerbs.IsLowerCaseForm(tokens[0]) && !Participles.IsPresent(tokens[0].Text) ? NounPhrases.AfterVerb(text, tokens.GetRange(0, end), 1) : null);
        return subject is { Kind: SpeakerKind.Name or SpeakerKind.Pronoun } || (subject is { Kind: SpeakerKind.Description } && OpensOnDeterminer(subject.Text))
            ? subject
            : null;
    }

    /// <summary>
    /// ", the watchdog said on Tuesday" / ", Martin Colquhoun said" before the comma at <paramref name="end"/>: after the comma
    /// before it, a subject, a speech verb in a past or present tense, at most four words more; the subject, else null.
    /// </summary>
    private static Cue? ReportingClauseBefore(string text, List<Token> tokens, int end)
    {
        // (Nothing before a participle that opens the clause: FindLastIndex would be asked to start at -1, and throw.)
        if (end < 1)
        {
            return null;
        }

        var comma = tokens.FindLastIndex(end - 1, System.Math.Min(end, 12), t => t.Text is "," or ";" or ":");
        if (comma < 1)
        {
            return null;
        }

        for (var v = comma + 2; v < end; v++)
        {
            if (tokens[v] is { IsWord: true, IsCapitalized: false } verb && SpeechVerbs.IsLowerCaseForm(verb) && !Participles.IsPresent(verb.Text)
                && end - v <= 5 && !tokens.GetRange(v + 1, end - v - 1).Exists(t => t.Text is "that" or "que" or "qu'" or "qu’" or "\"" or "«" or "“"))
            {
                return NounPhrases.Subject(text, tokens, comma + 1, v) is { Kind: SpeakerKind.Name or SpeakerKind.Description or SpeakerKind.Pronoun } subject
                    && (subject.Kind != SpeakerKind.Description || OpensOnDeterminer(subject.Text)) ? subject : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a description opens as one: on a determiner or a count ("The group", "Two officials"), on a plural noun of
    /// people ("Residents of the town") or on a capitalised adjective ("Conventional doctors", "Local residents").
    /// </summary>
    private static bool OpensOnDeterminer(string phrase)
    {
        var space = phrase.IndexOfAny(Separators.Spaces);
        var first = space < 0 ? phrase : phrase.Substring(0, space);
        return WordLists.Determiners.Contains(first) || WordLists.IsCount(first) || (first.Length > 2 && first[1] is '\'' or '’' && WordLists.Determiners.Contains(first.Substring(0, 2)))
            || (space > 0 && (WordLists.PeopleNouns.Contains(first) || (first.Length >= 4 && NounPhrases.IsAdjectiveShaped(first) && !GivenNames.Contains(first))));
    }

    /// <summary>
    /// "Bruce Toussaint répète les propos tenus par le Gilet jaune Eric Drouet : « … »", "read the remarks made
    /// by the mayor: "…"": words a participle credits to someone, right before the colon, are that agent's
    /// (whatever speech verb the sentence's subject has).
    /// </summary>
    private static Cue? AgentOfStatementBeforeColon(string text, List<Token> tokens)
    {
        var colon = tokens.Count - 1;
        if (colon < 4 || tokens[colon].Text != ":")
        {
            return null;
        }

        for (var k = System.Math.Max(0, colon - 12); k + 3 < colon; k++)
        {
            if (WordLists.StatementNouns.Contains(tokens[k].Text) && tokens[k + 2].Lower is "par" or "by"
                && (Participles.IsPast(tokens[k + 1].Text) || tokens[k + 1].Lower is "made" or "given" or "tenu" or "tenus" or "tenue" or "tenues"))
            {
                // ("l'archevêque de Paris, Michel Aupetit, a expliqué l'appel lancé par la Conférence des évêques … : « … »": a
                // subject that explains or comments on the statement speaks; one that repeats or reads it gives its words.)
                return SpeaksAboutBefore(tokens, k) ? null : NounPhrases.AfterVerb(text, tokens.GetRange(0, colon), k + 3);
            }
        }

        return null;
    }

    /// <summary>Verbs that give someone else's words as they were: "répète les propos tenus par X", "read the remarks made by X".</summary>
    private static readonly WordSet ReproducingVerbs = new(new[]
    {
        "répète", "répété", "répétait", "cite", "cité", "citait", "lit", "lu", "lisait", "relaie", "relayé", "reprend", "repris", "reprenait", "rapporte", "rapporté",
        "read", "reads", "repeated", "repeats", "quoted", "quotes", "cited", "cites", "shared", "shares", "relayed", "relays", "posted", "posts",
    });

    // A speech verb before the statement noun at k that is not one of those: its subject speaks about the statement.
    private static bool SpeaksAboutBefore(List<Token> tokens, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (SpeechVerbs.IsLowerCaseForm(tokens[j]) && !ReproducingVerbs.Contains(tokens[j].Text) && !Participles.IsPresent(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Les députés veulent … limiter « le risque d’impayés pour les commerçants »", "Le préfet du Pas-de-Calais a
    /// interdit « … »": a definite description opening the sentence, up to an auxiliary or modal within six
    /// words, is the subject a long woven fragment belongs to when nothing else names one and the sentence
    /// has no speech verb before the fragment (a speaker of its own elsewhere in the sentence).
    /// </summary>
    public static Cue? DescriptionOpener(string text, List<Token> tokens)
    {
        var first = AfterConnectives(tokens);
        if (tokens.Exists(SpeechVerbs.IsLowerCaseForm) || first + 1 >= tokens.Count || tokens[first].Lower is not ("le" or "la" or "les" or "l'" or "l’" or "the") || !tokens[first + 1].IsWord || tokens[first + 1].IsCapitalized)
        {
            return null;
        }

        for (var k = first + 2; k < tokens.Count && k <= first + 7; k++)
        {
            if (!tokens[k].IsWord || WordLists.ClauseBoundaries.Contains(tokens[k].Text))
            {
                return null;
            }

            if (WordLists.SubjectVerbs.Contains(tokens[k].Text))
            {
                return new Cue(SpeakerKind.Description, NounPhrases.Slice(text, tokens, first, k), null);
            }
        }

        return null;
    }

    /// <summary>
    /// "… sont décrits comme « … » par une voisine, qui a ajouté": the agent of a passive right before the relative
    /// pronoun is its antecedent (a determiner and up to three lower-case words after "par"/"by"), else null.
    /// </summary>
    private static Cue? AgentBefore(string text, List<Token> tokens, int start, int end)
    {
        for (var k = end - 2; k > start && k >= end - 5; k--)
        {
            if (tokens[k - 1].Lower is "par" or "by" && WordLists.Determiners.Contains(tokens[k].Text) && AllLowerCaseWords(tokens, k + 1, end))
            {
                return new Cue(SpeakerKind.Description, NounPhrases.Slice(text, tokens, k, end), null);
            }
        }

        return null;
    }

    private static bool AllLowerCaseWords(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord || tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the statement noun closing a lead-in is: right before the colon, or up to three lower-case words before it
    /// ("un communiqué de presse laconique :", "a statement on Monday:" is left out: "Monday" is capitalised); else null.
    /// </summary>
    private static int? StatementNounBeforeColon(List<Token> tokens, int colon)
    {
        for (var k = colon - 1; k >= 3 && k >= colon - 4; k--)
        {
            if (WordLists.StatementNouns.Contains(tokens[k].Text))
            {
                return k;
            }

            if (tokens[k] is not { IsWord: true, IsCapitalized: false } || SpeechVerbs.IsSpeechVerb(tokens[k].Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"L’appel de Hollande … : « … »", "Obama: 'We will…'".</summary>
    private static Cue? BeforeColon(string text, List<Token> tokens, int colon)
    {
        // "The family released a statement: "…"", "Le syndicat a publié un communiqué : « … »": whoever issued it.
        // ("avait adressé un communiqué de presse laconique :": the noun may have a complement or an adjective after it.)
        if (StatementNounBeforeColon(tokens, colon) is int statement && IssuerOfStatementAt(text, tokens, statement) is { } issuer)
        {
            return issuer;
        }

        for (var k = 0; k + 2 < colon; k++)
        {
            // ("a consacré un post d'Instagram à Neymar :": after an indefinite article the name is where it was posted.)
            if (WordLists.StatementNouns.Contains(tokens[k].Text) && tokens[k + 1].Lower is "de" or "d’" or "d'" or "of" or "du" && NounPhrases.IsNameStart(tokens, k + 2)
                && !(k > 0 && tokens[k - 1].Lower is "un" or "une" or "a" or "an"))
            {
                var end = NounPhrases.NameEnd(tokens, k + 2, colon);
                return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, k + 2, end), null);
            }
        }

        if (colon is > 0 and <= 5 && NounPhrases.IsNameStart(tokens, 0) && NounPhrases.NameEnd(tokens, 0, colon) == colon)
        {
            return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, 0, colon), null);
        }

        // "He provided Wikinews with the text of a message he sent to AIP vice chairman Mark Seidenberg: …": a
        // subject pronoun opening the lead-in speaks; the names after it are its objects. (Not an impersonal
        // "il": "Il y a deux ans, …", "Il faut …", "Il est clair que …".)
        if (colon > 2 && tokens[0].Lower is "he" or "she" or "they" or "il" or "elle" or "ils" or "elles" && tokens[1] is { IsWord: true, IsCapitalized: false }
            && !(tokens[0].Lower == "il" && (tokens[1].Lower is "y" or "faut" or "est" or "était" or "semble" or "paraît" or "s'" or "s’" or "suffit" or "reste" or "convient" or "importe"
                || (tokens[1].Lower is "n'" or "n’" or "ne" && tokens[2].Lower is "y" or "faut"))))
        {
            return new Cue(SpeakerKind.Pronoun, tokens[0].Text, null);
        }

        // "Former CIA deputy director Michael Morell praised Mendez on Twitter: …": the sentence's subject.
        var spans = NounPhrases.NameSpans(tokens, 0, colon);
        spans.RemoveAll(s => s.End - s.Start == 1 && NounPhrases.IsAcronym(tokens[s.Start]));
        var full = spans.FindIndex(s => s.End - s.Start > 1);
        if (full >= 0)
        {
            return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, spans[full].Start, spans[full].End), null);
        }

        // "Castaner, le ministre de l’Intérieur, a comptabilisé 10 000 manifestants : « … »": a lone name
        // followed by its apposition or its auxiliary is the sentence's subject.
        if (spans.Count > 0 && spans[0].End < colon
            && (tokens[spans[0].End].Text == "," || WordLists.FrenchAuxiliaries.Contains(tokens[spans[0].End].Text) || WordLists.SubjectEndingAuxiliaries.Contains(tokens[spans[0].End].Text)))
        {
            return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, spans[0].Start, spans[0].End), null);
        }

        return null;
    }
}
