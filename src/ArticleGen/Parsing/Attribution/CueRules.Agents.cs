using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

// Passives and their agents ("lancée par le député"), and the verb, marker and inversion tests the other parts share.
internal static partial class CueRules
{
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
            || !(opensSentence || (participle >= 1 && (WordLists.PassiveAuxiliaries.Contains(before[participle - 1].Text) || IsApposedParticiple(before, participle)))))
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
    /// "L'accord, jugé « fragile » par le médiateur", "The terminal, described as "…" by X,", "Une explication jugée « … » par la
    /// sénatrice": a participle set after a comma, or right after a determiner and its lower-case noun, is passive, as after an
    /// auxiliary; after "a"/"has" it is active ("Il a jugé la mesure « … » par …").
    /// </summary>
    private static bool IsApposedParticiple(List<Token> tokens, int participle) =>
        tokens[participle - 1].Text == ","
        || (tokens[participle - 1] is { IsWord: true, IsCapitalized: false } noun && participle >= 2 && WordLists.Determiners.Contains(tokens[participle - 2].Text)
            && !WordLists.SubjectVerbs.Contains(noun.Text) && !WordLists.Pronouns.Contains(noun.Text));

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
                        : new Cue(SpeakerKind.Description, NounPhrases.Slice(text, tokens, k + 1, WithNamedComplement(tokens, end)), null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Past a description's end, the complement that names whose it is, when a name follows its "de" or "of": "les dirigeants
    /// de l'UE", "the leaders of the G7". (A lower-case complement is left out: "les enquêteurs d'« homme violent »".)
    /// </summary>
    private static int WithNamedComplement(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Lower is not ("de" or "du" or "des" or "d'" or "d’" or "of"))
        {
            return end;
        }

        var name = tokens[end + 1].Lower is "l'" or "l’" or "la" or "le" or "les" or "the" ? end + 2 : end + 1;
        return name < tokens.Count && NounPhrases.IsNameStart(tokens, name) ? NounPhrases.NameEnd(tokens, name, tokens.Count) : end;
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
            && !WordLists.TimeWords.Contains(tokens[end].Text) // "annoncées par le président lundi": the day is no part of the agent
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

            // ("Aisha Farouk said its clinics … had admitted …": English reports with no "that", a determiner after the verb.)
            if (tokens[u].Lower is "said" or "says" && next < v && tokens[next].Lower is "its" or "the" or "his" or "her" or "their")
            {
                return u;
            }
        }

        return null;
    }

    /// <summary>A speech verb, written in lower case unless it opens the text ("the United States is" holds no verb "States").</summary>
    private static bool IsVerb(List<Token> tokens, int v) =>
        (tokens[v].Lower is "put" or "puts" && v + 1 < tokens.Count && tokens[v + 1].Lower == "it" && v >= 2) // "As Johnson put it, "…"", "As Zeinobia puts it:"
        || (tokens[v].Lower is "shot" or "shoots" or "hit" or "hits" or "fired" or "fires" && v + 1 < tokens.Count && tokens[v + 1].Lower == "back") // ""…," he shot back"
        || (SpeechVerbs.IsSpeechVerb(tokens[v].Text) && (v == 0 || !tokens[v].IsCapitalized) && !NounPhrases.AfterDeterminer(tokens, v) && !ParticipleInName(tokens, v)
            && !TalksToSomeone(tokens, v) && !IsPluralNounAfterPreposition(tokens, v))
        || IsStatementRead(tokens, v)
        || IsWantedSpeech(tokens, v)
        || (v >= 1 && SpeechVerbs.IsMadeKnown(tokens[v].Text, tokens[v - 1].Text))
        || IsReferredToAs(tokens, v);

    /// <summary>
    /// "The group shared posts, including claims that "…"", "amid reports that": a speech verb's -s form after a preposition,
    /// or after an -ed adjective and before "of"/"for", is a plural noun, no verb; that adjective after a preposition is none
    /// either.
    /// </summary>
    private static bool IsPluralNounAfterPreposition(List<Token> tokens, int v) =>
        v > 0 && WordLists.EndsAsPlural(tokens[v].Text)
        && (tokens[v - 1].Lower is "including" or "of" or "with" or "about" or "amid" or "among" or "despite" or "over"
            // ("through repeated cries of: "…"", "renewed calls for": after an -ed adjective, before "of"/"for", a plural noun.)
            || (v + 1 < tokens.Count && tokens[v + 1].Lower is "of" or "for" && tokens[v - 1].IsWord && !tokens[v - 1].IsCapitalized
                && tokens[v - 1].Lower.EndsWith("ed", System.StringComparison.Ordinal)))
        // ("through repeated cries", "with renewed calls": an -ed form right after a preposition and before a noun is its adjective.)
        || (v > 0 && v + 1 < tokens.Count && tokens[v - 1].Lower is "through" or "with" or "amid" or "despite" or "after"
            && tokens[v].Lower.EndsWith("ed", System.StringComparison.Ordinal) && tokens[v + 1] is { IsWord: true, IsCapitalized: false });

    /// <summary>
    /// "Biden referred to the hecklers as "ugly folks"": "refer to … as" names something in the speaker's words, as "described
    /// … as" does; "refer" alone is no speech verb ("he referred the case to the police", "the report refers to the war"), nor
    /// is "referred to as" with nobody named in between.
    /// </summary>
    private static bool IsReferredToAs(List<Token> tokens, int v)
    {
        if (tokens[v].Lower is not ("referred" or "refers" or "refer" or "referring") || v + 1 >= tokens.Count || tokens[v + 1].Lower != "to")
        {
            return false;
        }

        for (var k = v + 2; k < tokens.Count && k <= v + 8; k++)
        {
            if (tokens[k].Lower == "as")
            {
                return k > v + 2; // "commonly referred to as "collateral damage"": a passive, what a thing is called
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a tenu à préciser", "a voulu rappeler": a speech verb's infinitive after a verb of wanting.</summary>
    private static bool IsWantedSpeech(List<Token> tokens, int v) =>
        v >= 1 && SpeechVerbs.IsWantedSpeech(tokens[v].Text, tokens[v - 1].Text, v >= 2 ? tokens[v - 2].Text : null);

    /// <summary>"Wikinews talked with her": whoever is talked to or with speaks next, not the subject of "talk".</summary>
    private static bool TalksToSomeone(List<Token> tokens, int v) =>
        v + 1 < tokens.Count && tokens[v + 1].Lower is "to" or "with" && tokens[v].Lower.StartsWith("talk", System.StringComparison.Ordinal);

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
    internal static int? AfterPresentative(List<Token> tokens, int at) =>
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
            // ("selon les mots de X", "selon les termes du ministre": the words are X's.)
            return WordsOf(tokens, i + 1) ?? i + 1;
        }

        // "pour reprendre les mots du député", "pour reprendre l'expression de X"; "to quote the minister" (after a comma or
        // opening: "refused to quote a figure" is no source).
        if (word == "pour" && i + 1 < tokens.Count && tokens[i + 1].Lower == "reprendre" && WordsOf(tokens, i + 2) is int reprendre)
        {
            return reprendre;
        }

        if (word == "to" && i + 1 < tokens.Count && tokens[i + 1].Lower == "quote" && (i == 0 || tokens[i - 1].Text == ","))
        {
            return i + 2;
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
            return NounPhrases.AfterLink(tokens, i + 2);
        }

        if (word is "à" or "a" && i + 2 < tokens.Count && tokens[i + 1].Lower == "en" && tokens[i + 2].Lower == "croire")
        {
            return i + 3;
        }

        return null;
    }

    /// <summary>
    /// Whether the marker at <paramref name="i"/> says the words are someone's, not only where they come from: "in the words of",
    /// "selon les mots de", "pour reprendre l'expression de", "to quote".
    /// </summary>
    internal static bool IsWordsOfMarker(List<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].Lower switch
        {
            "selon" => WordsOf(tokens, i + 1) is not null,
            "pour" or "to" => SourceMarker(tokens, i) is not null, // "pour reprendre les mots de", "to quote"
            "in" => tokens[i + 1].Lower == "the" && tokens[i + 2].Lower == "words" && SourceMarker(tokens, i) is not null,
            _ => false,
        };

    // "les mots de", "les termes du", "l'expression de": past the noun of words and its link, where the speaker starts ("du"
    // kept: "du ministre" reads as "le ministre"); else null.
    private static int? WordsOf(List<Token> tokens, int at)
    {
        var link = at + 1 < tokens.Count && tokens[at].Lower == "les" && tokens[at + 1].Lower is "mots" or "termes" or "propos" or "paroles" ? at + 2
            : at + 1 < tokens.Count && tokens[at].Lower is "l'" or "l’" && tokens[at + 1].Lower == "expression" ? at + 2
            : -1;
        return link > 0 && link < tokens.Count && tokens[link].Lower is "de" or "d'" or "d’" or "du" ? NounPhrases.AfterLink(tokens, link) : null;
    }

    /// <summary>
    /// "peut-on lire dans le communiqué", "lit-on dans Le Monde": what one reads somewhere is quoted from there; "a-t-on
    /// appris auprès de la préfecture", "apprend-on de source policière": so is what one learns from someone.
    /// </summary>
    private static bool IsReadOn(List<Token> tokens, int v, string pronoun, string verb) =>
        pronoun == "on" && (verb is "lit" or "apprend" or "apprenait"
            || (verb is "peut" or "pouvait" && v + 1 < tokens.Count && tokens[v + 1].Lower == "lire")
            || (verb is "a" or "avait" && v + 1 < tokens.Count && tokens[v + 1].Lower == "appris"));

    /// <summary>
    /// "simplement", "sobrement", "fermement": a lower-case adverb in "-ment" between an inverted auxiliary and its participle
    /// ("a-t-il simplement dit"). Of seven letters or more, so no "moment"-like noun slips in; read only after a French
    /// inverted pronoun, English nouns in "-ment" ("a government official") never come there.
    /// </summary>
    private static bool IsFrenchMannerAdverb(Token token) =>
        token is { IsWord: true, IsCapitalized: false } && token.Text.Length >= 7 && token.Text.EndsWith("ment", System.StringComparison.Ordinal);

    /// <summary>
    /// French adverbs written between "a" and the participle of an inverted incise, of manner mostly ("a simplement dit le
    /// maire", "a sobrement réagi X", "a aussitôt répliqué"). A list, not an ending: after "a", English nouns in "-ment" open a
    /// description ("a government official said", "a statement said").
    /// </summary>
    private static readonly WordSet FrenchMannerAdverbs = new(new[]
    {
        "simplement", "sobrement", "fermement", "clairement", "brièvement", "calmement", "sèchement", "vivement", "longuement",
        "publiquement", "ironiquement", "franchement", "prudemment", "seulement", "immédiatement", "directement", "rapidement",
        "vertement", "laconiquement", "tranquillement", "amèrement", "fièrement", "posément", "froidement", "doucement",
        "ouvertement", "officiellement", "personnellement", "aussitôt", "vite",
    });

    /// <summary>
    /// Whether <paramref name="verb"/> (an inverted verb or a participle) and the words from <paramref name="next"/> say something
    /// by a periphrasis, as the incises without a pronoun are read: "fait savoir" (<see cref="SpeechVerbs.IsMadeKnown"/>), "tenu
    /// à préciser", "voulu rappeler" (<see cref="SpeechVerbs.IsWantedSpeech"/>).
    /// </summary>
    private static bool SaysByPeriphrasis(List<Token> tokens, int next, string verb) =>
        next < tokens.Count && (SpeechVerbs.IsMadeKnown(tokens[next].Text, verb) || SpeechVerbs.IsWantedSpeech(tokens[next].Text, verb, null)
            || (next + 1 < tokens.Count && SpeechVerbs.IsWantedSpeech(tokens[next + 1].Text, tokens[next].Text, verb)));

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
        if (SpeechVerbs.IsSpeechVerb(verb) || IsReadOn(tokens, v, pronoun, verb) || SaysByPeriphrasis(tokens, v + 1, verb))
        {
            return pronoun;
        }

        // "a-t-il ajouté", "avait-elle déclaré", "a-t-il aussi précisé", "a-t-il ainsi confié"; a reflexive's "est" too: "s'est-il
        // félicité", "s'est-elle contentée de répondre".
        if (WordLists.FrenchAuxiliaries.Contains(verb) || verb is "est" or "était")
        {
            var participle = v + 1;
            while (participle < tokens.Count && participle <= v + 3 && (WordLists.Fillers.Contains(tokens[participle].Text) || tokens[participle].Lower is "ainsi" or "toutefois" or "cependant"
                || IsFrenchMannerAdverb(tokens[participle])))
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

            // "a-t-il fait savoir", "a-t-elle tenu à préciser", "a-t-il voulu rappeler": a speech verb's periphrasis.
            if (participle < tokens.Count && SaysByPeriphrasis(tokens, participle + 1, tokens[participle].Lower))
            {
                return pronoun;
            }

            // "s'est-il contenté de dire", "s'est-elle bornée à répondre": limiting oneself to saying is saying.
            if (participle + 2 < tokens.Count && tokens[participle].Lower is "contenté" or "contentée" or "contentés" or "contentées" or "borné" or "bornée" or "bornés" or "bornées"
                && tokens[participle + 1].Lower is "de" or "d'" or "d’" or "à" && SpeechVerbs.IsSpeechVerb(tokens[participle + 2].Text))
            {
                return pronoun;
            }
        }

        return null;
    }
}
