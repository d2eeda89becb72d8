using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>The cue patterns, read on the tokens after a quote (an incise) or before it (in its sentence).</summary>
internal static class CueRules
{
    /// <summary>How far into the words after a quote its speech verb may be: ", a affirmé jeudi à l’AFP".</summary>
    private const int IncisePatience = 12;

    /// <summary>
    /// An incise after the quote: <c>, a affirmé X</c>, <c>said X</c>, <c>X said</c>, <c>he said</c>,
    /// <c>a-t-il ajouté</c>, <c>selon X</c>, <c>according to X</c>.
    /// </summary>
    public static Cue? After(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].Text is "," or "—" or "–" or "-" or ")" or "!" or "?")
        {
            i++;
        }

        // "« … » mardi, mettant ainsi fin à la grève, a déclaré le maire X", "… on Tuesday, ending the strike, said X": a
        // participle's aside between the quote and its incise (after time words only) is no part of the incise.
        if (ParticipleAsideEnd(tokens, i) is int asideEnd)
        {
            tokens = tokens.GetRange(asideEnd, tokens.Count - asideEnd);
            i = 1;
        }

        // "« … » et lui demande si …": a coordinated clause goes on with the sentence's subject; it is no incise.
        // (Likewise "« … », quand les centristes ont salué « … »", "…," while critics said: a new clause, another speaker.)
        if (i >= tokens.Count || tokens[i].Lower is "et" or "and" or "mais" or "but" or "quand" or "tandis" or "lorsque" or "while" or "whereas")
        {
            // "« L'apparence compte » quand on exerce une fonction publique, répond encore Moscovici": the clause ends
            // the quoted sentence, and an inverted speech verb after its comma is the incise.
            return i < tokens.Count && tokens[i].Lower is "quand" or "lorsque" && InvertedInciseAfterClause(tokens, i) is int comma
                ? After(text, tokens.GetRange(comma, tokens.Count - comma))
                : null;
        }

        if (SourceMarker(tokens, i) is int markerEnd)
        {
            return AfterMarker(text, tokens, markerEnd);
        }

        // ""…", reads an AEW press release", ""…", read the statement from the union": "read" reports speech only
        // when a statement reads; whoever issued it speaks.
        if (tokens[i].Lower is "reads" or "read" && IssuerOfStatementThatReads(text, tokens, i + 1) is { } reader)
        {
            return reader;
        }

        // "« … » : voilà ce qu'a déclaré X", "« … » : c'est ce qu'a affirmé X".
        if (tokens[i].Text == ":" && AfterPresentative(tokens, i + 1) is int what && WhatXSaid(text, tokens, what) is { } said)
        {
            return said;
        }

        // "», nous a confié X", "», m'a dit X", "», lui a répondu X": the object pronoun of an inverted incise.
        if (i + 1 < tokens.Count && tokens[i].Lower is "nous" or "me" or "m'" or "m’" or "lui" or "leur" or "vous"
            && (WordLists.FrenchAuxiliaries.Contains(tokens[i + 1].Text) || (SpeechVerbs.IsSpeechVerb(tokens[i + 1].Text) && InvertedPronoun(tokens, i + 1) is null)))
        {
            i++;
        }

        // A dash and a name, nothing else: "“We will not stop now” — Jane Doe".
        if (i > 0 && tokens[i - 1].Text is "—" or "–" && NounPhrases.IsNameStart(tokens, i) && NounPhrases.NameEnd(tokens, i, tokens.Count) is var nameEnd
            && (nameEnd == tokens.Count || tokens[nameEnd].Text is "," or "."))
        {
            return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, i, nameEnd), null);
        }

        var limit = System.Math.Min(tokens.Count, i + IncisePatience);
        for (var v = i; v < limit; v++)
        {
            var word = tokens[v].Text;
            if (word is "." or ";" or ":" or "«" or "“" or "\"")
            {
                break;
            }

            var inverted = InvertedPronoun(tokens, v);
            if (inverted is not null)
            {
                // "souligne-t-on à l'Élysée", "indique-t-on de source policière", "explique-t-on dans l'entourage
                // du ministre": an impersonal "on" names its speaker by where it speaks from.
                // ("« … », déclare-t-il encore": "encore" says the same person speaks again.)
                return inverted == "on" ? WhereOnSpeaks(text, tokens, v)
                    : new Cue(SpeakerKind.Pronoun, inverted, null, Again: v + 1 < tokens.Count && tokens[v + 1].Lower == "encore");
            }

            // "« … » sur le site de Cholet, dont la fermeture a été annoncée": a verb after a relative pronoun is
            // the relative clause's, no incise's.
            if (v > i && tokens[v].Lower is "dont" or "which" or "whose")
            {
                return null;
            }

            if (!IsVerb(tokens, v))
            {
                continue;
            }

            // ("a fait savoir l'Élysée": the form of "faire" is part of the verb.)
            var before = v >= 1 && SpeechVerbs.IsMadeKnown(tokens[v].Text, tokens[v - 1].Text) ? v - 1 : v;
            while (before > i && (WordLists.Fillers.Contains(tokens[before - 1].Text) || tokens[before - 1].Text == ","))
            {
                before--;
            }

            if (before > i && tokens[i].Text.EndsWith("ing", System.StringComparison.Ordinal) && !tokens[i].IsCapitalized)
            {
                return null; // ", having questioned …": the sentence goes on, this is no incise
            }

            if (before == i && Participles.IsPresent(tokens[v].Text))
            {
                return null; // "« … », ajoutant qu'il n'y a …": the sentence's subject goes on speaking
            }

            // "la réplique « … » lancée par le député", "« … », propos tenus par le maire": a passive, its agent speaks.
            if (before == i && v + 2 < tokens.Count && tokens[v + 1].Lower is "par" or "by" && (Participles.IsPast(tokens[v].Text) || tokens[v].Lower is "said" or "spoken" or "written" or "told"))
            {
                return NounPhrases.AfterVerb(text, tokens, v + 2);
            }

            // "« … », d'autres policiers déclarent que l'individu « … »": a subject, its verb and "que" open
            // a new reported clause; they are no incise of the quote before.
            if (before > i && v + 1 < tokens.Count && tokens[v + 1].Lower is "que" or "qu’" or "qu'")
            {
                return null;
            }

            // "», a pour sa part déclaré X", "», avait de son côté affirmé X": an incise that opens with
            // its auxiliary is inverted, whatever aside comes before the participle.
            // (English "a" is an article: "a government official said"; French "a" is followed by the
            // aside itself: "a pour sa part", "a de son côté", "a juste", "a ensuite".)
            var invertedAuxiliary = v - i <= 5
                && ((tokens[i].Lower != "a" && WordLists.FrenchAuxiliaries.Contains(tokens[i].Text))
                    || (tokens[i].Lower == "a" && v - i <= 3 && IsWantedSpeech(tokens, v)) // "a voulu rappeler X"
                    || (tokens[i].Lower == "a" && i + 1 < v && (WordLists.Fillers.Contains(tokens[i + 1].Text) || WordLists.Prepositions.Contains(tokens[i + 1].Text)
                        || tokens[i + 1].Lower is "de" or "juste" or "quant" or "ainsi")));
            // "« … » a affirmé ne pas être convaincu": a negated infinitive after the verb holds no subject.
            if ((before == i || invertedAuxiliary) && v + 1 < tokens.Count && tokens[v + 1].Lower is "ne" or "n'" or "n’")
            {
                return null;
            }

            return before == i || invertedAuxiliary
                ? LateSubject.Prefer(text, tokens, v + 1, NounPhrases.AfterVerb(text, tokens, v + 1))
                : NounPhrases.Subject(text, tokens, i, v);
        }

        return NameBeforeLongApposition(text, tokens, i);
    }

    /// <summary>
    /// The comma that closes a participle's aside opening the words after a quote, when only time words come before
    /// it and an inverted speech verb (or its auxiliary) right after it; else null.
    /// </summary>
    private static int? ParticipleAsideEnd(List<Token> tokens, int i)
    {
        var comma = i;
        while (comma < tokens.Count && comma - i < 3 && tokens[comma].Text != "," && (WordLists.TimeWords.Contains(tokens[comma].Text) || NounPhrases.OpensTimePhrase(tokens, comma)))
        {
            comma++;
        }

        if (comma + 2 >= tokens.Count || tokens[comma].Text != "," || tokens[comma + 1] is not { IsCapitalized: false } participle || !Participles.IsPresent(participle.Text))
        {
            return null;
        }

        for (var close = comma + 2; close + 1 < tokens.Count && close - comma <= 25; close++)
        {
            if (tokens[close].Text is "." or ";" or ":" or "«" or "»" or "“" or "”" or "\"")
            {
                return null;
            }

            if (tokens[close].Text == "," && (SpeechVerbs.IsLowerCaseForm(tokens[close + 1]) || WordLists.FrenchAuxiliaries.Contains(tokens[close + 1].Text)))
            {
                return close;
            }
        }

        return null;
    }

    /// <summary>How far after a name its apposition may run before the speech verb.</summary>
    private const int AppositionPatience = 40;

    /// <summary>
    /// "“…,” Marisol Chávez, a 38-year-old mother of three who crossed into Texas last week after a journey from
    /// Honduras, told The Associated Press": the incise opens on a name and a comma, and its speech verb comes
    /// right after the comma that closes a long apposition (past <see cref="IncisePatience"/>).
    /// </summary>
    private static Cue? NameBeforeLongApposition(string text, List<Token> tokens, int i)
    {
        if (i >= tokens.Count || !NounPhrases.IsNameStart(tokens, i))
        {
            return null;
        }

        var nameEnd = NounPhrases.NameEnd(tokens, i, tokens.Count);
        if (nameEnd - i < 2 || nameEnd >= tokens.Count || tokens[nameEnd].Text != ",")
        {
            return null;
        }

        var limit = System.Math.Min(tokens.Count, nameEnd + AppositionPatience);
        var segmentEnd = -1;
        for (var k = nameEnd + 1; k < limit; k++)
        {
            if (tokens[k].Text is "." or ";" or ":" or "«" or "»" or "“" or "”" or "\"" or "(" or ")")
            {
                return null;
            }

            if (tokens[k].Text != ",")
            {
                continue;
            }

            segmentEnd = segmentEnd < 0 ? k : segmentEnd;
            var verb = k + 1;
            while (verb < limit && WordLists.Fillers.Contains(tokens[verb].Text))
            {
                verb++;
            }

            if (verb < limit && !tokens[verb].IsCapitalized && SpeechVerbs.IsSpeechVerb(tokens[verb].Text) && !Participles.IsPresent(tokens[verb].Text))
            {
                // The first segment is the role when it reads as one: short, on no relative clause.
                var role = segmentEnd - nameEnd - 1 is > 0 and <= 10 && !HasClauseBoundary(tokens, nameEnd + 1, segmentEnd)
                    ? NounPhrases.StripLeadingDeterminers(text, tokens, nameEnd + 1, segmentEnd)
                    : null;
                return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, i, nameEnd), role);
            }
        }

        return null;
    }

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
        Cue? source = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var markerEnd = SourceMarker(tokens, i) ?? (tokens[i].Lower is "pour" or "for" && i <= AfterConnectives(tokens) ? i + 1 : (int?)null);
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
            if (WordLists.StatementNouns.Contains(tokens[k].Text) && tokens[k].Lower is not ("celle" or "celui" or "celles" or "ceux")
                && k + 1 >= tokens.Count - 1 && (k + 1 == tokens.Count || tokens[k + 1].Text is "that" or ":" or "," or "que" or "qu’" or "qu'"))
            {
                var owner = NounPhrases.NameSpans(tokens, System.Math.Max(0, k - 5), k, includeComplements: true, includePossessives: true);
                if (owner.Count > 0 && owner[owner.Count - 1].End == k && !AnswersStatement(tokens, owner[owner.Count - 1].Start))
                {
                    return new Cue(SpeakerKind.Name, NounPhrases.WithoutPossessive(NounPhrases.Slice(text, tokens, owner[owner.Count - 1].Start, k)), null);
                }
            }
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
                if (v >= 1 && WordLists.StatementNouns.Contains(tokens[v - 1].Text) && SpeaksAboutBefore(tokens, v - 1))
                {
                    continue;
                }

                return agent;
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

            // "un concert de casseroles de la part de ces manifestants scandant « … »", "the protesters
            // chanting "…"": a present participle right after a noun phrase that a determiner opens speaks
            // for that phrase, not for the subject of the sentence; unless a speech verb comes before it in its
            // clause ("X explained the decision to ban the players saying "…"": X speaks).
            if (Participles.IsPresent(tokens[v].Text) && SpeechVerbs.IsLowerCaseForm(tokens[v]) && DeterminedPhraseBefore(tokens, v) is int phrase
                && ClauseStart(tokens, phrase) is var phraseClause && tokens.FindIndex(phraseClause, phrase - phraseClause, SpeechVerbs.IsLowerCaseForm) < 0
                && NounPhrases.Subject(text, tokens, phrase, v) is { Kind: SpeakerKind.Description } chanters)
            {
                return chanters;
            }

            // "Il maintient …, affirmant qu'il n'y avait « … »", "« … », précise-t-il, ajoutant « … »",
            // "…, adding "…"", "X affirme …, tout en ajoutant qu'« … »": a participle after a comma (or a
            // gerund) speaks with the subject of the verb before it.
            if (v >= 2 && (tokens[v - 1].Text == "," || (tokens[v - 1].Lower == "en" && tokens[v - 2].Lower is "tout" or ",")) && Participles.IsPresent(tokens[v].Text))
            {
                var participleSubject = SubjectOfPreviousVerb(text, tokens, v - 1);
                if (participleSubject is not null)
                {
                    return participleSubject;
                }
            }

            var clause = ClauseStart(tokens, v);

            // "un vigile …, a été interpellé … pour avoir appelé à « … »", "l'individu arrêté la veille pour
            // avoir appelé à « … »": the past infinitive speaks for the clause's subject.
            if (v >= 2 && tokens[v - 1].Lower == "avoir" && tokens[v - 2].Lower is "pour" or "après" or "sans" && v - 2 > clause
                && InfinitiveSubject(text, tokens, clause, v - 2) is { } doer)
            {
                return doer;
            }

            // "Fourteen-year-old Zoe, on the top deck of the bus when the incident occurred, said": an aside
            // between commas, whatever it holds, sits between the speaker and the verb.
            if (v >= 3 && tokens[v - 1].Text == "," && AsideOpening(tokens, v - 1) is int opening
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
            if (beforeVerb >= 3 && tokens[beforeVerb].Text == "," && AsideOpening(tokens, beforeVerb) is int asideStart
                && OpensDescriptiveAside(tokens[asideStart + 1])
                && NounPhrases.Subject(text, tokens, ClauseStart(tokens, asideStart), asideStart) is { } described)
            {
                return described;
            }

            // "Le manager de Manchester United, José Mourinho, qui a dépensé … pour signer … Romelu Lukaku …,
            // a déclaré": a relative aside long enough to hold commas of its own still ends at the verb.
            if (beforeVerb >= 3 && tokens[beforeVerb].Text == "," && RelativeAsideOpening(tokens, beforeVerb) is int relative
                && NounPhrases.Subject(text, tokens, ClauseStart(tokens, relative), relative) is { Kind: SpeakerKind.Name or SpeakerKind.Description } antecedentOfLongAside)
            {
                return antecedentOfLongAside;
            }

            if (clause >= 2 && tokens[clause - 1].Lower is "who" or "qui" && tokens[clause - 2].Text == "," && beforeVerb > clause && tokens[beforeVerb].Text == ",")
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
                var names = NounPhrases.NameSpans(tokens, start, end, includeComplements: true);
                subject = names.Count > 0 && names[names.Count - 1].End == end
                    ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, names[names.Count - 1].Start, end), null)
                    : AgentBefore(text, tokens, start, end) ?? NounPhrases.Subject(text, tokens, start, antecedent);

                // "Massimiliano Rebaudengo, le chef de mission de MSF pour la Syrie qui considère …": a name
                // inside a complement ("pour la Syrie") is not the antecedent; the person the phrase describes is.
                // (A full name in the complement is: "une citation de François Fillon qui disait".)
                if (names.Count > 0 && names[names.Count - 1].End == end && names[names.Count - 1].End - names[names.Count - 1].Start == 1 && NounPhrases.IsComplement(tokens, names[names.Count - 1].Start)
                    && NounPhrases.NameSpans(tokens, start, end) is { Count: > 0 } heads && heads[0].End - heads[0].Start >= 2 && heads[0].End < names[names.Count - 1].Start)
                {
                    subject = new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, heads[0].Start, heads[0].End), null);
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

            if (tokens[k].Lower is "par" or "by" && Participles.IsPast(tokens[k - 1].Text) && !tokens[afterMarker].IsCapitalized
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
            k++; // "précise-t-on encore à Matignon", "peut-on lire dans", "a-t-on appris auprès de"
        }

        if (k + 1 >= tokens.Count || tokens[k].Lower is not ("à" or "au" or "aux" or "chez" or "dans" or "de" or "du" or "auprès"))
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
        if (verb < 1 || !WordLists.Determiners.Contains(tokens[determiner].Text) || !tokens[verb].IsWord || tokens[verb].IsCapitalized
            || tokens[verb - 1].Lower is "de" or "d'" or "d’" or "à" or "to")
        {
            return null;
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
    /// sentence even as "Mais, pour X, « … »" or "But for X, "…"". (Never past the last token.)
    /// </summary>
    public static int AfterConnectives(List<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Count - 1 && (tokens[k].Text == "," || WordLists.SentenceConnectives.Contains(tokens[k].Text)))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// "published", "interrogé", "citing", "45", "who", "qui", "très" (ému), "in" (a statement): a word that
    /// opens an aside about the noun before it or about how it spoke.
    /// </summary>
    private static bool OpensDescriptiveAside(Token token) =>
        token.Lower is "who" or "qui" or "aged" or "âgé" or "âgée" or "très" or "visiblement" or "visibly"
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

    /// <summary>The subject before the clause's first auxiliary, else the clause up to the infinitive's preposition.</summary>
    private static Cue? InfinitiveSubject(string text, List<Token> tokens, int clause, int preposition) =>
        NounPhrases.Subject(text, tokens, clause, FirstAuxiliary(tokens, clause, preposition, speechVerbsToo: false));

    /// <summary>A speech verb after the first comma that follows <paramref name="from"/>.</summary>
    private static bool HasSpeechVerbAfterComma(List<Token> tokens, int from)
    {
        var comma = tokens.FindIndex(from, t => t.Text == ",");
        for (var k = comma + 1; comma > 0 && k < tokens.Count; k++)
        {
            if (IsVerb(tokens, k))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// The person opening the sentence, for a long fragment woven into it with no speech verb:
    /// "she looked at the role as a "chance to face my demons"" → she; "Jean Dupont voit là « une
    /// occasion de tout recommencer »" → Jean Dupont. Only a pronoun or a name, never a description.
    /// </summary>
    public static Cue? SentenceOpener(string text, List<Token> tokens)
    {
        var first = tokens.FindIndex(t => t.IsWord && !WordLists.Fillers.Contains(t.Text) && !WordLists.TimeWords.Contains(t.Text));
        if (first < 0)
        {
            return null;
        }

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

        if (!NounPhrases.IsNameStart(tokens, first))
        {
            return null;
        }

        var end = NounPhrases.NameEnd(tokens, first, tokens.Count);

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
        if (verb + 1 < tokens.Count && tokens[verb].Text == "," && tokens[verb + 1] is { IsWord: true, IsCapitalized: false })
        {
            var close = tokens.FindIndex(verb + 1, System.Math.Min(15, tokens.Count - verb - 1), t => t.Text == ",");
            verb = close < 0 ? tokens.Count : close + 1;
        }

        // Nothing after the name ("… Grivik "…""): no verb, no cue. (A default Token has no text.)
        return verb < tokens.Count && tokens[verb] is { IsWord: true, IsCapitalized: false } next && !WordLists.Prepositions.Contains(next.Text)
            ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, first, end), null)
            : null;
    }

    /// <summary>The comma opening the aside that the comma at <paramref name="closing"/> closes, within 25 tokens, else null.</summary>
    private static int? AsideOpening(List<Token> tokens, int closing)
    {
        for (var k = closing - 2; k >= 1 && k >= closing - 25; k--)
        {
            if (tokens[k].Text == ",")
            {
                return k;
            }

            if (tokens[k].Text is "." or ";" or ":" or "«" or "»" or "“" or "”" or "\"")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The comma before "qui"/"who" that opens a relative aside the comma at <paramref name="closing"/> closes,
    /// within 60 tokens and the same sentence (the aside may hold commas of its own), else null.
    /// </summary>
    private static int? RelativeAsideOpening(List<Token> tokens, int closing)
    {
        for (var k = closing - 2; k >= 1 && k >= closing - 60; k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "«" or "»" or "“" or "”" or "\"")
            {
                return null;
            }

            if (tokens[k].Text == "," && tokens[k + 1].Lower is "qui" or "who")
            {
                return k;
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
    /// the phrase after it running to the colon that opens the quote: that phrase, else null. (Not "de":
    /// "un communiqué de presse laconique :" names no author.)
    /// </summary>
    private static Cue? AuthorOfStatementBeforeColon(string text, List<Token> tokens)
    {
        var colon = tokens.Count - 1;
        if (colon < 3 || tokens[colon].Text != ":")
        {
            return null;
        }

        for (var k = System.Math.Max(0, colon - 8); k + 2 < colon; k++)
        {
            if (WordLists.StatementNouns.Contains(tokens[k].Text) && !tokens[k].IsCapitalized
                && tokens[k + 1].Lower is "from" or "by")
            {
                var author = NounPhrases.AfterMarker(text, tokens, k + 2);
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
        ownerStart >= 2 && tokens[ownerStart - 1].Lower is "opposed" or "rejected" or "criticised" or "criticized" or "dismissed" or "slammed"
            or "condemned" or "denounced" or "mocked" or "disputed" or "contested" or "challenged" or "ridiculed" or "questioned"
        && tokens[ownerStart - 2].IsWord;

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

    /// <summary>"les ont agité", "l'a dit", "leur avait lancé": an object pronoun, then an auxiliary, before <paramref name="end"/>.</summary>
    private static bool OpensOnObjectPronounAndAuxiliary(List<Token> tokens, int clause, int end) =>
        clause + 1 < end && tokens[clause].Lower is "les" or "la" or "le" or "l'" or "l’" or "lui" or "leur" or "nous" or "vous"
        && tokens[clause + 1].Lower is "a" or "ont" or "avait" or "avaient" or "est" or "sont" or "était" or "étaient" or "aura" or "auront";

    /// <summary>Where the clause holding the token at <paramref name="index"/> starts: after que/that/and/who… or ; : ( ).</summary>
    private static int ClauseStart(List<Token> tokens, int index)
    {
        var start = index;
        while (start > 0 && (!WordLists.ClauseBoundaries.Contains(tokens[start - 1].Text) || JoinsTwoRoles(tokens, start - 1) || JoinsOrganisationComplement(tokens, start - 1))
            && tokens[start - 1].Text is not (";" or ":" or "("))
        {
            // "Senator Ted Cruz (R-Texas) said": a short parenthesis is skipped whole; another closes the clause.
            if (tokens[start - 1].Text == ")")
            {
                var open = tokens.FindLastIndex(start - 1, System.Math.Min(start, 8), t => t.Text == "(");
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

    /// <summary>
    /// The subject opening the sentence, up to its first verb: "L’armée a indiqué … et a dit" → "L’armée";
    /// after an introductory phrase and its comma ("In a video posted online, the group claimed …").
    /// </summary>
    private static Cue? SentenceSubject(string text, List<Token> tokens)
    {
        var start = 0;
        if (tokens.Count > 0 && tokens[0].IsWord && IsIntroduction(tokens, 0))
        {
            var comma = tokens.FindIndex(0, System.Math.Min(12, tokens.Count), t => t.Text == ",");
            start = comma > 0 ? comma + 1 : 0;
        }

        for (var k = start; k < tokens.Count; k++)
        {
            if (tokens[k].Lower is "a" or "avait" or "ont" or "has" or "had" or "have" or "was" or "is" or "est" || SpeechVerbs.IsSpeechVerb(tokens[k].Text)
                || NounPhrases.IsPastAfterNoun(tokens, start, k))
            {
                return k == start ? null : NounPhrases.Subject(text, tokens, start, k) ?? LeadingName(text, tokens, k);
            }
        }

        return null;
    }

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

        return k >= clause && tokens[k].Lower is "is" or "are" or "was" or "were" or "been" or "be" or "being";
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

        // A description only when it reads as one: "Une source proche de l'enquête affirme".
        var subject = SentenceSubject(text, tokens);
        return subject is { Kind: SpeakerKind.Name or SpeakerKind.Pronoun } || (subject is { Kind: SpeakerKind.Description } && OpensOnDeterminer(subject.Text))
            ? subject
            : null;
    }

    private static bool OpensOnDeterminer(string phrase)
    {
        var space = phrase.IndexOfAny(Separators.Spaces);
        var first = space < 0 ? phrase : phrase.Substring(0, space);
        return WordLists.Determiners.Contains(first) || (first.Length > 2 && first[1] is '\'' or '’' && WordLists.Determiners.Contains(first.Substring(0, 2)));
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

    /// <summary>
    /// "Le père est décrit comme « un gars équilibré » par un ami d'enfance", "The suspect was described as "…"
    /// by his neighbours": a passive that names what was said before the quote names who said it after it. The participle
    /// may also open the sentence, with no auxiliary and a few words more before the quote ("Qualifié de journal qui
    /// « s'est couché » par le directeur de Libération, Laurent Joffrin, L'Humanité …").
    /// </summary>
    public static Cue? AgentAfterPassive(string text, List<Token> before, List<Token> after)
    {
        var opening = AfterConnectives(before);
        var participle = before.Count - 1;
        while (participle >= 0 && participle >= before.Count - 5 && !WordLists.PassiveSpeechParticiples.Contains(before[participle].Text))
        {
            participle--;
        }

        var opensSentence = participle == opening && participle >= 0 && before[participle].IsCapitalized;
        if (participle < 0 || participle < before.Count - (opensSentence ? 5 : 3)
            || !(opensSentence || (participle >= 1 && WordLists.PassiveAuxiliaries.Contains(before[participle - 1].Text))))
        {
            return null;
        }

        var first = 0;
        while (first < after.Count && after[first].Text == ",")
        {
            first++;
        }

        if (first + 1 >= after.Count || after[first].Lower is not ("par" or "by"))
        {
            return null;
        }

        // An opening participle's agent ends at its comma, unless a name set off by a second comma follows (its apposition):
        // "Described as "…" by his neighbours, Tom Hale was released" is the neighbours', not Tom Hale's.
        if (opensSentence && after.FindIndex(first + 1, t => t.Text == ",") is var comma and > 0
            && !(comma + 1 < after.Count && NounPhrases.IsNameStart(after, comma + 1) && NounPhrases.NameEnd(after, comma + 1, after.Count) is var nameEnd
                && nameEnd < after.Count && after[nameEnd].Text == ","))
        {
            return NounPhrases.AfterVerb(text, after.GetRange(0, comma), first + 1);
        }

        return NounPhrases.AfterVerb(text, after, first + 1);
    }

    /// <summary>
    /// "Sur RTL, rappelant que l'insécurité routière coûte « … », Chantal Perrichon, la présidente de la Ligue, a demandé …",
    /// "Noting that the cuts were "…", Jane Doe said …": a speech participle opening its clause (after a first phrase and its
    /// comma at most) with the quote in it, no finite speech verb before the quote, and a name right after the quote's comma:
    /// that name is the participle's subject, who speaks.
    /// </summary>
    public static Cue? SubjectAfterParticiple(string text, List<Token> before, List<Token> after)
    {
        if (after.Count < 2 || after[0].Text != "," || !NounPhrases.IsNameStart(after, 1))
        {
            return null;
        }

        var opening = AfterConnectives(before);
        var firstComma = before.FindIndex(opening, t => t.Text == ",");
        var participle = opening < before.Count && IsSpeechParticipleOpening(before[opening]) ? opening
            : firstComma >= 0 && firstComma + 1 < before.Count && IsSpeechParticipleOpening(before[firstComma + 1]) ? firstComma + 1
            : -1;
        if (participle < 0 || before.FindIndex(participle + 1, t => SpeechVerbs.IsLowerCaseForm(t) && !Participles.IsPresent(t.Text)) >= 0)
        {
            return null;
        }

        var end = NounPhrases.NameEnd(after, 1, after.Count);
        return end - 1 >= 2 ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, after, 1, end), null) : null;

        static bool IsSpeechParticipleOpening(Token token) => Participles.IsPresent(token.Text) && SpeechVerbs.IsSpeechVerb(token.Text);
    }

    /// <summary>The agent of a passive speech verb: "by X" or "par X" within the next words.</summary>
    private static Cue? Agent(string text, List<Token> tokens, int v)
    {
        for (var k = v + 1; k < tokens.Count && k <= v + 2; k++)
        {
            if (tokens[k].Lower is "by" or "par" && k + 1 < tokens.Count)
            {
                var spans = NounPhrases.NameSpans(tokens, k + 1, System.Math.Min(tokens.Count, k + 8), includeComplements: true);
                if (spans.Count > 0 && spans[0].Start <= k + 2)
                {
                    return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, spans[0].Start, spans[0].End), null);
                }

                // "qualifié par les enquêteurs d'« homme violent »", "described by the police as": a description;
                // "cité par le journal Le Monde": the name it introduces.
                if (AgentDescriptionEnd(tokens, k + 1) is int end)
                {
                    return end < tokens.Count && NounPhrases.IsNameStart(tokens, end)
                        ? new Cue(SpeakerKind.Name, NounPhrases.Slice(text, tokens, end, NounPhrases.NameEnd(tokens, end, tokens.Count)), null)
                        : new Cue(SpeakerKind.Description, NounPhrases.Slice(text, tokens, k + 1, end), null);
                }
            }
        }

        return null;
    }

    /// <summary>A determiner and one or two lower-case words, up to a link ("de", "as", a preposition): "les enquêteurs".</summary>
    private static int? AgentDescriptionEnd(List<Token> tokens, int start)
    {
        if (start + 1 >= tokens.Count || !WordLists.Determiners.Contains(tokens[start].Text))
        {
            return null;
        }

        var end = start + 1;
        while (end < tokens.Count && end - start <= 3 && tokens[end].IsWord && !tokens[end].IsCapitalized
            && !WordLists.NounLinks.Contains(tokens[end].Text) && !WordLists.Prepositions.Contains(tokens[end].Text)
            && !WordLists.ClauseBoundaries.Contains(tokens[end].Text) && tokens[end].Lower is not ("comme" or "as")
            && !(end + 1 < tokens.Count && tokens[end + 1].Text is "'" or "’")) // "d'«": an elision before the quote
        {
            end++;
        }

        return end > start + 1 && end - start <= 3 ? end : null;
    }

    /// <summary>
    /// The speech verb before <paramref name="v"/> in its sentence that opens the reported clause holding it
    /// ("affirme que", "rapporte également que", "said that"), else null.
    /// </summary>
    private static int? ReportingVerbBefore(List<Token> tokens, int v)
    {
        for (var u = v - 2; u >= 0; u--)
        {
            var next = u + 1;
            while (next < v && WordLists.Fillers.Contains(tokens[next].Text))
            {
                next++;
            }

            if (next < v && tokens[next].Text is "que" or "qu’" or "qu'" or "that" && IsVerb(tokens, u) && !SpeechVerbs.IsInciseOnly(tokens[u].Text))
            {
                return u;
            }
        }

        return null;
    }

    /// <summary>A speech verb, written in lower case unless it opens the text ("the United States is" holds no verb "States").</summary>
    private static bool IsVerb(List<Token> tokens, int v) =>
        (tokens[v].Lower == "put" && v + 1 < tokens.Count && tokens[v + 1].Lower == "it" && v >= 2) // "As Johnson put it, "…""
        || (SpeechVerbs.IsSpeechVerb(tokens[v].Text) && (v == 0 || !tokens[v].IsCapitalized) && !NounPhrases.AfterDeterminer(tokens, v) && !ParticipleInName(tokens, v))
        || IsStatementRead(tokens, v)
        || IsWantedSpeech(tokens, v)
        || (v >= 1 && SpeechVerbs.IsMadeKnown(tokens[v].Text, tokens[v - 1].Text));

    /// <summary>"a tenu à préciser", "a voulu rappeler": a speech verb's infinitive after a verb of wanting.</summary>
    private static bool IsWantedSpeech(List<Token> tokens, int v) =>
        v >= 1 && SpeechVerbs.IsWantedSpeech(tokens[v].Text, tokens[v - 1].Text, v >= 2 ? tokens[v - 2].Text : null);

    /// <summary>
    /// "a statement which read, in part, "…"", "The letter reads: "…"": what a written statement reads is
    /// quoted speech; "read" alone is not a speech verb ("he read the report").
    /// </summary>
    private static bool IsStatementRead(List<Token> tokens, int v)
    {
        if (v < 1 || !(string.Equals(tokens[v].Text, "read", System.StringComparison.OrdinalIgnoreCase) || string.Equals(tokens[v].Text, "reads", System.StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // ("Stardom's official statement yesterday read "…"": a time word may stand between the statement and its verb.)
        var before = v - 1;
        while (before > 0 && WordLists.TimeWords.Contains(tokens[before].Text))
        {
            before--;
        }

        return WordLists.StatementNouns.Contains(tokens[before].Text)
            || (before >= 1 && tokens[before].Lower is "which" or "that" && WordLists.StatementNouns.Contains(tokens[before - 1].Text));
    }

    /// <summary>
    /// "Le Canard enchaîné pointe …": a French past participle right after a capitalised word, with no
    /// auxiliary, is an adjective in a name, not a speech verb ("Jean Dupont a enchaîné" has its "a").
    /// </summary>
    private static bool ParticipleInName(List<Token> tokens, int v) =>
        v > 0 && tokens[v - 1] is { IsWord: true, IsCapitalized: true } && v - 1 > 0 && Participles.EndsLikeFrenchPast(tokens[v].Text);

    /// <summary>Past "voilà" or "c'est" at <paramref name="at"/>: where "ce qu'a dit X" would start; else null.</summary>
    private static int? AfterPresentative(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Lower == "voilà" ? at + 1
        : at + 1 < tokens.Count && tokens[at].Lower is "c'" or "c’" && tokens[at + 1].Lower == "est" ? at + 2
        : null;

    /// <summary>"(Selon) ce qu’a confié à France Info Jacques Witkowski": the subject after the verb, else null.</summary>
    public static Cue? WhatXSaid(string text, List<Token> tokens, int at)
    {
        if (at + 3 < tokens.Count && tokens[at].Lower == "ce" && tokens[at + 1].Lower is "qu’" or "qu'" or "que")
        {
            var verb = tokens[at + 2].Lower is "a" or "ont" or "avait" or "avaient" ? at + 3 : at + 2;
            if (SpeechVerbs.IsSpeechVerb(tokens[verb].Text))
            {
                return NounPhrases.AfterVerb(text, tokens, verb + 1);
            }
        }

        return null;
    }

    /// <summary>"selon", "d’après", "according to": the index after the marker, else null.</summary>
    internal static int? SourceMarker(List<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word == "selon")
        {
            return i + 1;
        }

        if (word is "d’" or "d'" && i + 1 < tokens.Count && tokens[i + 1].Lower == "après")
        {
            return i + 2;
        }

        if (word == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
        {
            return i + 2;
        }

        // "In the words of the coach, "…"", "In the eyes of X", "Selon les mots de X" reads as "selon X" already.
        if (word == "in" && i + 3 < tokens.Count && tokens[i + 1].Lower == "the" && tokens[i + 2].Lower is "words" or "eyes" && tokens[i + 3].Lower == "of")
        {
            return i + 4;
        }

        // "Aux yeux de Jocelyne Marchetti, …", "À en croire le président du syndicat, Gérard Sabathé, « … »".
        if (word == "aux" && i + 2 < tokens.Count && tokens[i + 1].Lower == "yeux" && tokens[i + 2].Lower is "de" or "d'" or "d’" or "du")
        {
            return tokens[i + 2].Lower == "du" ? i + 2 : i + 3;
        }

        if (word is "à" or "a" && i + 2 < tokens.Count && tokens[i + 1].Lower == "en" && tokens[i + 2].Lower == "croire")
        {
            return i + 3;
        }

        return null;
    }

    /// <summary>
    /// "peut-on lire dans le communiqué", "lit-on dans Le Monde": what one reads somewhere is quoted from there; "a-t-on
    /// appris auprès de la préfecture", "apprend-on de source policière": so is what one learns from someone.
    /// </summary>
    private static bool IsReadOn(List<Token> tokens, int v, string pronoun, string verb) =>
        pronoun == "on" && (verb is "lit" or "apprend" or "apprenait"
            || (verb is "peut" or "pouvait" && v + 1 < tokens.Count && tokens[v + 1].Lower == "lire")
            || (verb is "a" or "avait" && v + 1 < tokens.Count && tokens[v + 1].Lower == "appris"));

    /// <summary>"a-t-il", "ajoute-t-elle", "estime-t-il": an inverted pronoun subject of a speech verb.</summary>
    private static string? InvertedPronoun(List<Token> tokens, int v)
    {
        var word = tokens[v].Lower;
        var dash = word.LastIndexOf('-');
        if (dash <= 0)
        {
            return null;
        }

        var pronoun = word.Substring(dash + 1);
        if (pronoun is not ("il" or "elle" or "ils" or "elles" or "on"))
        {
            return null;
        }

        var verb = word.Substring(0, word.IndexOf('-'));
        if (SpeechVerbs.IsSpeechVerb(verb) || IsReadOn(tokens, v, pronoun, verb))
        {
            return pronoun;
        }

        // "a-t-il ajouté", "avait-elle déclaré", "a-t-il aussi précisé", "a-t-il ainsi confié"
        if (WordLists.FrenchAuxiliaries.Contains(verb))
        {
            var participle = v + 1;
            while (participle < tokens.Count && participle <= v + 3 && (WordLists.Fillers.Contains(tokens[participle].Text) || tokens[participle].Lower is "ainsi" or "toutefois" or "cependant"))
            {
                participle++;
            }

            // "a-t-il d’abord affirmé", "a-t-elle tout d’abord déclaré"
            if (participle + 1 < tokens.Count && tokens[participle].Lower is "tout" && tokens[participle + 1].Lower is "d’" or "d'")
            {
                participle++;
            }

            if (participle + 1 < tokens.Count && tokens[participle].Lower is "d’" or "d'" && tokens[participle + 1].Lower == "abord")
            {
                participle += 2;
            }

            if (participle < tokens.Count && SpeechVerbs.IsSpeechVerb(tokens[participle].Text))
            {
                return pronoun;
            }
        }

        return null;
    }
}
