using System.Collections.Generic;
using ArticleGen.Parsing.Quotes;

namespace ArticleGen.Parsing.Attribution;

// Finding a quote's cue: the words around it in its sentence, lead-ins before a colon, signature lines, and the sentence's bounds.
internal static partial class SpeakerAttributor
{
    /// <summary>A woven fragment this long, with no speech verb, is taken as the words of the person opening the sentence.</summary>
    private const int LongFragmentWords = 4;

    /// <summary>How far from a quote, in characters, its cue is looked for.</summary>
    private const int CueReach = 600;

    private static Cue? FindCue(QuoteCandidate quote, List<QuoteCandidate> all, (int Start, int End) sentence)
    {
        var text = quote.Element.Unit.Text;
        var (sentenceStart, sentenceEnd) = sentence;
        var after = AfterRegion(text, quote, all, sentenceEnd);
        // After a quote that ends its own sentence, a new sentence is its incise only when short ("…." Smith
        // said.) and not the lead-in of the next quote ("…." Vatican archbishop Charles Scicluna said, "…").
        var afterIsNewSentence = EndsItsSentence(quote) && StartsNewSentence(text, after.Start);
        var afterBuffer = WindowBuffer(ref t_afterTokens);
        var afterTokens = afterIsNewSentence
            ? (after.End < sentenceEnd ? Emptied(afterBuffer) : ShortIncise(SplitInto(text, after.Start, after.End, afterBuffer)))
            : SplitInto(text, after.Start, after.End, afterBuffer);
        var beforeTokens = SplitInto(text, sentenceStart, quote.Open, WindowBuffer(ref t_beforeTokens));
        RemoveQuoted(beforeTokens, all, quote);
        RemoveDashAsides(beforeTokens);

        if ((CueRules.AgentAfterPassive(text, beforeTokens, afterTokens) ?? CueRules.SubjectAfterParticiple(text, beforeTokens, afterTokens)) is { } agent)
        {
            return agent;
        }

        // "'We will win this election': Trump tells rally", "'Earth-based life can survive …': MIT professor Dr Seager tells
        // Wikinews …": in a headline, a colon after the quote and who says it, subject first.
        if (quote.Element.IsHeadline && afterTokens.Count > 2 && afterTokens[0].Text == ":"
            && CueRules.After(text, afterTokens.GetRange(1, afterTokens.Count - 1)) is { Kind: SpeakerKind.Name or SpeakerKind.Description } headlineSpeaker)
        {
            return headlineSpeaker;
        }

        // A fragment woven into a sentence belongs to the sentence's speaker (before it); a
        // standalone quote is usually followed by its incise.
        if (quote.IsPartial)
        {
            var longFragment = LineShapes.CountWords(quote.Text) >= LongFragmentWords;

            // "force est de constater que « … » explique Anschaire Nikoyagize": a speech verb right after the closing
            // mark, then a name, is an incise even with no comma; it names who said the fragment, not the sentence's subject.
            // ("… comme une « … » a rapporté le quotidien Granma": after the French auxiliary too.)
            var verbAt = afterTokens.Count > 2 && WordLists.FrenchAuxiliaries.Contains(afterTokens[0].Text) && afterTokens[0].Text != "A" ? 1 : 0;
            if (afterTokens.Count > verbAt + 1 && afterTokens[verbAt] is { IsWord: true, IsCapitalized: false } verb && SpeechVerbs.IsLowerCaseForm(verb)
                && !Participles.IsPresent(verb.Text) && CueRules.After(text, afterTokens) is { Kind: SpeakerKind.Name } incise)
            {
                return incise;
            }

            // "le tronçon est situé « dans un virage, … » a-t-il déclaré": an inverted auxiliary and its pronoun, then a speech verb.
            if (afterTokens.Count > 1 && IsInvertedAuxiliary(afterTokens[0].Lower) && SpeechVerbs.IsLowerCaseForm(afterTokens[1])
                && CueRules.After(text, afterTokens) is { Kind: SpeakerKind.Pronoun } invertedIncise)
            {
                return invertedIncise;
            }

            // "La récolte s'annonce « … », selon la chambre d'agriculture", "An agreement could be announced "…", according to a
            // person familiar with the matter": a speech verb in the passive (or "s'annoncer", to look set to be) says nothing of
            // its subject speaking; the source right after the fragment is its speaker.
            if (StartsWithSourceMarker(afterTokens) && beforeTokens.Exists(t => SpeechVerbs.IsLowerCaseForm(t))
                && !SpeaksBefore(beforeTokens) && CueRules.After(text, afterTokens) is { } source)
            {
                return source;
            }

            // "L'opposition a fustigé un texte « … », selon les mots du député X", "… "…", in the words of X": a marker right after
            // the fragment that says whose words they are names them, whoever the sentence's subject.
            var wordsOf = afterTokens.Count > 0 && afterTokens[0].Text == "," ? 1 : 0;
            if (CueRules.IsWordsOfMarker(afterTokens, wordsOf) && CueRules.After(text, afterTokens) is { Kind: SpeakerKind.Name or SpeakerKind.Description } words)
            {
                return words;
            }

            // "Un texte « … » : c'est ainsi que la sénatrice X a décrit le projet": a presentative after the fragment's colon
            // points back at it (After reads nothing else after a colon).
            if (afterTokens.Count > 3 && afterTokens[0].Text == ":" && CueRules.After(text, afterTokens) is { Kind: SpeakerKind.Name or SpeakerKind.Description } pointedBack)
            {
                return pointedBack;
            }

            var before = CueRules.Before(text, beforeTokens) ?? ApposedSubject(quote, text, beforeTokens);
            if (before is not null)
            {
                return before;
            }

            // "Pelosi called Trump's conduct a "breach of …," according to NBC": a named sentence subject
            // wins over a source given after the fragment, which is then the outlet that reported it.
            if (longFragment && StartsWithSourceMarker(afterTokens) && beforeTokens.Exists(t => SpeechVerbs.IsSpeechVerb(t.Text))
                && CueRules.SentenceOpener(text, beforeTokens) is { Kind: SpeakerKind.Name } opener)
            {
                return opener;
            }

            return (OpensIncise(text, quote, after.Start) ? CueRules.After(text, afterTokens) : null)
                ?? SourceLaterInSentence(text, afterTokens, beforeTokens)
                ?? LaterIncise(text, afterTokens, beforeTokens)
                ?? (longFragment ? CueRules.RelativeAntecedent(text, beforeTokens) ?? CueRules.SentenceOpener(text, beforeTokens) ?? CueRules.DescriptionOpener(text, beforeTokens) : null);
        }

        // "Hemi Walker said: "We made the call early." No injuries were reported.": a lead-in that speaks before the colon
        // names the quote; a short sentence after it with a verb of its own is no incise. (An incise in the quote's own
        // sentence still wins: "Fellow Democrats were supportive in their comments: "…", wrote Elizabeth Warren".)
        if (afterIsNewSentence && SpeaksBeforeColon(beforeTokens) && CueRules.Before(text, beforeTokens) is { } leadIn)
        {
            return leadIn;
        }

        return CueRules.After(text, afterTokens) ?? NotACountryLabel(CueRules.Before(text, beforeTokens), beforeTokens) ?? ApposedSubject(quote, text, beforeTokens);
    }

    /// <summary>
    /// The cue, unless it is a country named before a colon with no speech verb: "Mozambique: "…"" (a Global Voices headline),
    /// "Namibia has a new King of chess: "…"" name what the words are about, not who said them ("North Korea said: "…"" speaks).
    /// </summary>
    private static Cue? NotACountryLabel(Cue? cue, List<Token> leadIn) =>
        cue is { Kind: SpeakerKind.Name } && leadIn.Count > 0 && leadIn[leadIn.Count - 1].Text == ":" && WordLists.Countries.Contains(cue.Text)
        && !leadIn.Exists(SpeechVerbs.IsLowerCaseForm)
            ? null
            : cue;

    // The token lists of the words after and before the quote, kept by the thread from one quote to the next: a new pair
    // for every quote was 7.7 KB of a seed-sized parse's 46 KB. FindCue reads one quote at a time, is not re-entered,
    // and what it returns (a Cue) holds strings only, never a list.
    [System.ThreadStatic]
    private static List<Token>? t_afterTokens;

    [System.ThreadStatic]
    private static List<Token>? t_beforeTokens;

    /// <summary>A buffer grown past this many tokens (a window over a huge sentence) is let go rather than kept by the thread.</summary>
    private const int KeptWindowTokens = 4096;

    private static List<Token> WindowBuffer(ref List<Token>? kept) =>
        kept is { Capacity: <= KeptWindowTokens } buffer ? buffer : kept = new List<Token>();

    /// <summary>The tokens of <c>text[from..to)</c> in <paramref name="buffer"/>, emptied first (<see cref="Token.Split(string, int, int, List{Token})"/>).</summary>
    private static List<Token> SplitInto(string text, int from, int to, List<Token> buffer)
    {
        Token.Split(text, from, to, buffer);
        return buffer;
    }

    private static List<Token> Emptied(List<Token> buffer)
    {
        buffer.Clear();
        return buffer;
    }

    /// <summary>"a-t-il", "avait-elle", "ont-ils": a French auxiliary inverted with its subject pronoun.</summary>
    private static bool IsInvertedAuxiliary(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && WordLists.FrenchAuxiliaries.Contains(word.Substring(0, hyphen)) && Antecedents.IsInvertedPronoun(word);
    }

    /// <summary>The words before the quote end on a colon with a speech verb at most six words before it, in the same clause ("said:", "a déclaré mardi :", "said at a press conference:").</summary>
    private static bool SpeaksBeforeColon(List<Token> beforeTokens)
    {
        var colon = beforeTokens.Count - 1;
        if (colon < 1 || beforeTokens[colon].Text != ":")
        {
            return false;
        }

        // ("X said at a press conference:", "Y told reporters on Tuesday:": where and to whom, between the verb and the colon.)
        for (var k = colon - 1; k >= 0 && k >= colon - 7 && beforeTokens[k].Text is not ("," or "." or ";"); k--)
        {
            if (SpeechVerbs.IsLowerCaseForm(beforeTokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Collins saw compromise as the best way: "I think …"": a sentence that leads into the quote with a
    /// colon and no speech verb is its subject's; a name or a pronoun, a description by an office the article gave one person, or
    /// a description by age, which refers back as a pronoun does ("Le joueur de 26 ans s'est voulu combatif : « … »"). (Not any
    /// office's description: "Jonas Eriksen has coached the under-12s …. The coach could hardly contain himself: "…"" is
    /// Eriksen's, which the rules for quotes with no cue find; an office description here would stand in their way.)
    /// </summary>
    private static Cue? ColonLeadIn(string text, List<Token> leadIn, NameIndex names)
    {
        var opener = CueRules.SentenceOpener(text, leadIn);
        return PronounOrPerson(opener, names)
            ?? (opener is null && CueRules.DescriptionOpener(text, leadIn) is { Kind: SpeakerKind.Description } described
                && (TitleHolder(described.Text, names) ?? names.HolderOfWholeTitle(described.Text)) is not null
                ? described // "La ministre a été claire : « … »" after "la ministre de la Santé, Isabelle Perrin-Khoury": the office's one holder
                : null)
            ?? (opener is null ? AgeOpener(text, leadIn) : null);
    }

    /// <summary>
    /// The words from the sentence's start to a colon (or a semicolon) right before a standalone quote, split (what <see cref="ColonLeadIn"/>
    /// and <see cref="TitledNameLabel"/> read); null when there is no such colon.
    /// </summary>
    private static List<Token>? LeadInToColon(QuoteCandidate quote, int sentenceStart)
    {
        var text = quote.Element.Unit.Text;
        var colon = quote.Open - 1;
        while (colon > sentenceStart && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        // ("Fernand Garnault, an aviation specialist, was adamant that Continental did play the main role; "[i]t is clear …"": a
        // semicolon leads in as a colon does.)
        return quote.IsPartial || colon <= sentenceStart || text[colon] is not (':' or ';') ? null : Token.Split(text, sentenceStart, colon);
    }

    /// <summary>
    /// "Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun: "…"", "Special Asst. to the Secretary
    /// and Director of Air Force Communications Bill Bodie: "…"": a label made only of a title's capitalised words, its links
    /// and abbreviations, ending on a full name that opens on a known given name, is that person's; the rest is the role.
    /// </summary>
    private static Cue? TitledNameLabel(string text, List<Token> leadIn)
    {
        var person = -1;
        for (var k = 0; k < leadIn.Count; k++)
        {
            var token = leadIn[k];
            if (token.Text == "." && k > 0 && leadIn[k - 1].IsCapitalized)
            {
                continue; // "Asst.", "Dept."
            }

            if (!token.IsWord || !(token.IsCapitalized || token.Lower is "of" or "the" or "for" or "to" or "and" or "on" or "de" or "du" or "des" or "la" or "le" or "l'" or "l’" or "et"))
            {
                return null;
            }

            if (k == 0 && SpeechVerbs.IsSpeechVerb(token.Text))
            {
                return null; // "Added Mayor John Smith:": an incise written before the quote, read by the other rules
            }

            if (token.IsCapitalized && person < 0 && k > 0 && GivenNames.Contains(token.Text))
            {
                person = k;
            }
        }

        // At least two words of title before the person, and the person of two words or three, ending the label.
        if (person < 2 || leadIn.Count - person is < 2 or > 3)
        {
            return null;
        }

        for (var k = person; k < leadIn.Count; k++)
        {
            if (!leadIn[k].IsCapitalized)
            {
                return null;
            }
        }

        return new Cue(SpeakerKind.Name, NounPhrases.Slice(text, leadIn, person, leadIn.Count), NounPhrases.Slice(text, leadIn, 0, person));
    }

    /// <summary>"@melderomerAV: "…"": a social-media handle alone before the colon is who wrote the quoted post.</summary>
    private static Cue? HandleLabel(string text, List<Token> leadIn) =>
        leadIn.Count == 2 && leadIn[0].Text == "@" && leadIn[1].IsWord && leadIn[1].Start == leadIn[0].Start + 1
            ? new Cue(SpeakerKind.Name, text.Substring(leadIn[0].Start, leadIn[1].Start + leadIn[1].Text.Length - leadIn[0].Start), null)
            : null;

    /// <summary>"La première ministre britannique, Theresa May, « félicite chaleureusement » …": only for words that open in lower case.</summary>
    private static Cue? ApposedSubject(QuoteCandidate quote, string text, List<Token> beforeTokens) =>
        quote.Text.Length > 0 && char.IsLower(quote.Text[0]) ? CueRules.ApposedNameRightBefore(text, beforeTokens) ?? CueRules.SubjectNameRightBefore(text, beforeTokens) : null;

    /// <summary>
    /// A quotation set as its own paragraph after a paragraph that ends with a colon ("AIP chairman
    /// Markham Robinson … writes:" then ""It's a long shot …""): the cue is that last sentence.
    /// </summary>
    private static Cue? LeadInBeforeColon(QuoteCandidate quote, List<Element> elements)
    {
        var text = quote.Element.Unit.Text;
        if (quote.IsPartial || quote.ElementOrder == 0 || !IsBlank(text, 0, quote.Open))
        {
            return null;
        }

        var previous = elements[quote.ElementOrder - 1];
        var lead = previous.Unit.Text.TrimEnd();
        if (previous.Kind != ElementKind.Paragraph || lead.Length == 0 || lead[lead.Length - 1] != ':')
        {
            return null;
        }

        var start = lead.Length - 1;
        while (start > 0 && lead.Length - start < CueReach && !(lead[start - 1] is '.' or '!' or '?' && Sentences.IsEnd(lead, start - 1)))
        {
            start--;
        }

        // ("In a post entitled "A brave lady Speaks out about the CIA Drone Strikes", Yemeni blogger Afrah Nasser …:": the
        // words of a title or another quote in the lead-in name nobody.)
        return CueRules.Before(lead, Antecedents.OutsideQuotes(Token.Split(lead, start, lead.Length)));
    }

    /// <summary>
    /// "« Nous avons été en contact avec les Iraniens … »" then a paragraph "— Jennifer Psaki , directrice de la
    /// communication de la Maison-Blanche": a quote that fills its paragraph, signed by the next one with a dash and a
    /// name (the layout of a quotation box), is the signer's; what follows the comma is the role. Null otherwise.
    /// </summary>
    private static Cue? SignatureLine(QuoteCandidate quote, List<Element> elements)
    {
        var text = quote.Element.Unit.Text;
        if (quote.IsPartial || quote.RunsOn || quote.ElementOrder + 1 >= elements.Count || !IsBlank(text, 0, quote.Open) || !IsBlankOrPunctuation(text, quote.Close + 1))
        {
            return null;
        }

        var next = elements[quote.ElementOrder + 1];
        var line = next.Unit.Text;
        var dash = 0;
        while (dash < line.Length && char.IsWhiteSpace(line[dash]))
        {
            dash++;
        }

        if (next.Kind != ElementKind.Paragraph || dash + 2 >= line.Length || line[dash] is not ('—' or '–') || !char.IsWhiteSpace(line[dash + 1]) || line.Length - dash > 200)
        {
            return null;
        }

        var tokens = Token.Split(line, dash + 1, line.Length);
        if (!NounPhrases.IsNameStart(tokens, 0))
        {
            return null;
        }

        // A signature is a full name, an acronym ("— NOAA") or one word standing alone: "— Pierre, tu viens avec nous ?"
        // is a dialogue turn.
        var end = NounPhrases.NameEnd(tokens, 0, tokens.Count);
        if (end < 2 && !NounPhrases.IsAcronym(tokens[0]) && !(end == tokens.Count || (end + 1 == tokens.Count && tokens[end].Text == ".")))
        {
            return null;
        }

        var role = end + 1 < tokens.Count && tokens[end].Text == "," ? NounPhrases.Slice(line, tokens, end + 1, tokens.Count).TrimEnd('.', ' ') : null;
        return new Cue(SpeakerKind.Name, NounPhrases.Slice(line, tokens, 0, end), role);
    }

    /// <summary>Whether <c>text[from..)</c> holds only white space and punctuation (the quote's full stop after its closing mark).</summary>
    private static bool IsBlankOrPunctuation(string text, int from)
    {
        for (var k = from; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] is not ('.' or ',' or ';' or '!' or '?' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <c>text[from..to)</c> is white space only, as <c>Substring(from, to - from).Trim().Length == 0</c> tells
    /// (Trim removes what <see cref="char.IsWhiteSpace(char)"/> accepts), without copying the paragraph up to the quote.
    /// </summary>
    private static bool IsBlank(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words after the quote open with "according to", "selon" or "d’après" (after a comma).</summary>
    private static bool StartsWithSourceMarker(List<Token> tokens)
    {
        var i = tokens.Count > 0 && tokens[0].Text == "," ? 1 : 0;
        return i < tokens.Count && (tokens[i].Lower is "selon" || (tokens[i].Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            || (tokens[i].Lower is "d’" or "d'" && i + 1 < tokens.Count && tokens[i + 1].Lower == "après"));
    }

    /// <summary>
    /// "He suffered "two deep wounds" in the attack according to a hospital spokesperson", "… des « conséquences
    /// négatives », selon Moscou": a fragment in a sentence that gives its source further on, no speech verb before it,
    /// is the source's. (A speech verb before the fragment names its speaker instead: the source then only reported it.)
    /// </summary>
    private static Cue? SourceLaterInSentence(string text, List<Token> afterTokens, List<Token> beforeTokens)
    {
        if (SpeaksBefore(beforeTokens))
        {
            return null;
        }

        for (var k = 0; k < afterTokens.Count; k++)
        {
            if (afterTokens[k].Text == "(")
            {
                // "… from under eight metres (about 25 feet) of mud, according to investigators": an aside is stepped over; a
                // source inside it is the aside's, not the fragment's (one never closed runs to the end: no source).
                k = NounPhrases.SkipParenthesis(afterTokens, k) - 1;
                continue;
            }

            if (k > 0 && afterTokens[k - 1].Text is ":" or ";")
            {
                return null; // a new clause: its source is not the fragment's
            }

            if (CueRules.SourceMarker(afterTokens, k) is int afterMarker)
            {
                return NounPhrases.AfterMarker(text, afterTokens, afterMarker);
            }
        }

        return null;
    }

    /// <summary>
    /// "The plan is "dead on arrival" in its current form, Jane Doe said on Monday", "… « mort-né » dans sa forme actuelle, a
    /// estimé Jean Roux": with no speech verb before the fragment, an incise after a comma further on in its sentence (a few words
    /// on, none of them a speech verb) names who said the sentence, the fragment with it.
    /// </summary>
    private static Cue? LaterIncise(string text, List<Token> afterTokens, List<Token> beforeTokens)
    {
        if (SpeaksBefore(beforeTokens))
        {
            return null;
        }

        for (var k = 1; k < afterTokens.Count - 2 && k <= LaterInciseReach; k++)
        {
            if (SpeechVerbs.IsLowerCaseForm(afterTokens[k - 1]) || afterTokens[k - 1].Text is "(" or ":" or ";")
            {
                return null; // a verb of its own, or an aside or a new clause, before the comma
            }

            if (afterTokens[k].Text == "," && IsInciseShape(afterTokens, k + 1) && CueRules.After(text, afterTokens.GetRange(k, afterTokens.Count - k)) is { } incise)
            {
                return incise;
            }
        }

        return null;
    }

    /// <summary>
    /// "Jane Doe said", "a spokesperson said", "he added", "a estimé Jean Roux", "said the minister": a speech verb within the first
    /// few words after the comma, with no comma before it, in the active ("the court was told" is no incise).
    /// </summary>
    private static bool IsInciseShape(List<Token> tokens, int start)
    {
        for (var v = start; v < tokens.Count && v <= start + 7; v++)
        {
            if (tokens[v].Text == ",")
            {
                return false;
            }

            if (SpeechVerbs.IsLowerCaseForm(tokens[v]) && !Participles.IsPresent(tokens[v].Text))
            {
                if (v > start && AfterPassiveAuxiliary(tokens, v))
                {
                    return false;
                }

                // Inverted ("a estimé Jean Roux", "said the minister"): a subject right after the verb, and no bare French participle
                // first ("…, accusé l'Élysée de …" goes on with the clause before; "…, a réclamé sur Europe 1 …" has its subject before).
                var inverted = v == start || (v == start + 1 && WordLists.FrenchAuxiliaries.Contains(tokens[start].Text));
                return !inverted
                    || (!(v == start && Participles.EndsLikeFrenchPast(tokens[v].Lower))
                        && v + 1 < tokens.Count && (tokens[v + 1].IsCapitalized || WordLists.Determiners.Contains(tokens[v + 1].Text)));
            }
        }

        return false;
    }

    // "could be announced", "est annoncé", "was told": a participle right after a passive auxiliary.
    private static bool AfterPassiveAuxiliary(List<Token> tokens, int k) =>
        k > 0 && (tokens[k - 1].Lower is "be" || WordLists.PassiveAuxiliaries.Contains(tokens[k - 1].Text));

    /// <summary>The most words between a fragment and the comma of an incise later in its sentence (<see cref="LaterIncise"/>).</summary>
    private const int LaterInciseReach = 15;

    /// <summary>
    /// Whether a speech verb before the fragment says its subject spoke: not in the passive ("could be announced", "est
    /// annoncé"), nor "s'annonce" (looks set to be).
    /// </summary>
    private static bool SpeaksBefore(List<Token> beforeTokens)
    {
        for (var k = 0; k < beforeTokens.Count; k++)
        {
            if (SpeechVerbs.IsLowerCaseForm(beforeTokens[k])
                && !AfterPassiveAuxiliary(beforeTokens, k)
                && !(k > 0 && beforeTokens[k - 1].Lower is "s'" or "s’" && beforeTokens[k].Lower.StartsWith("annon", System.StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quote ends with its own full stop, question or exclamation mark.</summary>
    private static bool EndsItsSentence(QuoteCandidate quote)
    {
        var body = quote.Text;
        return body.Length > 0 && body[body.Length - 1] is '.' or '!' or '?' or '…' or ']';
    }

    /// <summary>"« Nous avons perdu une bataille, pas la guerre » : ces mots, …": the quote is the first thing in its sentence.</summary>
    private static bool OpensSentence(QuoteCandidate quote, int sentenceStart)
    {
        var text = quote.Element.Unit.Text;
        for (var i = sentenceStart; i < quote.Open; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words after the closing mark start with a capital: a new sentence, not an incise.</summary>
    private static bool StartsNewSentence(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsUpper(text[i]);
    }

    /// <summary>
    /// After a quote that ends its own sentence, the next sentence is its cue only when it is a short
    /// "X said." ("…." Smith said.); "UNESCO reportedly said a change of name …" begins something else.
    /// </summary>
    private static List<Token> ShortIncise(List<Token> tokens)
    {
        for (var v = 0; v < tokens.Count; v++)
        {
            if (!SpeechVerbs.IsSpeechVerb(tokens[v].Text))
            {
                continue;
            }

            var rest = 0;
            for (var k = v + 1; k < tokens.Count && tokens[k].Text is not ("." or "!" or "?"); k++)
            {
                rest += WordLists.Fillers.Contains(tokens[k].Text) || WordLists.TimeWords.Contains(tokens[k].Text) ? 0 : 1;
            }

            return rest <= 3 || OnlyAddresseeAndPlaces(tokens, v) ? tokens : Emptied(tokens);
        }

        return Emptied(tokens); // (the caller's buffer: its tokens are read no more)
    }

    /// <summary>
    /// After the verb, only whom it was told to and where or when: "Macron told the world on Thursday
    /// via Twitter.", "Smith said in a statement to the BBC on Monday." Each phrase opens with a
    /// preposition and holds at most four words; "told reporters that …" or "said a change of name …"
    /// is something else.
    /// </summary>
    private static bool OnlyAddresseeAndPlaces(List<Token> tokens, int verb)
    {
        var k = verb + 1;
        if (tokens[verb].Lower is "told" or "tells" or "tell")
        {
            var addressee = k;
            while (k < tokens.Count && k - addressee < 3 && tokens[k].IsWord && !WordLists.Prepositions.Contains(tokens[k].Text) && tokens[k].Lower != "that")
            {
                k++;
            }
        }

        while (k < tokens.Count && tokens[k].Text is not ("." or "!" or "?"))
        {
            if (!WordLists.Prepositions.Contains(tokens[k].Text))
            {
                return false;
            }

            var phrase = ++k;
            while (k < tokens.Count && tokens[k].IsWord && !WordLists.Prepositions.Contains(tokens[k].Text) && tokens[k].Lower is not ("that" or "que" or "qu'" or "qu’"))
            {
                if (k - phrase == 4)
                {
                    return false;
                }

                k++;
            }

            if (k == phrase || (k < tokens.Count && !tokens[k].IsWord && tokens[k].Text is not ("." or "!" or "?")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An aside between dashes is not the sentence's cue: "Erdogan said — as reported by Hurriyet — «…»".</summary>
    private static void RemoveDashAsides(List<Token> tokens)
    {
        var first = tokens.FindIndex(t => t.Text is "—" or "–");
        var second = first < 0 ? -1 : tokens.FindIndex(first + 1, t => t.Text is "—" or "–");
        if (second > first)
        {
            tokens.RemoveRange(first, second - first + 1);
        }
    }

    /// <summary>
    /// Whether the words after a partial quote can be its incise: the quote ends with punctuation or
    /// a comma or dash follows it ("« … », a-t-il dit"); otherwise the sentence just goes on.
    /// </summary>
    private static bool OpensIncise(string text, QuoteCandidate quote, int afterStart)
    {
        var body = quote.Text;
        if (body.Length > 0 && body[body.Length - 1] is ',' or '.' or '!' or '?' or '…')
        {
            return true;
        }

        var i = afterStart;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] is ',' or '—' or '–';
    }

    /// <summary>
    /// The sentence holding the quote: from the last sentence end before its opening mark to the first
    /// after its closing one, at most <see cref="CueReach"/> characters each way (cues sit near their
    /// quote; without a bound a paragraph of thousands of quotes and no full stop would be quadratic).
    /// </summary>
    private static (int Start, int End) SentenceAround(string text, QuoteCandidate quote, List<QuoteCandidate> all)
    {
        var start = quote.Open;
        var startLimit = System.Math.Max(0, quote.Open - CueReach);
        while (start > startLimit)
        {
            var c = text[start - 1];
            if (c is '.' or '!' or '?' or '…' && !InsideQuote(start - 1, quote, all) && Sentences.IsEnd(text, start - 1))
            {
                break;
            }

            // A quote that ends its sentence inside the marks: … barbarity." He said "…
            // ("… deux buts. » Romain Tessier se montrait …": French print spaces the closing mark.)
            if (c is '»' or '”' or '"' && EndsInsideMarks(text, start - 1) && Sentences.IsEnd(text, start - 1))
            {
                break;
            }

            start--;
        }

        // ("PARIS (AFP) - La Cour des comptes étrille … « … »": a dateline opens no sentence's subject.)
        if (start == 0 && Dateline.TextStart(text) is var afterDateline && afterDateline > 0 && afterDateline <= quote.Open)
        {
            start = afterDateline;
        }

        var end = quote.Close + 1;
        var endLimit = System.Math.Min(text.Length, quote.Close + 1 + CueReach);
        while (end < endLimit)
        {
            var c = text[end];
            if (c is '.' or '!' or '?' or '…' && !InsideQuote(end, quote, all) && Sentences.IsEnd(text, end))
            {
                break;
            }

            end++;
        }

        return (start, System.Math.Min(end, text.Length));
    }

    /// <summary>Whether the closing mark at <paramref name="close"/> follows a sentence's end, past the spaces French puts before it.</summary>
    private static bool EndsInsideMarks(string text, int close)
    {
        var k = close - 1;
        if (k >= 0 && text[close] == '»' && text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k--;
        }

        return k >= 0 && text[k] is '.' or '!' or '?' or '…';
    }

    /// <summary>From after the closing mark to the sentence end or the next quote, whichever comes first.</summary>
    private static (int Start, int End) AfterRegion(string text, QuoteCandidate quote, List<QuoteCandidate> all, int sentenceEnd)
    {
        var start = System.Math.Min(quote.Close + 1, text.Length);
        var end = sentenceEnd;
        var next = IndexAtOrBefore(all, quote.Open) + 1;
        if (next < all.Count && all[next].Open < end)
        {
            end = all[next].Open;
        }

        return (start, System.Math.Max(start, end));
    }

    /// <summary>Whether <paramref name="index"/> is inside a quote of the element (after its opening mark, up to its closing one).</summary>
    private static bool InsideQuote(int index, QuoteCandidate quote, List<QuoteCandidate> all)
    {
        // The element's quotes are in text order and do not overlap: a binary search finds the only candidate.
        var at = IndexAtOrBefore(all, index - 1);
        return at >= 0 && index > all[at].Open && index <= all[at].Close;
    }

    /// <summary>The last quote of the element whose opening mark is at or before <paramref name="index"/>, or -1.</summary>
    private static int IndexAtOrBefore(List<QuoteCandidate> quotes, int index) =>
        Ordered.LastAtOrBefore(quotes, static q => q.Open, index);

    /// <summary>Words inside other quotes of the sentence are not cues.</summary>
    private static void RemoveQuoted(List<Token> tokens, List<QuoteCandidate> all, QuoteCandidate quote)
    {
        // In place and in order, each token tested once, as List.RemoveAll does, without the closure and delegate it
        // took for every quote.
        var kept = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (!InsideQuote(token.Start, quote, all) && !IsQuoteMark(token.Text))
            {
                tokens[kept++] = token;
            }
        }

        tokens.RemoveRange(kept, tokens.Count - kept);
    }

    private static bool IsQuoteMark(string token) => token is "«" or "»" or "“" or "”" or "\"" or "„" or "‹" or "›";
}
