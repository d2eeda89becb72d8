using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

// Descriptions (determiner + noun + complements), roles and appositions.
internal static partial class NounPhrases
{
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

            // ("said the company's CEO", "the agency's Director": a capitalised office after a lower-case word, introducing no
            // name, is the description's noun.)
            if (t.IsCapitalized && k > j && !afterLink
                && !(tokens[k - 1] is { IsWord: true, IsCapitalized: false } && IsTitle(tokens, k) && (k + 1 >= n || !IsNameStart(tokens, k + 1))))
            {
                break; // the name the description introduces
            }

            // A name after the link (a capitalised word here is after one: the test above) is the complement's, whole, when the
            // comma of an apposition closes it ("l'avocate de Kevin Marchal, Me Julie Ferrand"), or when it has two words or more
            // and no comma after it ("said a spokeswoman for the Home Office", "said the mother of Jean Dupont": its first word was
            // read as the description's and the rest as the person). Not when a person's name runs on after the complement's noun
            // with no comma ("le ministre de l'Économie Bruno Le Maire", "le ministre de l'Intérieur Christophe Castaner"): that
            // person is the caller's to read.
            if (t.IsCapitalized && k > j && IsNameStart(tokens, k))
            {
                var complementEnd = NameEnd(tokens, k, n);
                var comma = complementEnd < n && tokens[complementEnd].Text == ",";
                if ((comma && complementEnd + 1 < n && (IsNameStart(tokens, complementEnd + 1) || IsTitle(tokens, complementEnd + 1)))
                    || (!comma && complementEnd - k >= 2 && PersonAfterComplementNoun(tokens, (k, complementEnd)) is null))
                {
                    k = complementEnd;
                    break;
                }
            }

            // ("un officier du service départemental d'incendie et de secours": "et" before a complement joins two complements of
            // one noun, as the backward reading of Subject keeps it.)
            if (k > j + 2 && t.Lower is "et" or "and" && k + 2 < n && tokens[k + 1].Lower is "de" or "d'" or "d’" or "du" or "des" or "of"
                && tokens[k - 1] is { IsWord: true, IsCapitalized: false } && tokens[k - 2].Lower is "de" or "d'" or "d’" or "of")
            {
                k++;
                count++;
                continue;
            }

            // ("l'accusé", "the report": after a determiner a speech verb's form is a noun. "a rétorqué l'ex-ministre mardi":
            // a time word after the noun is the incise's, not the description's; "l'édition du soir" keeps it after a link.)
            // ("a confirmé le ministère sans préciser son identité": "sans"/"without" open a clause of manner, as a preposition does.)
            if (k > j && ((WordLists.Prepositions.Contains(t.Text) && !WordLists.NounLinks.Contains(t.Text)) || t.Lower is "sans" or "without" || WordLists.ClauseBoundaries.Contains(t.Text)
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

    /// <summary>
    /// "une source policière", "a senior official": the indefinite description whose noun is the token at <paramref name="noun"/>
    /// (two lower-case words at most between the determiner and it), as written up to its end; else null.
    /// </summary>
    public static string? IndefiniteDescriptionAt(string text, List<Token> tokens, int noun)
    {
        for (var determiner = noun - 1; determiner >= 0 && determiner >= noun - 3; determiner--)
        {
            var token = tokens[determiner];
            if (token.Lower is "un" or "une" or "a" or "an" or "one")
            {
                var end = DescriptionEnd(tokens, determiner, tokens.Count);
                return end > noun ? Slice(text, tokens, determiner, end) : null;
            }

            if (token is not { IsWord: true, IsCapitalized: false })
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"at the same time", "in the meantime", "at that moment": a preposition, lower-case words, then a noun of time.</summary>
    private static bool IsTimePhraseOnly(List<Token> tokens, int from, int to)
    {
        if (to - from < 2 || to - from > 5 || tokens[from].Lower is not ("at" or "in" or "for" or "by" or "during") || tokens[to - 1].Lower is not ("time" or "moment" or "meantime" or "point" or "stage"))
        {
            return false;
        }

        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k] is not { IsWord: true, IsCapitalized: false })
            {
                return false;
            }
        }

        return true;
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

            // ("a Greater Manchester Fire and Rescue Service spokesman", "a Marks and Spencer spokesman": "and" between capitalised
            // words is part of a name.)
            if (tokens[i].Lower is "and" or "et" or "&" && i + 1 < to && i > from && tokens[i - 1] is { IsWord: true, IsCapitalized: true } && tokens[i + 1] is { IsWord: true, IsCapitalized: true })
            {
                continue;
            }

            // ("the Bramley Road car park": English "car" after a word is a noun, not French "car", because.)
            if ((WordLists.ClauseBoundaries.Contains(tokens[i].Text) && !(i > from && CueRules.IsCarTheNoun(tokens, i)))
                || tokens[i].Text is "," or ";" or ":" or "(" or ")")
            {
                start = i + 1;
                break;
            }
        }

        // ("Some officials deny it, but at the same time say": a time phrase alone after the clause's boundary describes no one.)
        if (IsTimePhraseOnly(tokens, start, to))
        {
            return null;
        }

        while (start < to && (WordLists.Prepositions.Contains(tokens[start].Text) || WordLists.TimeWords.Contains(tokens[start].Text)))
        {
            start++; // "with the army", "day he": the words before the subject are not part of it
        }

        // "Lui qui l'avait affrontée en 2020 parle": "l'" before an auxiliary is an object pronoun, and a verb phrase follows.
        if (start + 1 < to && tokens[start].Lower is "l'" or "l’" && WordLists.FrenchAuxiliaries.Contains(tokens[start + 1].Text))
        {
            return null;
        }

        // "To call the prisoners described by …": after "to", a lower-case word that no determiner opens is an infinitive,
        // and what follows is its object, no description of a speaker.
        if (start > from && start < to && tokens[start - 1].Lower == "to" && tokens[start] is { IsWord: true, IsCapitalized: false } infinitive
            && !WordLists.Determiners.Contains(infinitive.Text))
        {
            return null;
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

        // ("said the pilot of the aircraft behind them": an object pronoun ending a phrase of three words or more is its
        // complement's, and the phrase is the description.)
        if (WordLists.Pronouns.Contains(tokens[to - 1].Text) && !(to - start >= 3 && tokens[to - 1].Lower is "them" or "him" or "her" or "eux"))
        {
            return new Cue(SpeakerKind.Pronoun, tokens[to - 1].Text, null);
        }

        var hasNoun = false;
        for (var i = start; i < to; i++)
        {
            hasNoun |= tokens[i].IsWord && !WordLists.Determiners.Contains(tokens[i].Text) && !WordLists.Fillers.Contains(tokens[i].Text)
                && (!WordLists.NotNames.Contains(tokens[i].Text) || IsIndefinitePerson(tokens[i])); // ("Someone said, "…"": no name, but a speaker)
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
                // ("un communiqué de la préfecture de la Haute-Vienne": a lower-case owner keeps its adjectives and its named complement.)
                var nameEnd = IsNameWord(tokens[ownerEnd]) ? NameEnd(tokens, ownerEnd, to) : NamedComplementEnd(tokens, AdjectivesEnd(tokens, ownerEnd + 1, to), to);
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
            // ("those who serve sentences not described by people like him": English "not" negates a verb too.)
            if (tokens[i].Lower is "ayant" or "étant" or "doit" or "doivent" or "peut" or "peuvent" or "ne" or "n’" or "n'" or "not")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Past a lower-case noun and its adjectives (<paramref name="end"/>), a complement that names: "de la Santé", "of the Interior"
    /// ("ministère de la Santé"); where it ends, else <paramref name="end"/>.
    /// </summary>
    private static int NamedComplementEnd(List<Token> tokens, int end, int to)
    {
        var k = end;
        if (k + 1 >= to || tokens[k].Lower is not ("de" or "du" or "des" or "d'" or "d’" or "of"))
        {
            return end;
        }

        k = AfterDefiniteArticles(tokens, k + 1, to);
        return k < to && IsNameStart(tokens, k) ? NameEnd(tokens, k, to) : end;
    }

    /// <summary>Past the definite articles from <paramref name="k"/> ("the", "le", "la", "l'", "les"), before <paramref name="to"/>.</summary>
    private static int AfterDefiniteArticles(List<Token> tokens, int k, int to)
    {
        while (k < to && (NameIndex.IsDefiniteDeterminer(tokens[k].Lower) || tokens[k].Lower == "les"))
        {
            k++;
        }

        return k;
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
        // (Nor past a number, in figures or in words: "Ten Hag added", "The ten Labour MPs".)
        while (start > from && tokens[start - 1].Text is not ("," or ";" or ":" or "(" or ")" or "—" or "–") && !WordLists.ClauseBoundaries.Contains(tokens[start - 1].Text) && !char.IsDigit(tokens[start - 1].Text[0])
            && !WordLists.IsCount(tokens[start - 1].Text))
        {
            start--;
        }

        // ("Shares fell 8% after chief executive Laura Bent warned": the sign after a number and a conjunction of time open no role.)
        while (start < end && (!tokens[start].IsWord || tokens[start].Lower is "after" or "before" or "when" or "while" or "as" or "since" or "until"
            or "après" or "avant" or "quand" or "lorsque" or "alors"))
        {
            start++;
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

        // "At a rally in Des Moines, Iowa, Jane Doe told": capitalised words alone before the comma, none a title, end a place or
        // a name of the opening phrase, no role ("Managing Director, X" is one).
        if (end < nameStart && AllCapitalisedWithNoTitle(tokens, start, end))
        {
            return null;
        }

        return StripDeterminer(text, tokens, start, end);
    }

    private static bool AllCapitalisedWithNoTitle(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsCapitalized || IsTitle(tokens, k) || WordLists.IsOfficeWord(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
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
        // ("Selon le ministre Michel Sapin, le ministre des finances a dit :": nor past a colon or a speech verb, the clause's own.)
        while (end < tokens.Count && tokens[end].Text is not ("," or "." or ";" or ":" or "(" or ")") && !WordLists.ClauseBoundaries.Contains(tokens[end].Text) && end - start < MaxDescriptionTokens + 4
            && !(end > start && tokens[end] is { IsWord: true, IsCapitalized: false } && SpeechVerbs.IsLowerCaseForm(tokens[end]) && !AfterDeterminer(tokens, end))
            && !(end > start && end + 1 < tokens.Count && WordLists.FrenchAuxiliaries.Contains(tokens[end].Text) && SpeechVerbs.IsLowerCaseForm(tokens[end + 1])))
        {
            end++;
        }

        // ("Maria Lopez, 54, said", "Jean Dupont, 45 ans, a expliqué": an age is no role; "Jean Dupont, avant de
        // quitter la salle": nor is a phrase that opens on a preposition; "said Liz Truss, adding that",
        // "Jean Dupont, ajoutant que": nor a speech verb's participle; "said Brown, whose son died": nor a relative clause, "whose"
        // being no clause boundary elsewhere.)
        if (end == start || tokens[start].IsCapitalized && !WordLists.Determiners.Contains(tokens[start].Text) || char.IsDigit(tokens[start].Text[0])
            || WordLists.Prepositions.Contains(tokens[start].Text) || IsSpeechParticiple(tokens[start].Text) || tokens[start].Lower == "whose")
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

    /// <summary>
    /// The end of the lower-case words that follow a noun up to <paramref name="to"/>, its French adjectives ("un communiqué de
    /// l'armée kurde" → "l'armée kurde"): at most three, none a preposition, a determiner, "et"/"and" or a word that looks like
    /// a verb.
    /// </summary>
    private static int AdjectivesEnd(List<Token> tokens, int from, int to)
    {
        var end = from;
        while (end < to && end - from < 3 && tokens[end] is { IsWord: true, IsCapitalized: false } word && !WordLists.Prepositions.Contains(word.Text)
            && !WordLists.Determiners.Contains(word.Text) && !WordLists.NounLinks.Contains(word.Text) && word.Lower is not ("et" or "and" or "ou" or "or") && !LooksLikeVerb(word))
        {
            end++;
        }

        return end;
    }

    /// <summary>"someone", "somebody", "quelqu'un": an unnamed person, who may speak.</summary>
    private static bool IsIndefinitePerson(Token token) => token.Lower is "someone" or "somebody" or "quelqu'un" or "quelqu’un";
}
