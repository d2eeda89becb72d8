using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

// The cues before a quote in its sentence: source markers ("selon X", "according to X"), statements and their issuers, claims, inverted lead-ins.
internal static partial class CueRules
{
    /// <summary>
    /// How many tokens a "said that …" / "a confirmé qu’…" clause may run before the quote and still
    /// be its cue ("Les autorités ont confirmé qu'il s'agissait d'un « acte de terrorisme »"); past
    /// that, the quote belongs to something else in the clause. 14 measured on the dev corpus (6 lost
    /// speakers; 14 to 40 give the same).
    /// </summary>
    private const int ReportedClauseReach = 14;

    /// <summary>
    /// A cue before the quote, in its sentence: <c>selon X,</c> / <c>according to X,</c>, the subject of the
    /// nearest speech verb (<c>X a jugé …</c>, <c>X said:</c>), or <c>L’appel de X :</c> before a colon.
    /// </summary>
    public static Cue? Before(string text, List<Token> tokens)
    {
        if (QuotedAsSaying(text, tokens) is { } quoted)
        {
            return quoted;
        }

        if (InvertedInciseBeforeQuote(text, tokens) is { } insertedIncise)
        {
            return insertedIncise;
        }

        if (InciseInsideClause(text, tokens) is { } inciseInside)
        {
            return inciseInside;
        }

        Cue? source = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // ("Per the report, Pakistan was asked to stop "…"": "per" and a determiner opening the clause is "according to"; a
            // capitalised word after it may be a given name, "Per Mertesacker".)
            var markerEnd = SourceMarker(tokens, i) ?? ((tokens[i].Lower is "pour" or "for" && !IsForIdiom(tokens, i + 1) || IsPerDeterminer(tokens, i))
                && i <= AfterConnectives(tokens) ? i + 1 : (int?)null);
            if (markerEnd is int afterMarker)
            {
                if (WhatXSaid(text, tokens, afterMarker) is { } inverted)
                {
                    return inverted;
                }

                if (afterMarker < tokens.Count && IsRelativePronoun(tokens[afterMarker]))
                {
                    // "il avait retweeté un message selon lequel la France …": the message's issuer; another
                    // antecedent is left to the other rules.
                    if (IssuerOfStatementBefore(text, tokens, i) is { } issuer)
                    {
                        return issuer;
                    }

                    continue;
                }

                var cue = AfterMarker(text, tokens, afterMarker);
                if (cue is not null)
                {
                    // "According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said …": the outlet
                    // reported it; a speech verb of its own after the marker's comma names who spoke.
                    if (i == 0 && tokens[i].Lower is "according" or "selon" && HasSpeechVerbAfterComma(tokens, afterMarker))
                    {
                        source = cue;
                        break;
                    }

                    return cue;
                }
            }
        }

        // "citing the Chuck Jones quote that "…"", "Trump's statement: "…"": a name owning the statement
        // noun that introduces the quote.
        for (var k = System.Math.Max(1, tokens.Count - 3); k < tokens.Count; k++)
        {
            // (Not a capitalised one, a name's last word: "told the Washington Post, "…"".)
            if (WordLists.IsStatementNounItself(tokens[k].Text) && !tokens[k].IsCapitalized
                && k + 1 >= tokens.Count - 1 && (k + 1 == tokens.Count || tokens[k + 1].Text is "that" or ":" or "," or "que" or "qu’" or "qu'"))
            {
                if (NameEndingAt(tokens, k) is { } owner && !AnswersStatement(tokens, owner.Start) && !(k + 1 == tokens.Count && QuoteOpensWithVerb(text, tokens[k].End)))
                {
                    return OwnerCue(text, tokens, owner);
                }
            }
        }

        if ((OwnerOfStatementWithWordsAround(text, tokens) ?? OwnerOfJudgedReply(text, tokens)) is { } statementOwner)
        {
            return statementOwner;
        }

        if (RemarkCameFrom(text, tokens) is { } remarker)
        {
            return remarker;
        }

        // "The palace issued the following statement from the king: "…"": the statement's author, after
        // its noun, speaks.
        if (AuthorOfStatementBeforeColon(text, tokens) is { } author)
        {
            return author;
        }

        if (AgentOfStatementBeforeColon(text, tokens) is { } agentOfStatement)
        {
            return agentOfStatement;
        }

        if (InvertedLeadIn(text, tokens) is { } invertedLeadIn)
        {
            return invertedLeadIn;
        }

        if (AuthorOfClaimBeforeQue(text, tokens) is { } claimant)
        {
            return claimant;
        }

        var farReport = -1;
        for (var v = tokens.Count - 1; v >= 0; v--)
        {
            // "Ce chiffre a permis à la ministre Myriam El Khomri de déclarer que « … »", "The figures allowed Secretary Jane Doe
            // to declare that "…"": a speech verb's infinitive right after a name and its "de", "à" or "to" speaks for that name,
            // whoever the sentence's subject is. (An infinitive after anything else is no cue: "pour déclarer", "refuse de dire".)
            if (NameBeforeInfinitive(text, tokens, v) is { } infinitiveSpeaker)
            {
                return infinitiveSpeaker;
            }

            if (!IsVerb(tokens, v))
            {
                continue;
            }

            if (v + 1 < tokens.Count && tokens[v + 1].Text is "que" or "qu’" or "qu'" or "that" && tokens.Count - v > ReportedClauseReach)
            {
                farReport = farReport < 0 ? v : farReport;
                continue;
            }

            // "l'Élysée affirme que le Président … souhaitent « … »", "Le Canard enchaîné rapporte également que la
            // fille …, avait commencé « … »": a verb that speaks only when inverted in an incise ("souhaite-t-il")
            // is, inside a clause that a speech verb's "que" reports, what the report says; its source speaks.
            if (SpeechVerbs.IsInciseOnly(tokens[v].Text) && InvertedPronoun(tokens, v) is null && ReportingVerbBefore(tokens, v) is int reporting)
            {
                v = reporting + 1; // the loop's next verb is the reporting one
                continue;
            }

            // "« … », a-t-il dit, avant d'ajouter : « … »", "…, ajoute-t-elle, avant de préciser : « … »": an
            // inverted incise before the quote speaks for its pronoun ("avait-il déjà déclaré": past its fillers).
            var auxiliary = v - 1;
            while (auxiliary > 0 && WordLists.Fillers.Contains(tokens[auxiliary].Text))
            {
                auxiliary--;
            }

            if ((InvertedPronoun(tokens, v) ?? (auxiliary >= 0 ? InvertedPronoun(tokens, auxiliary) : null)) is { } invertedSubject and not "on")
            {
                return new Cue(SpeakerKind.Pronoun, invertedSubject, null);
            }

            // A passive: "described by Marine Bulletin as", "was told by X of", "cité par X". (Not a statement's participle
            // after a subject that speaks about it: "Michel Aupetit a expliqué l'appel lancé par la Conférence des évêques
            // … : « … »" is his explanation; the loop goes on to "a expliqué".)
            if (Agent(text, tokens, v) is { } agent)
            {
                if (IsQuestioningParticiple(tokens[v].Lower))
                {
                    continue;
                }

                if (v >= 1 && WordLists.StatementNouns.Contains(tokens[v - 1].Text) && SpeaksAboutBefore(tokens, v - 1))
                {
                    continue;
                }

                // "Édouard Philippe a affirmé que les mesures annoncées par le président lundi « vont coûter … »": a passive
                // inside a reported clause, before a quote that opens with a verb, describes the quote's subject; the
                // reporting verb's subject speaks.
                if (QuoteOpensWithVerb(text, tokens[tokens.Count - 1].End) && ReportingVerbBefore(tokens, v) is not null)
                {
                    continue;
                }

                return agent;
            }

            // "A spokesman said the new bills would be posted to households "…"": an English speech verb in the passive with no
            // agent says nothing of who speaks; the verb before it does.
            if (v >= 1 && WordLists.IsEnglishFormOfBe(tokens[v - 1].Lower) && Participles.IsPast(tokens[v].Text)
                && !(v + 1 < tokens.Count && tokens[v + 1].Lower == "as"))
            {
                continue;
            }

            // "Cette demande, jugée excessive, a été rejetée": a French participle opening an apposition, with
            // no agent, is an adjective of the noun before it, not a cue.
            if (v >= 1 && tokens[v - 1].Text == "," && Participles.EndsLikeFrenchPast(tokens[v].Text))
            {
                continue;
            }

            // "Comme l'a rappelé le Premier ministre, « … »", "Comme le dit Jean Dupont, « … »": after "comme"
            // the subject follows its verb.
            if (AfterComme(tokens, v) && NounPhrases.AfterVerb(text, tokens, v + 1) is { } asSaidBy)
            {
                return asSaidBy;
            }

            // "The two leaders issued a joint statement saying they were "…"": a participle right after a
            // statement noun speaks for whoever issued the statement (the subject of the verb before it).
            if (v >= 4 && Participles.IsPresent(tokens[v].Text) && WordLists.StatementNouns.Contains(tokens[v - 1].Text)
                && IssuerOfStatementAt(text, tokens, v - 1) is { } issuer)
            {
                return issuer;
            }

            // "…, with one local MP accusing its operators of "…"", "with Labour MP Sandra Kell calling it "…"": a present
            // participle whose subject "with" brings in speaks for that subject, not for the sentence's.
            if (Participles.IsPresent(tokens[v].Text) && SpeechVerbs.IsLowerCaseForm(tokens[v]) && WithSubjectStart(tokens, v) is int withSubject
                && NounPhrases.Subject(text, tokens, withSubject, v) is { Kind: SpeakerKind.Name or SpeakerKind.Description } withSpeaker)
            {
                // ("one local MP": a title alone is no name; the words before it describe someone unnamed.)
                return withSpeaker.Kind == SpeakerKind.Name && (PersonNames.IsAnyTitle(withSpeaker.Text) || WordLists.IsOfficeWord(withSpeaker.Text))
                    ? new Cue(SpeakerKind.Description, NounPhrases.Slice(text, tokens, withSubject, v), null)
                    : withSpeaker;
            }

            // "un concert de casseroles de la part de ces manifestants scandant « … »", "the protesters
            // chanting "…"": a present participle right after a noun phrase that a determiner opens speaks
            // for that phrase, not for the subject of the sentence; unless a speech verb comes before it in its
            // clause ("X explained the decision to ban the players saying "…"": X speaks).
            if (Participles.IsPresent(tokens[v].Text) && SpeechVerbs.IsLowerCaseForm(tokens[v]) && DeterminedPhraseBefore(tokens, v) is int phrase
                && NamesPeople(tokens[v - 1]) && ClauseStart(tokens, phrase) is var phraseClause && tokens.FindIndex(phraseClause, phrase - phraseClause, SpeechVerbs.IsLowerCaseForm) < 0
                && NounPhrases.Subject(text, tokens, phrase, v) is { Kind: SpeakerKind.Description } chanters)
            {
                return chanters;
            }

            // "Il maintient …, affirmant qu'il n'y avait « … »", "« … », précise-t-il, ajoutant « … »",
            // "…, adding "…"", "X affirme …, tout en ajoutant qu'« … »": a participle after a comma (or a
            // gerund) speaks with the subject of the verb before it.
            // ("Miliband acknowledged that the solution was not … by saying at a press conference, "…"": after "by", the
            // participle speaks with the sentence's subject too, not the reported clause's.)
            // ("He addressed critics such as former Vice President Dick Cheney saying, "…"", "Obama addressed the ruling in Citizens
            // United v. Federal Election Commission saying, "…"": a speech verb's participle right after a name, with no comma, still
            // speaks with the sentence's subject; the name is what the verb before it governs. "With X saying" is read above.)
            if (v >= 2 && (tokens[v - 1].Text is "," or ";" || (tokens[v - 1].Lower == "en" && tokens[v - 2].Lower is "tout" or ",") || tokens[v - 1].Lower == "by"
                    || (tokens[v - 1] is { IsWord: true, IsCapitalized: true } && SpeechVerbs.IsLowerCaseForm(tokens[v]) && IsGovernedNameBefore(tokens, v)))
                && Participles.IsPresent(tokens[v].Text))
            {
                // "It has also been criticized by the British Medical Association as being implemented too slowly, saying
                // "…"": after a passive speech verb, its agent says it.
                if (tokens[v - 1].Text == "," && PassiveAgentBefore(text, tokens, v - 1) is { } passiveAgent)
                {
                    return passiveAgent;
                }

                // "… have drawn the criticism of Human Rights Watch, stating it expresses "…"", "… came up in comments by
                // Gates on Saturday, saying …": the author of the remarks named right before the comma says it.
                if (tokens[v - 1].Text == "," && AuthorOfRemarksBefore(text, tokens, v - 1) is { } remarksAuthor)
                {
                    return remarksAuthor;
                }

                // (A title alone, after a name, is no subject: "Irish Taoiseach Leo Varadkar, who is the country's first openly-gay
                // Taoiseach addressed the Dáil saying": the unclosed aside is read below.)
                var participleSubject = SubjectOfPreviousVerb(text, tokens, v - 1);
                if (participleSubject is not null && !(tokens[v - 1].IsCapitalized && participleSubject.Kind == SpeakerKind.Name && PersonNames.IsAnyTitle(participleSubject.Text)))
                {
                    return participleSubject;
                }
            }

            var clause = ClauseStart(tokens, v);

            // "Manuel Valls a été enfariné par un militant opposé à la loi travail qui a crié « … »": a relative clause with no
            // comma before its "qui", after a passive's agent, speaks for that agent, not for the sentence's subject.
            if (clause >= 2 && tokens[clause - 1].Lower is "qui" or "who" && tokens[clause - 2].IsWord && OwnClauseBeforeVerb(tokens, clause, v)
                && AntecedentOfRelative(text, tokens, clause - 1) is { } relativeAntecedent)
            {
                return relativeAntecedent;
            }

            // "un vigile …, a été interpellé … pour avoir appelé à « … »", "l'individu arrêté la veille pour
            // avoir appelé à « … »": the past infinitive speaks for the clause's subject.
            if (v >= 2 && tokens[v - 1].Lower == "avoir" && tokens[v - 2].Lower is "pour" or "après" or "sans" && v - 2 > clause
                && InfinitiveSubject(text, tokens, clause, v - 2) is { } doer)
            {
                return doer;
            }

            // "Fourteen-year-old Zoe, on the top deck of the bus when the incident occurred, said": an aside
            // between commas, whatever it holds, sits between the speaker and the verb.
            // (Not when the aside is itself a name, titles at most before it: "the current Roman Catholic Pope, Pope Francis,
            // described" names the person the description announces, read by the subject rules.)
            if (v >= 3 && tokens[v - 1].Text == "," && AsideOpening(tokens, v - 1, 25, AsideCommas.First) is int opening && !OnlyATitledName(tokens, opening + 1, v - 1)
                && NounPhrases.NameSpans(tokens, ClauseStart(tokens, opening), opening) is { Count: > 0 } before && before[before.Count - 1].End == opening)
            {
                return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, before[before.Count - 1].Start, opening), null);
            }

            // "Cherry, who led the petition, said", "The spokesperson, who spoke on condition of anonymity,
            // said": the relative clause is an aside; its antecedent speaks.
            var beforeVerb = v - 1;
            while (beforeVerb > clause && WordLists.Fillers.Contains(tokens[beforeVerb].Text))
            {
                beforeVerb--; // "…, qui a requis l'anonymat, a déclaré": the auxiliary stands between
            }

            // "The report, published by Amnesty International, described", "Le suspect, âgé de 32 ans, a
            // affirmé", "The minister, who spoke … because he was not authorized …, said": an aside that a
            // participle, an age or a relative pronoun opens describes the noun phrase before it, which speaks.
            if (beforeVerb >= 3 && tokens[beforeVerb].Text == "," && AsideOpening(tokens, beforeVerb, 25, AsideCommas.First) is int asideStart
                && OpensDescriptiveAside(tokens[asideStart + 1])
                && NounPhrases.Subject(text, tokens, ClauseStart(tokens, asideStart), asideStart) is { } described)
            {
                return described;
            }

            // "Le manager de Manchester United, José Mourinho, qui a dépensé … pour signer … Romelu Lukaku …,
            // a déclaré": a relative aside long enough to hold commas of its own still ends at the verb.
            if (beforeVerb >= 3 && tokens[beforeVerb].Text == "," && AsideOpening(tokens, beforeVerb, 60, AsideCommas.BeforeRelative) is int relative
                && NounPhrases.Subject(text, tokens, ClauseStart(tokens, relative), relative) is { Kind: SpeakerKind.Name or SpeakerKind.Description } antecedentOfLongAside)
            {
                return antecedentOfLongAside;
            }

            // "Alain Bouillard, who is in charge of BEA's recovery effort said, "…"": a relative aside whose closing comma is
            // missing still ends at the verb; its antecedent, a name, speaks.
            if (AsideOpening(tokens, v, 25, AsideCommas.FirstIfBeforeRelative) is int unclosed
                && NounPhrases.Subject(text, tokens, ClauseStart(tokens, unclosed), unclosed) is { Kind: SpeakerKind.Name } antecedentOfUnclosedAside)
            {
                return antecedentOfUnclosedAside;
            }

            // ("Barry Lomax, 58, a former paratrooper who now runs a veterans' charity, said": the relative clause is the
            // apposition's, and the apposition the name's; the name speaks.)
            if (clause >= 4 && tokens[clause - 1].Lower is "who" or "qui" && tokens[clause - 2] is { IsWord: true, IsCapitalized: false } && beforeVerb > clause
                && tokens[beforeVerb].Text == "," && tokens.FindLastIndex(clause - 2, System.Math.Min(clause - 1, 8), t => t.Text == ",") is var appositionComma
                && appositionComma > 0 && tokens[appositionComma + 1].Lower is "a" or "an" or "un" or "une"
                && NounPhrases.Subject(text, tokens, ClauseStart(tokens, appositionComma), appositionComma) is { Kind: SpeakerKind.Name } apposedName)
            {
                return apposedName;
            }

            // ("Evan Kohlmann, who tracks jihadi Web sites for NBC News said": the writer left out the comma closing the aside; a
            // name right before the verb that is a complement, "for NBC News", is still the aside's.)
            if (clause >= 2 && tokens[clause - 1].Lower is "who" or "which" or "qui" && tokens[clause - 2].Text == "," && beforeVerb > clause
                && (tokens[beforeVerb].Text == "," || ComplementNameEndsAt(tokens, clause, v)))
            {
                var antecedentStart = ClauseStart(tokens, clause - 2);
                if (NounPhrases.Subject(text, tokens, antecedentStart, clause - 2) is { Kind: SpeakerKind.Name or SpeakerKind.Description } antecedent)
                {
                    return antecedent;
                }
            }

            // "Le résultat définitif sera annoncé dans environ « 11 ou 12 jours »": a French passive; its subject is
            // what was said, not who said it (an agent after "par" was read above). Not a reflexive ("s'est dit").
            if (IsFrenchPassive(tokens, clause, v) || IsEnglishCharacterisingPassive(tokens, clause, v))
            {
                continue;
            }

            // "L'association entend ainsi décrire une situation qui met « … »": the subject ends before the verb of wanting.
            var subjectEnd = v;
            if (IsWantedSpeech(tokens, v))
            {
                while (subjectEnd > clause + 1 && !SpeechVerbs.IsWanting(tokens[subjectEnd - 1].Text))
                {
                    subjectEnd--;
                }

                subjectEnd = subjectEnd > clause + 1 ? subjectEnd - 1 : v;
            }

            // "Some of the protesters Wikinews interviewed said": a name and a past tense right before the verb are a
            // relative clause with no "that" (whom Wikinews interviewed); the noun phrase before them speaks.
            if (subjectEnd == v && v - 3 > clause && tokens[v - 1] is { IsWord: true, IsCapitalized: false } relativeVerb
                && relativeVerb.Text.EndsWith("ed", System.StringComparison.Ordinal) && !SpeechVerbs.IsSpeechVerb(relativeVerb.Text)
                && tokens[v - 2].IsCapitalized && tokens[v - 3] is { IsWord: true, IsCapitalized: false } head
                && !WordLists.Prepositions.Contains(head.Text) && !WordLists.Determiners.Contains(head.Text) && !WordLists.Fillers.Contains(head.Text)
                && head.Lower is not ("and" or "or" or "of" or "that" or "who"))
            {
                subjectEnd = v - 2;
            }

            // "des Gilets jaunes ont distribué des ballons et les ont agité en criant « … »": a clause joined by "et" that opens
            // on an object pronoun and its auxiliary has no subject of its own; the sentence's speaks.
            var coordinated = clause > 0 && tokens[clause - 1].Lower is "et" or "and" or "mais" or "but" or "puis" or "then";
            var subject = coordinated && OpensOnObjectPronounAndAuxiliary(tokens, clause, subjectEnd) ? null : NounPhrases.Subject(text, tokens, clause, subjectEnd);
            if (subject is null && coordinated)
            {
                subject = SentenceSubject(text, tokens);
            }

            // "Jennifer Daskal of American University and contributor to Slate wrote": "and" joined two
            // descriptions of one subject, not two clauses; the name before it is the subject.
            if (subject?.Kind == SpeakerKind.Description && clause > 0 && tokens[clause - 1].Lower is "and" or "et")
            {
                var start = ClauseStart(tokens, clause - 1);
                if (NounPhrases.Subject(text, tokens, start, clause - 1) is { Kind: SpeakerKind.Name } named)
                {
                    subject = named;
                }
            }

            // "They released a statement which said, "…"": the statement speaks for whoever issued it.
            if (subject is null && clause >= 3 && tokens[clause - 1].Lower is "which" or "that" or "qui" or "lequel" or "laquelle"
                && WordLists.StatementNouns.Contains(tokens[clause - 2].Text) && WordLists.Determiners.Contains(tokens[clause - 3].Text))
            {
                var issuerEnd = clause - 4; // the verb before "a statement": released, issued, published
                var issuerStart = ClauseStart(tokens, issuerEnd);

                subject = issuerEnd > issuerStart ? NounPhrases.Subject(text, tokens, issuerStart, issuerEnd) : null;
            }

            // A relative clause speaks for its antecedent: "Marie Dupont, qui a déclaré : « … »", "Tom Hardy, who said "…"".
            if (subject is null && clause > 0 && tokens[clause - 1].Lower is "qui" or "who")
            {
                var antecedent = clause - 1;
                var start = ClauseStart(tokens, antecedent);

                var end = antecedent > start && tokens[antecedent - 1].Text == "," ? antecedent - 1 : antecedent;

                // ("Le pronostic vital du jeune homme est engagé, a indiqué une source policière, qui évoque « … »": an inverted
                // incise inside the clause; the relative's antecedent is the incise's subject, read from its comma.)
                for (var comma = end - 2; comma > start; comma--)
                {
                    if (tokens[comma].Text == "," && AfterInvertingVerb(tokens, comma, end) > comma)
                    {
                        start = comma;
                        break;
                    }
                }

                // "supported by Uri Geller, a friend of both Jackson and Mark Lester, who said": after an apposition that an
                // English article opens, the relative is the apposed name's, not the complement's.
                if (end < antecedent && ApposedNameBefore(text, tokens, end) is { } apposedOwner)
                {
                    return apposedOwner;
                }

                var names = NounPhrases.NameSpans(tokens, start, end, includeComplements: true);
                subject = names.Count > 0 && names[names.Count - 1].End == end
                    ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, names[names.Count - 1].Start, end), null)
                    : AgentBefore(text, tokens, start, end) ?? NounPhrases.Subject(text, tokens, AfterPastVerb(tokens, AfterInvertingVerb(tokens, start, end), end), antecedent);

                // ("…, a précisé l'élue du Cantal, qui promet de « … »", "said the mayor of Springfield, who promised to "…"", "a
                // annoncé la préfecture du Rhône, qui appelle à « … »": a name that is the complement of a definite description of
                // a person or a body is not the antecedent; the description is.)
                if (names.Count > 0 && names[names.Count - 1] is var complement && complement.End == end && complement.Start >= start + 3
                    && tokens[complement.Start - 1].Lower is "de" or "du" or "of" && tokens[complement.Start - 2] is { IsWord: true, IsCapitalized: false } describedNoun
                    && !WordLists.NounLinks.Contains(describedNoun.Text)
                    && (WordLists.IsOfficeWord(describedNoun.Text) || SpeakerAttributor.IsFrenchPersonNoun(describedNoun.Text) || WordLists.SpeakingBodies.Contains(describedNoun.Text))
                    && tokens[complement.Start - 3].Lower is "le" or "la" or "l'" or "l’" or "the"
                    && NounPhrases.NameSpans(tokens, start, complement.Start - 3).Count == 0)
                {
                    subject = new Cue(SpeakerKind.Description, NounPhrases.Slice(text, tokens, complement.Start - 3, end), null);
                }

                // "Massimiliano Rebaudengo, le chef de mission de MSF pour la Syrie qui considère …": a name
                // inside a complement ("pour la Syrie") is not the antecedent; the person the phrase describes is.
                // (A full name in the complement is: "une citation de François Fillon qui disait".)
                if (names.Count > 0 && names[names.Count - 1].End == end && names[names.Count - 1].End - names[names.Count - 1].Start == 1 && NounPhrases.IsComplement(tokens, names[names.Count - 1].Start)
                    && NounPhrases.NameSpans(tokens, start, end) is { Count: > 0 } heads && heads[0].End - heads[0].Start >= 2 && heads[0].End < names[names.Count - 1].Start)
                {
                    subject = new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, heads[0].Start, heads[0].End), null);
                }
                else if (names.Count > 1 && names[names.Count - 1] is var last && last.End == end && NounPhrases.IsComplement(tokens, last.Start)
                    && NounPhrases.HasOrganisationWord(tokens, last.Start, last.End) && ApposedName(tokens, names, names.Count - 2) is { } apposed)
                {
                    // "AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said": nor is an
                    // organisation in the complement of a description apposed to a person's name; the person is.
                    subject = new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, apposed.Start, apposed.End), null);
                }
            }

            if (subject is not null)
            {
                return subject;
            }
        }

        if (tokens.Count > 0 && tokens[tokens.Count - 1].Text == ":")
        {
            return BeforeColon(text, tokens, tokens.Count - 1) ?? source;
        }

        // "le Figaro annonce que la femme … qui a été blessée … samedi, est décédée « dans le bloc opératoire »":
        // with no nearer cue, a reported clause however long is the reporter's.
        return source ?? (farReport > 0 ? NounPhrases.Subject(text, tokens, ClauseStart(tokens, farReport), farReport) : null);
    }

    /// <summary>
    /// "Indymedia quotes Elizabeth Nadeau, a 27-year-old student, as saying "…"", "Reuters quoted the minister as
    /// saying: "…"": the one quoted speaks, not the outlet quoting them. ("He was quoted as saying" is left to the
    /// subject rules.)
    /// </summary>
    private static Cue? QuotedAsSaying(string text, List<Token> tokens)
    {
        var end = tokens.Count;
        while (end > 0 && tokens[end - 1].Text is ":" or ",")
        {
            end--;
        }

        if (QuotedByOutlet(text, tokens, end) is { } quotedByOutlet)
        {
            return quotedByOutlet;
        }

        // "A villager was quoted by Reuters: "…"": with no "as saying", a passive "quoted" before the colon (the outlet after
        // it at most) is its subject's words too.
        if (end < tokens.Count && tokens[end].Text == ":")
        {
            for (var q = end - 1; q >= 2 && q >= end - 7; q--)
            {
                if (tokens[q].Lower is "quoted" or "cited" && WordLists.PassiveAuxiliaries.Contains(tokens[q - 1].Text)
                    && (q + 1 == end || tokens[q + 1].Lower is "by" or "in" or "on"))
                {
                    return PassiveSubject(text, tokens, q);
                }
            }
        }

        // ("as saying of the letter,": what the words were about, a short complement after the participle.)
        var saying = end - 1;
        for (var k = end - 2; k >= 0 && k >= end - 6 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Lower is "of" or "about" && k > 0 && IsQuotedParticiple(tokens[k - 1]))
            {
                saying = k - 1;
                break;
            }
        }

        if (saying < 3 || !IsQuotedParticiple(tokens[saying]) || tokens[saying - 1].Lower != "as")
        {
            return null;
        }

        for (var q = saying - 2; q >= 0 && q >= saying - 23; q--)
        {
            if (tokens[q].Lower is "quotes" or "quoted" or "quote" or "quoting" or "cites" or "cited" or "citing")
            {
                // "John Fritchey is quoted in the Chicago Sun-Times as saying", "He was quoted as saying": the passive's subject.
                if (q >= 2 && tokens[q].Lower is "quoted" or "cited" && WordLists.PassiveAuxiliaries.Contains(tokens[q - 1].Text))
                {
                    return PassiveSubject(text, tokens, q);
                }

                return q + 1 < saying - 1 && tokens[q + 1].Lower != "as" ? NounPhrases.AfterVerb(text, tokens, q + 1) : null;
            }

            if (tokens[q].Text is "." or ";" or "«" or "\"" or "“")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Since that time, said Dyton, "…"", "Depuis, a expliqué Marie Roux, « … »": an inverted incise between commas right
    /// before the quote, its verb after a comma, names who speaks; the phrase before it is no subject. Null otherwise.
    /// </summary>
    private static Cue? InvertedInciseBeforeQuote(string text, List<Token> tokens)
    {
        var last = tokens.Count - 1;
        if (last < 4 || tokens[last].Text is not ("," or ":"))
        {
            return null;
        }

        for (var v = last - 1; v >= 1 && v >= last - 6; v--)
        {
            if (tokens[v].Text == ",")
            {
                return null;
            }

            // The verb right after a comma, or after a comma and a French auxiliary ("Depuis, a expliqué …").
            var afterComma = tokens[v - 1].Text == "," || (v >= 2 && tokens[v - 2].Text == "," && WordLists.FrenchAuxiliaries.Contains(tokens[v - 1].Text));
            if (afterComma && IsInciseVerb(tokens[v]) && v + 1 < last && NounPhrases.IsNameStart(tokens, v + 1) && NounPhrases.NameEnd(tokens, v + 1, last) == last)
            {
                return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, v + 1, last), null);
            }
        }

        return null;
    }

    /// <summary>
    /// "Le projet, a estimé Jean Dupont, est « une honte »", "The plan, said John Smith, was "a disgrace"", "The plan, John Smith
    /// said, was "…"": an incise set between two commas inside the narrator's clause before the quote, an inverted speech verb
    /// and a name or a name and its speech verb, names who speaks; the clause's subject is what was spoken of. The nearest such
    /// incise to the quote, with no speech verb of the clause after it; null when there is none.
    /// </summary>
    private static Cue? InciseInsideClause(string text, List<Token> tokens)
    {
        // ("Earlier, said John Smith, the council had called the plan "…"", "Jane Doe, John Smith said, called it "…"": a speech
        // verb of the clause itself, after the incise, says whose the quoted words are; the incise only reports it. Looked for
        // once, and only when an incise is there, so each incise asks it in constant time.)
        var lastSpeechVerb = NotLookedFor;
        for (var c = tokens.Count - 3; c >= 1; c--)
        {
            if (tokens[c].Text != ",")
            {
                continue;
            }

            // Inverted: ", said John Smith,", ", a estimé Jean Dupont,".
            var v = c + 1 < tokens.Count && WordLists.FrenchAuxiliaries.Contains(tokens[c + 1].Text) && !tokens[c + 1].IsCapitalized ? c + 2 : c + 1;
            if (v + 2 < tokens.Count && IsInciseVerb(tokens[v]) && NounPhrases.IsNameStart(tokens, v + 1)
                && NounPhrases.NameEnd(tokens, v + 1, tokens.Count) is var invertedEnd && invertedEnd < tokens.Count && tokens[invertedEnd].Text == ","
                && LastSpeechVerb() <= invertedEnd)
            {
                return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, v + 1, invertedEnd), null);
            }

            // Name first: ", John Smith said,", ", Mary Jones argues,".
            if (c + 3 < tokens.Count && NounPhrases.IsNameStart(tokens, c + 1) && NounPhrases.NameEnd(tokens, c + 1, tokens.Count) is var nameEnd
                && nameEnd + 1 < tokens.Count && IsInciseVerb(tokens[nameEnd]) && tokens[nameEnd + 1].Text == "," && LastSpeechVerb() <= nameEnd + 1)
            {
                return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, c + 1, nameEnd), null);
            }
        }

        return null;

        int LastSpeechVerb() => lastSpeechVerb != NotLookedFor ? lastSpeechVerb
            : lastSpeechVerb = tokens.FindLastIndex(t => t is { IsWord: true, IsCapitalized: false } && SpeechVerbs.IsLowerCaseForm(t));
    }

    private const int NotLookedFor = -2;

    /// <summary>
    /// The verb of an inverted incise or of a name's incise between commas: a lower-case speech verb, no present participle, and
    /// not "told"/"asked", which take whom it was told ("…, a co-author of the study, told Space.com:", an apposition's comma
    /// before it). Shared by <see cref="InvertedInciseBeforeQuote"/> and <see cref="InciseInsideClause"/>.
    /// </summary>
    private static bool IsInciseVerb(Token verb) =>
        verb is { IsWord: true, IsCapitalized: false } && SpeechVerbs.IsLowerCaseForm(verb) && !Participles.IsPresent(verb.Text)
        && verb.Lower is not ("told" or "tells" or "tell" or "asked" or "asks");

    /// <summary>
    /// Whether the name ending right before <paramref name="participle"/> is what a word before it governs: a preposition ("such
    /// as former Vice President Dick Cheney saying", "in Citizens United v. Federal Election Commission saying") or another
    /// lower-case word, a verb ("addressed the Dáil saying"), past determiners, role nouns and possessives. Not a name that opens
    /// its clause ("…, le maire Paul Girard dénonçant « … »": the comma before it) or follows "and"/"with" ("and Ross Spano of
    /// Florida calling").
    /// </summary>
    private static bool IsGovernedNameBefore(List<Token> tokens, int participle)
    {
        var start = participle - 1;
        while (start > 0 && (tokens[start - 1].IsCapitalized || tokens[start - 1].Lower is "of" or "de" or "v." or "v" or "vs." && start - 2 >= 0 && tokens[start - 2].IsCapitalized))
        {
            start--;
        }

        for (var k = start - 1; k >= 0 && k >= start - 5; k--)
        {
            var word = tokens[k];
            if (!word.IsWord || word.Lower is "and" or "et" or "with" or "avec")
            {
                return false;
            }

            if (WordLists.Prepositions.Contains(word.Text) || word.Lower == "as")
            {
                return true;
            }

            if (!word.IsCapitalized && !WordLists.Determiners.Contains(word.Text) && !WordLists.IsOfficeWord(word.Text) && !NounPhrases.IsPossessive(word.Text)
                && word.Lower is not ("former" or "ancien" or "ancienne" or "ex"))
            {
                return true; // a verb, or another word that governs what follows it
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a noun phrase's head names people ("the protesters chanting", "des manifestants scandant", "la foule scandant", "a
    /// woman shouting"): a noun of people, of an office or of kin, or a collective one; not a thing the sentence's subject did or
    /// owns ("during his weekly broadcast saying", "Alberta's oil and gas royalty dispute saying").
    /// </summary>
    private static bool NamesPeople(Token head) =>
        WordLists.PeopleNouns.Contains(head.Text) || WordLists.IsOfficeWord(head.Text) || WordLists.IsOfficeWord(head.Lower.TrimEnd('s', 'x'))
        || CollectiveAndPlainPeople.Contains(head.Text) || NameGenders.OfDescription(head.Text) is Agreement.Masculine or Agreement.Feminine;

    private static readonly WordSet CollectiveAndPlainPeople = new(new[]
    {
        "crowd", "crowds", "audience", "public", "group", "people", "person", "child", "children", "men", "women", "pedestrian", "passer-by",
        "foule", "cortège", "groupe", "gens", "personne", "personnes", "enfant", "enfants", "hommes", "femmes", "passant", "passants", "individu",
    });

    private static bool IsQuotedParticiple(Token token) => token.Lower is "saying" or "stating" or "telling" or "declaring";

    /// <summary>
    /// "Cardinal George is quoted by Fox 32 Chicago responding to the letter: "…"", "Le ministre est cité par Le Monde
    /// affirmant : « … »": the subject of a passive "quoted by" speaks, when a present participle after the outlet carries the
    /// quote; the outlet only reports. Null otherwise.
    /// </summary>
    private static Cue? QuotedByOutlet(string text, List<Token> tokens, int end)
    {
        for (var q = 2; q + 2 < end; q++)
        {
            if (tokens[q].Lower is "quoted" or "cité" or "citée" && WordLists.PassiveAuxiliaries.Contains(tokens[q - 1].Text) && tokens[q + 1].Lower is "by" or "par"
                && tokens.FindIndex(q + 2, end - q - 2, t => Participles.IsPresent(t.Text) && SpeechVerbs.IsLowerCaseForm(t)) > q + 2)
            {
                return PassiveSubject(text, tokens, q);
            }
        }

        return null;
    }

    /// <summary>The subject of the passive whose participle is at <paramref name="participle"/>, its auxiliary right before it.</summary>
    private static Cue? PassiveSubject(string text, List<Token> tokens, int participle) =>
        NounPhrases.Subject(text, tokens, ClauseStart(tokens, participle - 1), participle - 1);

    /// <summary>Whether <c>tokens[from..to)</c> is one name, titles at most before it ("Pope Francis", "Jane Doe").</summary>
    private static bool OnlyATitledName(List<Token> tokens, int from, int to)
    {
        var spans = NounPhrases.NameSpans(tokens, from, to);
        if (spans.Count != 1 || spans[0].End != to)
        {
            return false;
        }

        for (var k = from; k < spans[0].Start; k++)
        {
            if (!PersonNames.IsTitle(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The source a marker names: "selon X", or, when the marker's phrase reports something a participle
    /// credits to someone, that agent: "Selon les renseignements confiés par une source au Parisien" →
    /// "une source", "according to documents obtained by CNN" → "CNN".
    /// </summary>
    private static Cue? AfterMarker(string text, List<Token> tokens, int afterMarker)
    {
        for (var k = afterMarker + 2; k < tokens.Count && k <= afterMarker + 6; k++)
        {
            if (tokens[k].Text is "," or "." or ":" or "«" or "“" or "\"")
            {
                break;
            }

            if (tokens[k].Lower is "est" or "sont" or "a" or "ont" or "is" or "are" or "was" or "were")
            {
                break; // "selon lequel la France est secouée par …": a clause of its own, no participial phrase
            }

            // ("selon un rapport publié par l'ONU": the publisher speaks; not "selon une agence locale citée par Reuters", where
            // the outlet that cites only passes the source's words on.)
            if (tokens[k].Lower is "par" or "by" && Participles.IsPast(tokens[k - 1].Text) && !tokens[afterMarker].IsCapitalized
                && !NounPhrases.IsCitingParticiple(tokens[k - 1].Lower)
                && Agent(text, tokens, k - 1) is { } agent)
            {
                return agent;
            }
        }

        return NounPhrases.AfterMarker(text, tokens, afterMarker);
    }

    /// <summary>
    /// The place an impersonal "-t-on" incise speaks from: "à l'Élysée" → l'Élysée, "de source policière" →
    /// source policière, "dans l'entourage du ministre" → l'entourage du ministre; else null.
    /// </summary>
    private static Cue? WhereOnSpeaks(string text, List<Token> tokens, int v)
    {
        var k = v + 1;
        while (k < tokens.Count && (WordLists.Fillers.Contains(tokens[k].Text) || tokens[k].Lower == "lire"
            || (k == v + 1 && tokens[v].Lower.StartsWith("a-t-", System.StringComparison.Ordinal) && tokens[k] is { IsWord: true, IsCapitalized: false } participle
                && !WordLists.Prepositions.Contains(participle.Text))))
        {
            k++; // "précise-t-on encore à Matignon", "peut-on lire dans", "peut-on lire sur sa page", "a-t-on appris auprès de"
        }

        if (k + 1 >= tokens.Count || tokens[k].Lower is not ("à" or "au" or "aux" or "chez" or "dans" or "sur" or "de" or "du" or "auprès"))
        {
            return null;
        }

        // ("auprès de la préfecture", "auprès du parquet": the preposition's own "de" follows it.)
        if (tokens[k].Lower == "auprès" && k + 2 < tokens.Count && tokens[k + 1].Lower is "de" or "du" or "des" or "d'" or "d’")
        {
            k++;
        }

        var start = k + 1;
        var end = start;
        while (end < tokens.Count && end - start < 8 && !NounPhrases.EndsPhrase(tokens[end]))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        // "peut-on lire dans le communiqué de la préfecture", "dans un communiqué du ministère": whoever issued it.
        var link = k;
        if (end - start >= 4 && WordLists.Determiners.Contains(tokens[start].Text) && WordLists.StatementNouns.Contains(tokens[start + 1].Text)
            && tokens[start + 2].Lower is "de" or "du" or "des" or "d'" or "d’")
        {
            link = start + 2;
            start += 3;
        }

        // "au ministère de l'Intérieur" → "le ministère de l'Intérieur": the contracted article is given back.
        var article = tokens[link].Lower switch { "au" or "du" => "le ", "aux" or "des" => "les ", _ => string.Empty };
        var place = article + NounPhrases.Slice(text, tokens, start, end);
        return new Cue(article.Length == 0 && end - start == 1 && tokens[start].IsCapitalized ? SpeakerKind.Name : SpeakerKind.Description, place, null);
    }

    /// <summary>Whether the verb at <paramref name="v"/> follows "comme" and only its object pronoun and auxiliary: "Comme l'a dit", "comme le souligne".</summary>
    private static bool AfterComme(List<Token> tokens, int v)
    {
        var k = v - 1;
        while (k >= 0 && v - k <= 3 && (tokens[k].Lower is "l'" or "l’" or "le" or "a" or "avait" || WordLists.Fillers.Contains(tokens[k].Text)))
        {
            k--;
        }

        return k >= 0 && k < v - 1 && tokens[k].Lower == "comme";
    }

    /// <summary>
    /// "They issued a joint statement": the subject of the verb before the statement noun at
    /// <paramref name="noun"/> and its determiner (and adjectives), else null.
    /// </summary>
    private static Cue? IssuerOfStatementAt(string text, List<Token> tokens, int noun)
    {
        var determiner = noun - 1;
        while (determiner > 0 && noun - determiner <= 3 && tokens[determiner] is { IsWord: true, IsCapitalized: false } && !WordLists.Determiners.Contains(tokens[determiner].Text))
        {
            determiner--; // "a joint statement", "un long communiqué"
        }

        // ("a proposé aux chefs … de signer une déclaration": an infinitive's subject is not in the clause.)
        var verb = determiner - 1;

        // "le préfet a adressé au journal La Nouvelle République, un communiqué réclamant …": a comma after the verb's indirect
        // object; the subject is the one of the clause's auxiliary.
        if (verb >= 3 && tokens[verb].Text == "," && WordLists.Determiners.Contains(tokens[determiner].Text))
        {
            var clause = ClauseStart(tokens, verb - 1);
            var auxiliary = FirstAuxiliary(tokens, clause, verb - 1, speechVerbsToo: false);
            return auxiliary < verb - 1 && auxiliary > clause && tokens[auxiliary + 1] is { IsWord: true, IsCapitalized: false }
                ? NounPhrases.Subject(text, tokens, clause, auxiliary)
                : null;
        }

        if (verb < 1 || !WordLists.Determiners.Contains(tokens[determiner].Text) || !tokens[verb].IsWord || tokens[verb].IsCapitalized
            || tokens[verb - 1].Lower is "de" or "d'" or "d’" or "à" or "to")
        {
            return null;
        }

        // ("Sarah Lindon, who manages the project, had a message for drivers:": a relative aside closed right before the verb is
        // the subject's; the subject is before it.)
        if (NounPhrases.RelativeAside(tokens, 0, verb) is { } aside && aside.ClosingComma == verb - 1)
        {
            var subjectStart = ClauseStart(tokens, aside.OpeningComma);
            return aside.OpeningComma > subjectStart ? NounPhrases.Subject(text, tokens, subjectStart, aside.OpeningComma) : null;
        }

        var start = ClauseStart(tokens, verb);
        return verb > start ? NounPhrases.Subject(text, tokens, start, verb) : null;
    }

    /// <summary>
    /// "La première ministre britannique, Theresa May, « félicite chaleureusement » Emmanuel Macron": a
    /// description and the name in apposition right before a fragment that opens in lower case are the
    /// fragment's subject. Null unless the tokens end that way.
    /// </summary>
    public static Cue? ApposedNameRightBefore(string text, List<Token> tokens)
    {
        var close = tokens.Count - 1;
        if (close < 4 || tokens[close].Text != ",")
        {
            return null;
        }

        var open = tokens.FindLastIndex(close - 1, System.Math.Min(close, 8), t => t.Text == ",");
        var start = open < 1 ? -1 : ClauseStart(tokens, open);
        if (open < 2 || open + 1 >= close || !NounPhrases.IsNameStart(tokens, open + 1) || NounPhrases.NameEnd(tokens, open + 1, close) != close
            || !WordLists.Determiners.Contains(tokens[start].Text) || tokens[start + 1].IsCapitalized)
        {
            return null;
        }

        return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, open + 1, close), NounPhrases.Slice(text, tokens, start + 1, open));
    }

    /// <summary>
    /// "Vers 16h30, Christophe Castaner « invite les journalistes à déposer plainte »", "le ministre de l’intérieur, Christophe
    /// Castaner « invite … »": a full name that opens on a known given name, right before a fragment that opens in lower case,
    /// at the clause's start or after a comma, is the fragment's subject. Null unless the tokens end that way.
    /// </summary>
    public static Cue? SubjectNameRightBefore(string text, List<Token> tokens)
    {
        var end = tokens.Count;
        var start = end - 1;
        while (start > 0 && start > end - 5 && NounPhrases.IsNameWord(tokens[start - 1]))
        {
            start--;
        }

        // ("Jacline Mouraud a affirmé : « … ». Édouard Philippe « a pris en compte … »": a fragment that opens on an auxiliary is
        // a predicate in someone else's words, about the name.)
        if (end - start < 2 || !NounPhrases.IsNameWord(tokens[end - 1]) || !GivenNames.Contains(tokens[start].Text) || (start > 0 && tokens[start - 1].Text != ",")
            || QuoteOpensWithVerb(text, tokens[end - 1].End))
        {
            return null;
        }

        return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, start, end), null);
    }

    /// <summary>
    /// "suite à l'affirmation du député Dupont-Aignan que c'étaient « … »", "the claim by Senator Jo Bell that "…"": a claim
    /// noun (<see cref="WordLists.ClaimNouns"/>), its author named after "de"/"du"/"of"/"by", then "que"/"that" and the quote
    /// within four words: the author speaks.
    /// </summary>
    private static Cue? AuthorOfClaimBeforeQue(string text, List<Token> tokens)
    {
        for (var k = System.Math.Max(0, tokens.Count - 12); k + 3 < tokens.Count; k++)
        {
            if (!WordLists.ClaimNouns.Contains(tokens[k].Text) || tokens[k + 1].Lower is not ("de" or "du" or "des" or "d'" or "d’" or "of" or "by"))
            {
                continue;
            }

            var que = tokens.FindIndex(k + 2, t => t.Lower is "que" or "qu'" or "qu’" or "that");
            if (que < 0 || que > k + 7 || tokens.Count - que > 5)
            {
                continue;
            }

            var named = NounPhrases.NameSpans(tokens, k + 2, que, includeComplements: true);
            if (named.Count > 0 && named[named.Count - 1].End == que)
            {
                return NounPhrases.Subject(text, tokens, k + 2, que);
            }
        }

        return null;
    }

    /// <summary>
    /// "Remarked Center for Biological Diversity scientist Tierra Curry, "…"", "Added Jane Doe: "…"": a sentence that opens
    /// on its speech verb, with its subject right after it and then only a comma or colon before the quote, is an incise
    /// written before the quote; its subject is read as after an inverted verb. Not "Asked about the plan, Smith said:"
    /// (a lower-case word after the verb) nor "Speaking to reporters, …".
    /// </summary>
    private static Cue? InvertedLeadIn(string text, List<Token> tokens)
    {
        var verb = AfterConnectives(tokens);
        var last = tokens.Count - 1;
        if (last - verb < 2 || tokens[last].Text is not ("," or ":") || tokens[verb] is not { IsWord: true, IsCapitalized: true } opening
            || !SpeechVerbs.IsSpeechVerb(opening.Text) || tokens[verb + 1] is not { IsWord: true, IsCapitalized: true })
        {
            return null;
        }

        for (var k = verb + 1; k < last; k++)
        {
            if (tokens[k].Text is "," or ":" or ";" || SpeechVerbs.IsLowerCaseForm(tokens[k]))
            {
                return null;
            }
        }

        return NounPhrases.AfterVerb(text, tokens, verb + 1) is { Kind: not SpeakerKind.Pronoun } subject ? subject : null;
    }

    /// <summary>
    /// The first token after the connectives and commas that open the sentence: "Pour X, « … »" opens its
    /// sentence even as "Mais, pour X, « … »", "En effet, pour X, « … »" or "But for X, "…"". (Never past the last token.)
    /// </summary>
    public static int AfterConnectives(List<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Count - 1)
        {
            if (tokens[k].Text == "," || WordLists.SentenceConnectives.Contains(tokens[k].Text))
            {
                k++;
            }
            else if (k + 2 < tokens.Count && WordLists.IsTwoWordConnective(tokens[k].Lower, tokens[k + 1].Lower))
            {
                k += 2; // "En effet, pour X, « … »", "In fact, according to X"
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>
    /// "published", "interrogé", "citing", "45", "who", "qui", "dont", "très" (ému), "in" (a statement): a word that
    /// opens an aside about the noun before it or about how it spoke.
    /// </summary>
    private static bool OpensDescriptiveAside(Token token) =>
        token.Lower is "who" or "which" or "qui" or "dont" or "whose" or "aged" or "âgé" or "âgée" or "très" or "visiblement" or "visibly"
        || (!token.IsCapitalized && WordLists.Prepositions.Contains(token.Text))
        || (token.Text.Length > 0 && char.IsDigit(token.Text[0]) && token.Text.Length <= 3)
        || (token.IsWord && !token.IsCapitalized && (Participles.EndsLikeFrenchPast(token.Text) || Participles.IsPresent(token.Text)
            || (token.Text.EndsWith("ed", System.StringComparison.Ordinal) && token.Text.Length > 4)));

    private static bool IsRelativePronoun(Token token) => token.Lower is "lequel" or "laquelle" or "lesquels" or "lesquelles" or "which" or "whom";

    /// <summary>"il avait retweeté un message selon lequel …": the subject of the clause that issued the statement before the marker.</summary>
    private static Cue? IssuerOfStatementBefore(string text, List<Token> tokens, int marker)
    {
        var noun = marker > 0 && tokens[marker - 1].Text == "," ? marker - 2 : marker - 1;
        if (noun < 2 || !WordLists.StatementNouns.Contains(tokens[noun].Text) || !WordLists.Determiners.Contains(tokens[noun - 1].Text))
        {
            return null;
        }

        var clause = ClauseStart(tokens, noun);
        var verb = FirstAuxiliary(tokens, clause, noun - 1, speechVerbsToo: true);
        return verb < noun - 1 ? NounPhrases.Subject(text, tokens, clause, verb) : null;
    }

    /// <summary>The first auxiliary (or speech verb) after the clause's first word, else <paramref name="end"/>.</summary>
    private static int FirstAuxiliary(List<Token> tokens, int clause, int end, bool speechVerbsToo)
    {
        for (var k = clause + 1; k < end; k++)
        {
            if (WordLists.FrenchAuxiliaries.Contains(tokens[k].Text) || WordLists.SubjectEndingAuxiliaries.Contains(tokens[k].Text) || (speechVerbsToo && IsVerb(tokens, k)))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The name that ends right before the preposition of the infinitive at <paramref name="v"/> ("à X de déclarer", "conduit X à dire", "X to say").</summary>
    private static Cue? NameBeforeInfinitive(string text, List<Token> tokens, int v)
    {
        // (Read for every word of the sentence: the length test spares most words their lower-case copy.)
        if (v < 2 || tokens[v - 1].Text.Length > 2 || tokens[v - 1].Lower is not ("de" or "d'" or "d’" or "à" or "to")
            || !SpeechVerbs.IsInfinitive(tokens[v], english: tokens[v - 1].Lower == "to"))
        {
            return null;
        }

        var clause = ClauseStart(tokens, v - 1);
        var names = NounPhrases.NameSpans(tokens, clause, v - 1, includeComplements: true);
        // (A place after its preposition is nobody the infinitive speaks for: "groups across the United States to tell "…"".)
        return names.Count > 0 && names[names.Count - 1].End == v - 1 && names[names.Count - 1].Start > clause
            && tokens[names[names.Count - 1].Start - 1] is var before && before.Lower is not ("the" or "les")
            && (before.Lower is "à" || !WordLists.Prepositions.Contains(before.Text))
            ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, names[names.Count - 1].Start, v - 1), null)
            : null;
    }

    /// <summary>Whether the words from <paramref name="clause"/> to <paramref name="v"/> are the relative clause's own: its auxiliary and fillers at most.</summary>
    private static bool OwnClauseBeforeVerb(List<Token> tokens, int clause, int v)
    {
        for (var k = clause; k < v; k++)
        {
            if (!WordLists.Auxiliaries.Contains(tokens[k].Text) && !WordLists.FrenchAuxiliaries.Contains(tokens[k].Text) && !WordLists.Fillers.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The agent that ends right before the relative pronoun at <paramref name="relative"/>: the noun phrase from the first
    /// determiner after "par"/"by", within ten words ("par un militant opposé à la loi travail qui"); null when no such
    /// agent ends there (its words reach a mark, a clause's boundary or a verb first).
    /// </summary>
    private static Cue? AntecedentOfRelative(string text, List<Token> tokens, int relative)
    {
        for (var k = relative - 1; k >= 1 && relative - k <= 10; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || WordLists.ClauseBoundaries.Contains(token.Text) || IsVerb(tokens, k))
            {
                return null;
            }

            if (tokens[k - 1].Lower is "par" or "by" && WordLists.Determiners.Contains(token.Text))
            {
                return NounPhrases.Subject(text, tokens, k, relative) is { Kind: SpeakerKind.Description or SpeakerKind.Name } agent ? agent : null;
            }
        }

        return null;
    }

    /// <summary>The subject before the clause's first auxiliary, else the clause up to the infinitive's preposition.</summary>
    private static Cue? InfinitiveSubject(string text, List<Token> tokens, int clause, int preposition) =>
        NounPhrases.Subject(text, tokens, clause, FirstAuxiliary(tokens, clause, preposition, speechVerbsToo: false));

    /// <summary>A speech verb after the first comma that follows <paramref name="from"/>.</summary>
    private static bool HasSpeechVerbAfterComma(List<Token> tokens, int from)
    {
        var comma = tokens.FindIndex(from, t => t.Text == ",");
        for (var k = comma + 1; comma > 0 && k < tokens.Count; k++)
        {
            // ("Selon des propos de X, directeur de l'OSDH, rapportés par l'AFP, « … »": a participle and its agent say who
            // reported the words, not who spoke them.)
            if (IsVerb(tokens, k) && !(k + 1 < tokens.Count && tokens[k + 1].Lower is "par" or "by" && Participles.IsPast(tokens[k].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ressa's reply was blunt: "…"", "Her message was clear:", "Ressa's response:": an owner's possessive, a noun of what
    /// someone says back or sends (<see cref="ReplyNouns"/>, or a statement's), then the colon, or "was"/"is" and one word
    /// judging it before the colon: the owner speaks (a possessive pronoun as its pronoun). Null otherwise.
    /// </summary>
    private static Cue? OwnerOfJudgedReply(string text, List<Token> tokens)
    {
        var colon = tokens.Count - 1;
        if (colon < 2 || tokens[colon].Text != ":")
        {
            return null;
        }

        var noun = colon >= 4 && tokens[colon - 2].Lower is "was" or "is" && tokens[colon - 1] is { IsWord: true, IsCapitalized: false } ? colon - 3 : colon - 1;
        if (noun < 1 || tokens[noun].IsCapitalized || !(ReplyNouns.Contains(tokens[noun].Text) || WordLists.IsStatementNounItself(tokens[noun].Text)))
        {
            return null;
        }

        var owner = tokens[noun - 1];
        if (owner.Lower is "his" or "her")
        {
            return noun - 1 == 0 || tokens[noun - 2].Text is "." or "," ? new Cue(SpeakerKind.Pronoun, owner.Lower == "his" ? "he" : "she", null) : null;
        }

        // (The owner opens the clause: "Robtel Pailey reflects on Charles Taylor's reaction:" is the subject's, not the owner's.)
        return NounPhrases.IsPossessive(owner.Text) && NameEndingAt(tokens, noun) is { } ownerSpan && (ownerSpan.Start == 0 || tokens[ownerSpan.Start - 1].Text is "." or "," or ";")
            ? OwnerCue(text, tokens, ownerSpan)
            : null;
    }

    /// <summary>The name (a possessive or a complement too) that ends right at <paramref name="end"/>, within the five words before it; else null.</summary>
    private static (int Start, int End)? NameEndingAt(List<Token> tokens, int end)
    {
        var spans = NounPhrases.NameSpans(tokens, System.Math.Max(0, end - 5), end, includeComplements: true, includePossessives: true);
        return spans.Count > 0 && spans[spans.Count - 1].End == end ? spans[spans.Count - 1] : null;
    }

    /// <summary>The owner of a statement as its speaker: the name without its possessive ("Trump's" → "Trump").</summary>
    private static Cue OwnerCue(string text, List<Token> tokens, (int Start, int End) owner) =>
        new(SpeakerKind.Name, NounPhrases.WithoutPossessive(NounPhrases.Slice(text, tokens, owner.Start, owner.End)), null);

    /// <summary>What someone says back or gives as their view, in English: "reply", "response", "answer", "advice" (not "verdict": "Charles Taylor's verdict" is the court's).</summary>
    private static readonly WordSet ReplyNouns = new(new[] { "reply", "response", "answer", "advice", "reaction", "explanation", "retort", "view" });

    /// <summary>
    /// "Brown’s 64 words of support: "…"", "Obama's full statement:": as "Trump's statement:" above, with a number or one or two
    /// lower-case words between the owner and the statement noun, or "of" and one or two lower-case words after it, before the
    /// colon that ends the lead-in. Null when neither is there (the rule above reads that) or no name owns the noun.
    /// </summary>
    private static Cue? OwnerOfStatementWithWordsAround(string text, List<Token> tokens)
    {
        var colon = tokens.Count - 1;
        if (colon < 3 || tokens[colon].Text != ":")
        {
            return null;
        }

        var noun = colon - 1;
        for (var of = colon - 2; of >= colon - 3 && of >= 1; of--)
        {
            if (tokens[of].Lower == "of" && AllLowerCaseWords(tokens, of + 1, colon))
            {
                noun = of - 1;
                break;
            }
        }

        var owner = noun - 1;
        while (owner >= 0 && noun - owner <= 3 && (tokens[owner].IsWord && !tokens[owner].IsCapitalized || IsNumber(tokens[owner].Text))
            && !NounPhrases.IsPossessive(tokens[owner].Text))
        {
            owner--;
        }

        if (owner < 0 || (owner == noun - 1 && noun == colon - 1) || !WordLists.IsStatementNounItself(tokens[noun].Text) || tokens[noun].IsCapitalized
            || !NounPhrases.IsPossessive(tokens[owner].Text))
        {
            return null;
        }

        return NameEndingAt(tokens, owner + 1) is { } ownerSpan && !AnswersStatement(tokens, ownerSpan.Start) ? OwnerCue(text, tokens, ownerSpan) : null;

        static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);
    }

    /// <summary>
    /// "One of the first criticisms came from Daniel Fernández, bishop of the Diocese of Jujuy: "…"", "The strongest reaction
    /// came from X": a statement or remark noun whose verb is "came from"/"comes from"/"est venue de" names its author after it.
    /// </summary>
    private static Cue? RemarkCameFrom(string text, List<Token> tokens)
    {
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            // (The length first: the rule reads every word of every lead-in, and the lower-case copy is a lookup.)
            if (tokens[k].Text.Length is not (4 or 5) || !(tokens[k].Lower is "came" or "comes" && tokens[k + 1].Lower == "from")
                && !(tokens[k].Lower is "venue" or "venu" && tokens[k - 1].Lower is "est" or "sont" && tokens[k + 1].Lower is "de" or "du" or "d'" or "d’"))
            {
                continue;
            }

            var hasRemark = false;
            for (var j = 0; j < k && !hasRemark; j++)
            {
                // (French remark nouns stay out of RemarkNouns, which also reads "the critiques of X," in English.)
                hasRemark = (RemarkNouns.Contains(tokens[j].Text) || WordLists.IsStatementNounItself(tokens[j].Text)
                    || tokens[j].Lower is "critique" or "critiques" or "réaction" or "réponse") && !tokens[j].IsCapitalized;
            }

            return hasRemark ? SenderAfterLink(text, tokens, k + 1) : null;
        }

        return null;
    }

    private static readonly WordSet RemarkNouns = new(new[]
    {
        "criticism", "criticisms", "comments", "remarks", "condemnation", "words", "response", "reaction",
    });

    /// <summary>
    /// The name right before <paramref name="comma"/> (a time phrase may follow it: "on Saturday") when it is the author of
    /// remarks, after "of"/"by" and a noun of remarks: "the criticism of Human Rights Watch", "comments by Gates"; else null.
    /// </summary>
    private static Cue? AuthorOfRemarksBefore(string text, List<Token> tokens, int comma)
    {
        var end = comma >= 2 && NounPhrases.OpensTimePhrase(tokens, comma - 2) ? comma - 2 : comma;
        var spans = NounPhrases.NameSpans(tokens, System.Math.Max(0, end - 8), end, includeComplements: true);
        if (spans.Count == 0 || spans[spans.Count - 1].End != end)
        {
            return null;
        }

        var start = spans[spans.Count - 1].Start;
        return start >= 2 && tokens[start - 1].Lower is "of" or "by" && RemarkNouns.Contains(tokens[start - 2].Text)
            ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, start, end), null)
            : null;
    }

    /// <summary>"interrogé", "asked", "questioned": a participle whose agent ("par l'AFP", "by Reuters") asks; the one asked answers.</summary>
    private static bool IsQuestioningParticiple(string lower) =>
        lower is "interrogé" or "interrogée" or "interrogés" or "interrogées" or "questionné" or "questionnée" or "questionnés" or "questionnées"
            or "asked" or "questioned" or "interviewed" or "quizzed" or "pressed";

    /// <summary>
    /// The agent of a passive speech verb in the clause before <paramref name="end"/>, with no comma between ("been criticized
    /// by the British Medical Association"), else null.
    /// </summary>
    private static Cue? PassiveAgentBefore(string text, List<Token> tokens, int end)
    {
        for (var p = end - 2; p >= 1 && p >= end - 20; p--)
        {
            if (tokens[p].Text is "." or ";" or ":" or ",")
            {
                return null; // "… was criticized by the BMA, but the minister defended it, saying": another clause's subject
            }

            if (tokens[p + 1].Lower is "by" or "par" && WordLists.PassiveAuxiliaries.Contains(tokens[p - 1].Text) && SpeechVerbs.IsLowerCaseForm(tokens[p])
                && Participles.IsPast(tokens[p].Text))
            {
                return Agent(text, tokens, p);
            }
        }

        return null;
    }

    /// <summary>Whether a name that is a complement ("for NBC News", "de l'OSDH") ends right before <paramref name="end"/>.</summary>
    private static bool ComplementNameEndsAt(List<Token> tokens, int start, int end)
    {
        var names = NounPhrases.NameSpans(tokens, start, end, includeComplements: true);
        return names.Count > 0 && names[names.Count - 1].End == end && NounPhrases.IsComplement(tokens, names[names.Count - 1].Start)
            && tokens[start] is { IsWord: true, IsCapitalized: false } && !WordLists.Determiners.Contains(tokens[start].Text);
    }

    /// <summary>
    /// The name at <paramref name="index"/> among <paramref name="names"/> when it has two words or more and a description
    /// apposed to it follows (a comma, then a determiner): "Terence Fan, an air industry expert"; else null.
    /// </summary>
    private static (int Start, int End)? ApposedName(List<Token> tokens, List<(int Start, int End)> names, int index)
    {
        var name = names[index];
        return name.End - name.Start >= 2 && name.End + 2 < tokens.Count && tokens[name.End].Text == ","
            && WordLists.Determiners.Contains(tokens[name.End + 1].Text)
            && !(tokens[name.End + 1].Text == "a" && tokens[name.End + 2].Text.EndsWith("é", System.StringComparison.Ordinal)) // "X, a déclaré"
            ? name
            : null;
    }

    // The name before the comma that opens an apposition "a/an/the + lower-case noun …" ending at end (twelve words at most),
    // with the apposition as its role; else null.
    private static Cue? ApposedNameBefore(string text, List<Token> tokens, int end)
    {
        var comma = end >= 2 ? tokens.FindLastIndex(end - 1, System.Math.Min(end, 12), t => t.Text == ",") : -1;
        if (comma < 2 || end - comma < 3 || tokens[comma + 1].Lower is not ("a" or "an" or "the") || tokens[comma + 2] is not { IsWord: true, IsCapitalized: false })
        {
            return null;
        }

        var before = NounPhrases.NameSpans(tokens, ClauseStart(tokens, comma - 1), comma, includeComplements: true);
        return before.Count > 0 && before[before.Count - 1] is var owner && owner.End == comma && owner.End - owner.Start >= 2
            ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, owner.Start, owner.End), NounPhrases.Slice(text, tokens, comma + 2, end))
            : null;
    }

    /// <summary>
    /// "A group on Facebook gathered over 4,000 members who called for …": the antecedent of a relative with no comma is the
    /// object after a past tense in its clause (a quantity word before it skipped), not the clause's subject; else <paramref name="start"/>.
    /// </summary>
    private static int AfterPastVerb(List<Token> tokens, int start, int end)
    {
        for (var k = end - 2; k >= start + 2; k--)
        {
            if (NounPhrases.IsPastAfterNoun(tokens, start, k))
            {
                var objectStart = k + 1;
                while (objectStart < end - 1 && tokens[objectStart].Lower is "over" or "about" or "around" or "nearly" or "almost" or "some")
                {
                    objectStart++;
                }

                return objectStart;
            }
        }

        return start;
    }

    /// <summary>
    /// "« … », poursuit la mère de famille, qui affirme …", "…, a déclaré le maire, qui …": where the subject of an incise that
    /// opens at <paramref name="start"/> on its speech verb begins, past the verb (and its auxiliary); else <paramref name="start"/>.
    /// </summary>
    private static int AfterInvertingVerb(List<Token> tokens, int start, int end)
    {
        var k = start < end && tokens[start].Text == "," ? start + 1 : start;
        if (k + 1 < end && tokens[k].Lower is "a" or "avait" && SpeechVerbs.IsLowerCaseForm(tokens[k + 1]))
        {
            k++;
        }

        return k + 1 < end && SpeechVerbs.IsLowerCaseForm(tokens[k]) && !Participles.IsPresent(tokens[k].Text) ? k + 1 : start;
    }

    /// <summary>
    /// The token after "with" ("avec") when it opens, at most eight words before <paramref name="v"/> and with no comma or verb
    /// between, the subject of the participle at <paramref name="v"/>; else null.
    /// </summary>
    private static int? WithSubjectStart(List<Token> tokens, int v)
    {
        for (var k = v - 1; k >= 0 && k >= v - 8; k--)
        {
            if (tokens[k].Lower is "with" or "avec")
            {
                return k + 1 < v && tokens[k + 1].IsWord ? k + 1 : null;
            }

            if (!tokens[k].IsWord || SpeechVerbs.IsLowerCaseForm(tokens[k]) || WordLists.Pronouns.Contains(tokens[k].Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// For a long fragment woven into a relative clause with no speech verb, the antecedent right
    /// before ", qui": "a été rejetée par le gouvernement, qui ne veut pas « céder à la facilité … »"
    /// → "le gouvernement". Null when the fragment is not in such a clause.
    /// </summary>
    public static Cue? RelativeAntecedent(string text, List<Token> tokens)
    {
        var clause = ClauseStart(tokens, tokens.Count - 1);
        if (clause < 3 || tokens[clause - 1].Lower is not ("qui" or "who") || tokens[clause - 2].Text != ",")
        {
            return null;
        }

        var end = clause - 2;
        var start = end;
        while (start > 0 && end - start < 6 && tokens[start - 1].IsWord && !WordLists.Prepositions.Contains(tokens[start - 1].Text)
            && !WordLists.ClauseBoundaries.Contains(tokens[start - 1].Text) && !IsVerb(tokens, start - 1) && !WordLists.Fillers.Contains(tokens[start - 1].Text))
        {
            start--;
        }

        if (start == end || !(WordLists.Determiners.Contains(tokens[start].Text) || NounPhrases.IsNameStart(tokens, start)))
        {
            return null;
        }

        return NounPhrases.Subject(text, tokens, start, end);
    }

    // "Per the report,": "per" and a determiner (not "Per Mertesacker", a given name).
    private static bool IsPerDeterminer(List<Token> tokens, int i) =>
        tokens[i].Lower == "per" && i + 1 < tokens.Count && tokens[i + 1].Lower is "the" or "a" or "an" or "its" or "their" or "his" or "her";

    /// <summary>
    /// Whether the quote right after <paramref name="from"/> opens with a finite verb: "said that the Cardinal's speech
    /// "was similar to …"", "le discours du cardinal « est une insulte »". The quote is then what the statement noun before
    /// it is said to be, a predicate in the narrator's (or a reporting speaker's) sentence, not the statement's words.
    /// </summary>
    private static bool QuoteOpensWithVerb(string text, int from)
    {
        var k = from;
        while (k < text.Length && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '«' or '„'))
        {
            k++;
        }

        var end = k;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == k || k == from)
        {
            return false;
        }

        var word = text.Substring(k, end - k);
        return WordLists.Auxiliaries.Contains(word) || WordLists.SubjectEndingAuxiliaries.Contains(word) || WordLists.FrenchPredicateOpeners.Contains(word);
    }

    /// <summary>
    /// "For what it's worth, …", "For example, …", "Pour ce qui est de …", "Pour l'instant, …": after "for"/"pour", a word that
    /// opens an idiom, not whose view the sentence gives.
    /// </summary>
    private static bool IsForIdiom(List<Token> tokens, int next) =>
        next < tokens.Count && (tokens[next].Lower is "what" or "whatever" or "example" or "instance" or "now" or "years" or "ce" or "autant"
            || (tokens[next].Lower is "l'" or "l’" && next + 1 < tokens.Count && tokens[next + 1].Lower is "instant" or "heure"));
}
