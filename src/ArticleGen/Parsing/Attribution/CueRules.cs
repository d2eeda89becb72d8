using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// The cue patterns, read on the tokens after a quote (an incise) or before it (in its sentence). This part reads the
/// incise after a quote; <c>CueRules.Before.cs</c> the cues before it in its sentence (markers, statements, claims);
/// <c>CueRules.Openers.cs</c> the subjects that open sentences and clauses, and lead-ins before a colon;
/// <c>CueRules.Agents.cs</c> passives and their agents, and the verb and marker tests the others share.
/// </summary>
internal static partial class CueRules
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

        // ""safest in the world", as claimed by the authorities", "« … », comme affirmé par le ministère": a comparison's
        // passive speech verb names its agent as the speaker.
        if (i + 3 < tokens.Count && tokens[i].Lower is "as" or "comme" && tokens[i + 1] is { IsWord: true, IsCapitalized: false } participle
            && Participles.IsPast(participle.Text) && SpeechVerbs.IsSpeechVerb(participle.Text) && tokens[i + 2].Lower is "by" or "par")
        {
            return NounPhrases.AfterVerb(text, tokens, i + 3);
        }

        // ""…", reads an AEW press release", ""…", read the statement from the union": "read" reports speech only
        // when a statement reads; whoever issued it speaks.
        if (tokens[i].Lower is "reads" or "read" && IssuerOfStatementThatReads(text, tokens, i + 1) is { } reader)
        {
            return reader;
        }

        // ""…" was the message from union leader X", ""…," came the reply from X", "« … », tel est le message de X": the quote is
        // the message or the answer, and its sender speaks.
        if (SenderOfMessage(text, tokens, i) is { } sender)
        {
            return sender;
        }

        // "« … » : voilà ce qu'a déclaré X", "« … » : c'est ce qu'a affirmé X", "« … », c'est ce qu'a déclaré X".
        if ((tokens[i].Text == ":" ? AfterPresentative(tokens, i + 1) : i > 0 && tokens[i - 1].Text == "," ? AfterPresentative(tokens, i) : null) is int what
            && (WhatXSaid(text, tokens, what) ?? Cataphora.ThusSubject(text, tokens, what, tokens.Count)) is { } said)
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

        // A dash, then a role and a name, or a hyphen for the dash, closing the words after the quote: "'We will rebuild' —
        // Springfield mayor Jane Doe", "'We will rebuild' - Jane Doe".
        if (i > 0 && tokens[i - 1].Text is "—" or "–" or "-" && NounPhrases.AfterVerb(text, tokens, i) is { Kind: SpeakerKind.Name } signed
            && text.Substring(tokens[i].Start, tokens[tokens.Count - 1].End - tokens[i].Start).TrimEnd('.', ' ').EndsWith(signed.Text, System.StringComparison.Ordinal))
        {
            return signed;
        }

        var limit = System.Math.Min(tokens.Count, i + IncisePatience);
        var relativeComma = -1;
        var extended = false;
        for (var v = i; v < limit; v++)
        {
            var word = tokens[v].Text;
            if (word is "." or ";" or ":" or "«" or "“" or "\"")
            {
                break;
            }

            // (""nowhere near good enough" for more than a year, the Office of Rail and Road said": past words with no verb and
            // their comma, the incise has its own reach.)
            if (word == "," && v > i && !extended && relativeComma < 0)
            {
                extended = true;
                limit = System.Math.Min(tokens.Count, v + 1 + IncisePatience);
            }

            // ""…," Smith, who has lived in the town for 20 years, told the BBC", "…, the woman, who asked not to be named, said":
            // a relative aside between the subject and its verb is passed over, its verbs no incise's; the subject is before it,
            // and the verb must come right after it.
            if (v > i && relativeComma < 0 && tokens[v].Lower is "who" or "qui" && tokens[v - 1].Text == "," && RelativeAsideClose(tokens, v) is int close)
            {
                relativeComma = v - 1;
                v = close;
                limit = System.Math.Min(tokens.Count, close + 4);
                continue;
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

            // ("…?" sentimentally asked Rykov", ""…," quietly said the minister": an adverb of manner alone before the verb leaves
            // the incise inverted; after a subject, ""…," he quietly said", it is no part of the subject.)
            if (before == i + 1 && IsMannerAdverb(tokens[i]))
            {
                before = i;
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
                        || tokens[i + 1].Lower is "de" or "juste" or "quant" or "ainsi" || FrenchMannerAdverbs.Contains(tokens[i + 1].Text))));
            // "« … » a affirmé ne pas être convaincu": a negated infinitive after the verb holds no subject.
            if ((before == i || invertedAuxiliary) && v + 1 < tokens.Count && tokens[v + 1].Lower is "ne" or "n'" or "n’")
            {
                return null;
            }

            return before == i || invertedAuxiliary
                ? LateSubject.Prefer(text, tokens, v + 1, NounPhrases.AfterVerb(text, tokens, v + 1))
                : NounPhrases.Subject(text, tokens, i, relativeComma >= 0 ? relativeComma : before > i + 1 && IsMannerAdverb(tokens[before - 1]) ? before - 1 : v);
        }

        return NameBeforeLongApposition(text, tokens, i);
    }

    // An English adverb of manner by its shape ("quietly", "sarcastically": six letters or more), not a noun or an adjective in -ly
    // ("the family said", "the weekly reported"); a French one from the list ("sobrement").
    private static bool IsMannerAdverb(Token token) =>
        token is { IsWord: true, IsCapitalized: false }
        && ((token.Text.Length >= 6 && token.Text.EndsWith("ly", System.StringComparison.Ordinal) && !NounsInLy.Contains(token.Text))
            || FrenchMannerAdverbs.Contains(token.Text));

    private static readonly WordSet NounsInLy = new(new[]
    {
        "family", "assembly", "supply", "anomaly", "monopoly", "weekly", "monthly", "quarterly", "homily", "friendly", "elderly", "lonely",
        "lovely", "likely",
    });

    /// <summary>The comma closing a relative aside that opens at <paramref name="relative"/>, within 25 words and the sentence; else null.</summary>
    private static int? RelativeAsideClose(List<Token> tokens, int relative)
    {
        for (var k = relative + 2; k < tokens.Count && k - relative <= 25; k++)
        {
            if (tokens[k].Text is "." or ";" or ":" or "«" or "»" or "“" or "”" or "\"" or "(" or ")")
            {
                return null;
            }

            if (tokens[k].Text == ",")
            {
                return k;
            }
        }

        return null;
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

    /// <summary>One message or answer, whose sender speaks: "That was the message from X", "Telle fut la réponse de X".</summary>
    internal static readonly WordSet MessageNouns = new(new[]
    {
        "message", "reply", "response", "answer", "warning", "verdict", "réponse", "avertissement", "mot",
    });

    /// <summary>
    /// After a quote: "was the message from X", "came the reply from X", "tel est le message de X", "telle fut la réponse de X" —
    /// a copula (or "came") that may follow "tel"/"such", a message or answer noun and the sender after "from"/"of"/"de"; the
    /// sender, else null.
    /// </summary>
    private static Cue? SenderOfMessage(string text, List<Token> tokens, int i)
    {
        if (i + 4 < tokens.Count && tokens[i].Lower is "tel" or "telle" or "such" or "that" or "this")
        {
            i++;
        }

        if (i + 3 >= tokens.Count || tokens[i].Lower is not ("was" or "is" or "came" or "comes" or "est" or "fut" or "était")
            || tokens[i + 1].Lower is not ("the" or "le" or "la")
            || !MessageNouns.Contains(tokens[i + 2].Text)
            || tokens[i + 3].Lower is not ("from" or "of" or "de" or "du"))
        {
            return null;
        }

        return SenderAfterLink(text, tokens, i + 3);
    }

    /// <summary>
    /// Who sent a message, after its link at <paramref name="link"/> ("from", "of", "de", "du"): a name or a description
    /// ("du syndicat" → "le syndicat"); else null.
    /// </summary>
    internal static Cue? SenderAfterLink(string text, List<Token> tokens, int link) =>
        NounPhrases.AfterMarker(text, tokens, NounPhrases.AfterLink(tokens, link)) is { Kind: SpeakerKind.Name or SpeakerKind.Description } sender ? sender : null;
}
