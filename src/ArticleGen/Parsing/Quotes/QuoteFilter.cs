using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing.Quotes;

/// <summary>
/// Sets aside words between quote marks that do not reproduce anyone's words, with the reason
/// exposed on <c>Article.SkippedQuotes</c>:
/// <list type="bullet">
/// <item>"single word": one word, as the quotes issue says (<c>the so-called "reform"</c>, a chanted <c>« Menteur »</c>); a run-on quote's one-word paragraph stays.</item>
/// <item>"title of a work": right after a word naming a work (film, book, report, opération…) or after "titled", "intitulé"…, or a short Title-Case phrase nobody is said to have said.</item>
/// <item>"name of a charge": after a charge word and "pour"/"of"/"with" (<c>mis en examen pour « association de malfaiteurs »</c>), and the charges listed after it.</item>
/// <item>"name or nickname": after "nicknamed", "dubbed", "known as", "alias", "surnommé"…, or right after "called", "named" (<c>a song called "Day after Day"</c>; <c>Schiff called it "a non-starter"</c> is a quote).</item>
/// <item>"translation or gloss": right after "signifie", "veut dire", "means", "meaning"… (<c>ce qui signifie « terre des Swazi »</c>); a group after "membre de(s)"/"member of (the)" is a name (<c>membre des « gilets jaunes libres »</c>); a quote filling a parenthesis right after a quote set aside, or a short one after a word with no speaker (<c>anti-Brexit ("British exit")</c>), translates it.</item>
/// <item>"slogan or sign": right after a sign or slogan word (<c>une pancarte « Je suis Charlie »</c>, <c>a sign reading "…"</c>, <c>the slogan "…"</c>).</item>
/// <item>"scare quote": three words or fewer, woven into the sentence, with nobody said to have said them.</item>
/// </list>
/// <see cref="UnquotedTerms"/> then sets aside short phrases the article also writes without quote marks.
/// </summary>
internal static class QuoteFilter
{
    // The word sets compare as OrdinalIgnoreCase does, through IgnoreCaseComparer: the words before a
    // quote are often French ("émission", "inculpée", "l’"), which the framework's ignore-case hash
    // upper-cases through the globalization layer at every lookup.
    private static readonly WordSet WorkWords = new(new[]
    {
        "film", "films", "movie", "book", "novel", "album", "song", "single", "show", "series", "documentary", "play", "opera", "poem",
        "report", "operation", "exhibition", "campaign", "programme", "program", "newspaper", "magazine",
        "livre", "roman", "chanson", "émission", "série", "documentaire", "pièce", "spectacle", "exposition", "opération", "journal",
        "quotidien", "hebdomadaire", "rapport", "titre", "campagne", "festival",
        "article", "tribune", "éditorial", "chronique", "editorial", "column", "headline", // "l'article « Macron veut se payer BFM »"
        "opérations", "operations", "campagnes", "campaigns", // "les opérations \"péage gratuit\" des Gilets jaunes"
    });


    /// <summary>
    /// "mis en examen pour « association de malfaiteurs »", "indicted for "first-degree murder"": the name of a
    /// charge. ("charged" is not here: it is also a speech verb, "charged that …", which the rule excludes.)
    /// </summary>
    private static readonly WordSet ChargeWords = new(new[]
    {
        "examen", "enquête", "inculpé", "inculpée", "inculpés", "inculpées", "poursuivi", "poursuivie", "poursuivis", "condamné", "condamnée",
        "condamnés", "accusé", "accusée", "accusés", "chef", "chefs", "indicted", "convicted",
        "détention", "vue", "plainte", "arrested", // "placé en détention pour", "placé en garde à vue pour", "porter plainte contre X pour"
    });

    /// <summary>"auteur de « Le Roi des aulnes »", "author of "The Shining"": what follows is a work.</summary>
    private static readonly WordSet AuthorWords = new(new[]
    {
        "auteur", "auteure", "autrice", "author", "co-auteur", "co-author",
    });

    private static readonly WordSet NameWords = new(new[]
    {
        "nicknamed", "dubbed", "alias", "aka", "so-called", "surnommé", "surnommée", "surnom", "soi-disant", "prétendu", "prétendue",
    });

    /// <summary>"ce qui signifie « terre des Swazi »", "which means "land of the Swazi"": what follows glosses a word.</summary>
    private static readonly WordSet GlossWords = new(new[]
    {
        "signifie", "signifient", "signifiait", "signifiant", "means", "meant", "meaning", "translates", "translated",
    });

    /// <summary>"membre des « gilets jaunes libres »", "a member of the "Proud Boys"": what follows names a group.</summary>
    private static readonly WordSet MemberWords = new(new[]
    {
        "membre", "membres", "member", "members",
    });

    private const string TitleOfAWork = "title of a work";

    private const string NameOfACharge = "name of a charge";

    /// <summary>The most words a quote after a noun of a work may have and still be taken for its title.</summary>
    private const int MaxTitleWords = 12;

    public static void Apply(List<QuoteCandidate> candidates)
    {
        // The words before each quote, read into two lists made once for all the quotes (a new list and its array
        // for every reading was most of the filter's bytes): the two words the rules below share, and the few more
        // that IsCharge and IsGroupAfterMember each read and let go before the next rule runs.
        var previous = new List<string>(2);
        var scratch = new List<string>(6);
        foreach (var quote in candidates)
        {
            var text = quote.Text;
            var words = LineShapes.CountWords(text);
            PreviousWords(quote, 2, previous);
            if (text.Length == 0)
            {
                quote.SkipReason = "empty";
            }
            else if (words == 1 && !quote.RunsOn)
            {
                quote.SkipReason = "single word";
            }
            // (A sentence of more than a dozen words after "programme" is what was said on it, not its title: "He said on
            // Voice of America's South Sudan in Focus programme "It is a great loss to the people of South Sudan, …"".)
            // (A capitalised title that ends on no sentence mark, right after its noun, reads as a sentence of its own when a comma
            // follows it: "the 1994 film "Burnt by the Sun", where …", "In a post titled, "The Bloody Sunday of the 21st Century,"".)
            else if ((quote.IsPartial || IsTitleRightAfterItsNoun(quote, previous)) && previous.Count > 0 && words <= MaxTitleWords && (WorkWords.Contains(previous[previous.Count - 1]) || previous.Exists(w => Attribution.WordLists.TitleMarkers.Contains(w))
                || (previous.Count == 2 && AuthorWords.Contains(previous[0]) && previous[1] is "de" or "du" or "des" or "of")))
            {
                quote.SkipReason = TitleOfAWork;
            }
            else if (quote.IsPartial && IsCharge(quote, scratch))
            {
                quote.SkipReason = NameOfACharge;
            }
            else if (quote.IsPartial && (previous.Exists(w => NameWords.Contains(w)) || IsKnownAs(quote, previous, scratch) || IsCalledDit(quote, previous)
                || (previous.Count > 0 && previous[previous.Count - 1] is "called" or "named" or "entitled")))
            {
                quote.SkipReason = "name or nickname";
            }
            else if (quote.IsPartial && previous.Count > 0 && (GlossWords.Contains(previous[previous.Count - 1]) || (previous.Count == 2 && previous[0] is "veut" or "voulant" && previous[1] == "dire")))
            {
                quote.SkipReason = "translation or gloss";
            }
            else if (quote.IsPartial && previous.Count > 0 && (SignWords.Contains(previous[previous.Count - 1])
                || (previous.Count == 2 && SignWords.Contains(previous[0]) && previous[1] is "reading" or "saying" or "portant")))
            {
                quote.SkipReason = "slogan or sign";
            }
            else if (quote.IsPartial && (previous.Count > 0 && ConceptNouns.Contains(previous[previous.Count - 1])
                || (previous.Count > 0 && previous[previous.Count - 1] is "the" or "The" && NextWord(quote) is { } next && ConceptNouns.Contains(next))))
            {
                quote.SkipReason = "name or nickname"; // "the "one country, two systems" model", "le principe « pollueur-payeur »"
            }
            else if (words <= 4 && IsNicknameInApposition(quote))
            {
                quote.SkipReason = "name or nickname"; // "Jacline Mouraud, « la modérée », veut créer son parti"
            }
            else if (quote.IsPartial && IsGroupAfterMember(quote, scratch))
            {
                quote.SkipReason = "name or nickname";
            }
            else if (!quote.HasAttributedSpeaker && words <= 6 && IsTitleCase(text))
            {
                quote.SkipReason = TitleOfAWork; // "Kimono Obi Tying", "Underappreciated Sports Anime/Manga": nobody says it
            }
            else if (quote.IsPartial && words <= 4 && AllWordsCapitalised(text))
            {
                quote.SkipReason = "name or nickname"; // "Operation Peace Spring", "Dementia Joe", even with a speaker
            }
            else if (quote.IsPartial && words <= 4 && IsCapitalisedMidSentence(quote, previous))
            {
                quote.SkipReason = "name or nickname"; // "l'émission « L'Émission politique »", "le parti « La République en marche »"
            }
            else if (quote.IsPartial && words <= 3 && !quote.HasOwnCue && !quote.HasAttributedSpeaker)
            {
                quote.SkipReason = "scare quote";
            }
        }

        ExtendLists(candidates);
        SkipParenthesisedGlosses(candidates);
    }

    /// <summary>
    /// "auteur de « Vendredi ou les Limbes du Pacifique », « Le Roi des aulnes » ou encore « Les Météores »":
    /// quotes listed right after a title of a work, joined only by commas and "ou", "et", "or", "and", are titles too;
    /// so are charges listed after a charge ("accusés de « violences sur personne dépositaire … », « attroupement armé »").
    /// </summary>
    private static void ExtendLists(List<QuoteCandidate> candidates)
    {
        for (var k = 1; k < candidates.Count; k++)
        {
            var quote = candidates[k];
            var before = candidates[k - 1];
            if (quote.SkipReason is not (null or "scare quote" or "name or nickname") || before.SkipReason is not (TitleOfAWork or NameOfACharge)
                || before.Element != quote.Element || before.Close >= quote.Open)
            {
                continue;
            }

            var between = quote.Element.Unit.Text.Substring(before.Close + 1, quote.Open - before.Close - 1);
            if (between.Length <= 20 && OnlyListJoints(between))
            {
                quote.SkipReason = before.SkipReason;
            }
        }
    }

    /// <summary>
    /// "surnommé « Mother of All Bombs » ( « Mère de toutes les bombes » )", "the portal "Arbeit macht frei" ("Work sets you
    /// free")": a quote that fills a parenthesis right after a quote set aside translates it, and is set aside too; so is a
    /// short one right after a word, with nobody said to have said it ("an anti-Brexit ("British exit") march").
    /// </summary>
    private static void SkipParenthesisedGlosses(List<QuoteCandidate> candidates)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            var quote = candidates[k];
            var text = quote.Element.Unit.Text;
            var open = SkipSpaces(text, quote.Open - 1, -1);
            var close = SkipSpaces(text, quote.Close + 1, 1);
            if (quote.SkipReason is not (null or "scare quote") || open < 1 || text[open] != '(' || close >= text.Length || text[close] != ')')
            {
                continue;
            }

            var glossed = SkipSpaces(text, open - 1, -1);
            var before = k > 0 ? candidates[k - 1] : null;
            if (before is { SkipReason: not null } && before.Element == quote.Element && before.Close == glossed)
            {
                quote.SkipReason = "translation or gloss";
            }
            else if (glossed >= 0 && char.IsLetter(text[glossed]) && !quote.HasAttributedSpeaker && LineShapes.CountWords(quote.Text) <= 4)
            {
                quote.SkipReason = "translation or gloss";
            }
        }
    }

    private static bool OnlyListJoints(string between)
    {
        foreach (var word in between.Split(new[] { ' ', '\u00A0', '\u202F', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is not ("ou" or "et" or "encore" or "or" or "and"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A charge word within the six words before, and the last one links to the charge: "mis en examen pour", "l'enquête pour des", "indicted for".</summary>
    private static bool IsCharge(QuoteCandidate quote, List<string> previous)
    {
        PreviousWords(quote, 6, previous);
        if (previous.Count < 2 || previous[previous.Count - 1] is not ("pour" or "de" or "des" or "d" or "du" or "of" or "with" or "for"))
        {
            return false;
        }

        // ("accusée de « ne pas respecter l’égalité »": a negated verb is what someone is accused of doing, in their accuser's words.)
        var text = quote.Text;
        var negated = text.StartsWith("ne ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("n’", StringComparison.OrdinalIgnoreCase) || text.StartsWith("n'", StringComparison.OrdinalIgnoreCase);
        // (A speech verb among the words is a cue, "a déclaré … pour « … »", unless it is the charge word
        // itself: "accusé", "condamné" are speech verbs too.)
        // ("Erdogan a accusé l'Occident de « soutenir le terrorisme »": the active verb, after its auxiliary, reports
        // what the accuser said; "est accusé de", "a été condamné pour" name a charge.)
        var charge = previous.FindIndex(w => ChargeWords.Contains(w));
        var active = charge > 0 && previous[charge - 1].ToLowerInvariant() is "a" or "avait" or "ont" or "avaient" or "aurait" or "auraient";
        return !negated && charge >= 0 && !active && !previous.Exists(w => Attribution.SpeechVerbs.IsSpeechVerb(w) && !ChargeWords.Contains(w));
    }

    /// <summary>
    /// A short fragment that opens with a capital in the middle of the narrator's sentence, right after a
    /// word that is no speech verb, with no comma ("« Penelope, l'enveloppe »" is chanted) and no end of a sentence
    /// of its own: a name written as a title
    /// ("« La République en marche »", "the "British exit""), not someone's words.
    /// </summary>
    private static bool IsCapitalisedMidSentence(QuoteCandidate quote, List<string> previous)
    {
        var text = quote.Text;
        if (!char.IsUpper(text[0]) || text[text.Length - 1] is '.' or '!' or '?' || text.IndexOf(',') >= 0 || previous.Count == 0
            || Attribution.SpeechVerbs.IsSpeechVerb(previous[previous.Count - 1]))
        {
            return false;
        }

        var unit = quote.Element.Unit.Text;
        var i = quote.Open - 1;
        while (i >= 0 && unit[i] is ' ' or '\u00A0' or '\u202F')
        {
            i--;
        }

        return i >= 0 && char.IsLetter(unit[i]);
    }

    /// <summary>Every word of four letters or more starts with a capital, as titles are written in English.</summary>
    /// <summary>"Operation Peace Spring", "Dementia Joe": every word capitalised, no small word between: a name.</summary>
    private static bool AllWordsCapitalised(string text)
    {
        foreach (var word in text.Split(' ', '\u00A0'))
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the quote follows a noun of a work or a title marker right away (spaces only between them; a comma too after
    /// "titled") and ends on no sentence mark (a question or an exclamation allowed after "titled", as titles may ask: "the
    /// post titled "What makes the state different from a bunch of gangsters?""): "documentary "Slavery: An 21st Century
    /// Evil", highly critical of …".
    /// </summary>
    private static bool IsTitleRightAfterItsNoun(QuoteCandidate quote, List<string> previous)
    {
        var body = quote.Text;
        if (previous.Count == 0 || body.Length == 0)
        {
            return false;
        }

        var last = previous[previous.Count - 1];
        var marker = Attribution.WordLists.TitleMarkers.Contains(last);
        if ((!marker && !WorkWords.Contains(last)) || body[body.Length - 1] is '.' or '…' || (!marker && body[body.Length - 1] is '!' or '?'))
        {
            return false;
        }

        var text = quote.Element.Unit.Text;
        var i = quote.Open - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || (marker && text[i] == ',')))
        {
            i--;
        }

        return i >= 0 && char.IsLetter(text[i]);
    }

    private static bool IsTitleCase(string text)
    {
        var longWords = 0;
        foreach (var word in text.Split(' ', '\u00A0'))
        {
            var letters = 0;
            foreach (var c in word)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            if (letters >= 4)
            {
                longWords++;
                if (!char.IsUpper(word[0]))
                {
                    return false;
                }
            }
        }

        return longWords >= 2;
    }

    /// <summary>"une pancarte « Je suis Charlie »", "un drapeau « … »", "the slogan "Defund the Police"": words on a sign or a slogan.</summary>
    private static readonly WordSet SignWords = new(new[]
    {
        "pancarte", "pancartes", "banderole", "banderoles", "drapeau", "drapeaux", "affiche", "affiches", "slogan", "slogans",
        "sign", "signs", "banner", "banners", "placard", "placards", "flag", "flags", "poster", "posters",
    });

    /// <summary>
    /// Nouns of a named idea: "the "one country, two systems" model", "le principe « pollueur-payeur »": the quoted words name
    /// the idea the noun stands for; nobody is quoted.
    /// </summary>
    private static readonly WordSet ConceptNouns = new(new[]
    {
        "model", "policy", "principle", "doctrine", "strategy", "formula", "framework", "approach", "concept", "mantra", "slogan", "motto",
        "modèle", "principe", "politique", "doctrine", "stratégie", "formule", "concept", "mantra", "devise",
    });

    /// <summary>"membre des « … »", "member of the "…"", "membres du « … »": the quote right after a member word and its link.</summary>
    private static bool IsGroupAfterMember(QuoteCandidate quote, List<string> previous)
    {
        PreviousWords(quote, 3, previous);
        var link = previous.Count - 1;
        if (link >= 1 && previous[link] == "the")
        {
            link--;
        }

        return link >= 1 && previous[link] is "de" or "des" or "du" or "of" && MemberWords.Contains(previous[link - 1]);
    }

    /// <summary>
    /// "Jacline Mouraud, « la modérée », veut …", "Boris Johnson, "the great disrupter", said …": a short quote opening on an
    /// article, set between commas right after a capitalised word, is what the name before it is called.
    /// </summary>
    private static bool IsNicknameInApposition(QuoteCandidate quote)
    {
        var text = quote.Element.Unit.Text;
        var before = SkipSpaces(text, quote.Open - 1, -1);
        var after = SkipSpaces(text, quote.Close + 1, 1);
        if (before < 1 || text[before] != ',' || after >= text.Length || text[after] != ',')
        {
            return false;
        }

        var wordEnd = SkipSpaces(text, before - 1, -1);
        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
        {
            wordStart--;
        }

        var first = quote.Text.Split(' ')[0].ToLowerInvariant();
        return wordEnd >= 0 && char.IsUpper(text[wordStart])
            && (first is "le" or "la" or "les" or "the" or "un" or "une" or "a" or "an" || first.StartsWith("l'", StringComparison.Ordinal) || first.StartsWith("l’", StringComparison.Ordinal));
    }

    /// <summary>The word right after the closing mark, or null when a mark or punctuation comes first.</summary>
    private static string? NextWord(QuoteCandidate quote)
    {
        var text = quote.Element.Unit.Text;
        var start = SkipSpaces(text, quote.Close + 1, 1);
        var i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i > start ? text.Substring(start, i - start) : null;
    }

    // From i, stepping by step (1 or -1), the first index that is no white space (or past the text's end).
    private static int SkipSpaces(string text, int i, int step)
    {
        while (i >= 0 && i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i += step;
        }

        return i;
    }

    /// <summary>"known as "…"", "known locally as "the wheel of doom"": an adverb may come between "known" and "as".</summary>
    private static bool IsKnownAs(QuoteCandidate quote, List<string> previous, List<string> scratch)
    {
        if (previous.Count < 2 || previous[1] != "as")
        {
            return false;
        }

        if (previous[0] == "known")
        {
            return true;
        }

        if (!previous[0].EndsWith("ly", System.StringComparison.Ordinal))
        {
            return false;
        }

        PreviousWords(quote, 3, scratch);
        return scratch.Count == 3 && scratch[0] == "known";
    }

    /// <summary>
    /// "la loi dite « sur les agents de l'étranger »", "Rafael Ortiz, dit « le Petit Prince »": French "dit(e)" after a noun, or
    /// set off by a comma after a name, is "known as"; not "elle s'est dite « ravie »" nor "il a dit « non »".
    /// </summary>
    private static bool IsCalledDit(QuoteCandidate quote, List<string> previous)
    {
        if (previous.Count == 0)
        {
            return false;
        }

        var last = previous[previous.Count - 1];
        if (last is "dite" or "dites" or "dits")
        {
            return previous.Count < 2 || previous[0] is not ("est" or "sont" or "était" or "étaient" or "se" or "s" or "été");
        }

        if (last != "dit")
        {
            return false;
        }

        // ", dit « … »": a comma right before "dit". (Back from the opening mark past the spaces and the mark to the word's
        // last letter, then past the word and the spaces before it.)
        var text = quote.Element.Unit.Text;
        var i = quote.Open - 1;
        while (i >= 0 && !char.IsLetter(text[i]))
        {
            i--;
        }

        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == ',';
    }

    /// <summary>Up to <paramref name="count"/> words just before the opening mark, nearest last, into <paramref name="words"/> (emptied first).</summary>
    /// <remarks>
    /// The words come from the tokeniser's word table (<see cref="Attribution.WordStrings"/>): the filter reads the words
    /// before every quote up to three times, and the attribution has just tokenised them.
    /// </remarks>
    private static void PreviousWords(QuoteCandidate quote, int count, List<string> words)
    {
        var text = quote.Element.Unit.Text;
        var strings = Attribution.WordStrings.Table;
        words.Clear();
        var i = quote.Open - 1;
        while (i >= 0 && words.Count < count)
        {
            while (i >= 0 && !char.IsLetter(text[i]) && text[i] != '-')
            {
                if (text[i] is '.' or '!' or '?' or ':' or ';' or '»' or '”')
                {
                    i = -1;
                    break;
                }

                i--;
            }

            var end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '-'))
            {
                i--;
            }

            if (end > i + 1)
            {
                words.Insert(0, Attribution.WordStrings.Get(strings, text, i + 1, end - i - 1));
            }
        }
    }
}
