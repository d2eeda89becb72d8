using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

// Who holds what the article names by a description: a title ("le président"), an office's kind ("l'élu"), an
// organisation's kind ("l'entreprise"), the issuer of a statement ("le communiqué").
internal sealed partial class NameIndex
{
    /// <summary>
    /// "the chief" after "Police Chief Ann Lee said …", "le président" after "le président Emmanuel Macron":
    /// the one person the article gives that title, by the title's head noun (an English title's last word,
    /// a French one's first), else null (nobody, or two people).
    /// </summary>
    /// <remarks>
    /// A noun of a kind of office ("le dirigeant" after "le PDG de …", "l'élu" after "le maire de …") finds the
    /// one person the article gives an office of that kind, when no one holds the noun itself.
    /// </remarks>
    public string? HolderOfTitle(string noun) =>
        _titleHolders.TryGetValue(noun, out var holder) ? holder
        : WordLists.OfficeKinds.Get(noun) is { } kind && _titleHolders.TryGetValue(kind, out var ofKind) ? ofKind
        : null;

    /// <summary>Whether the article gave anyone (one person or more) a title whose head noun is <paramref name="noun"/>.</summary>
    public bool HasTitleHolders(string noun) => _titleHolders.ContainsKey(noun);

    /// <summary>
    /// "le ministre de l'Intérieur" after "Christophe Castaner, ministre de l'Intérieur", "the home secretary" after "Home
    /// Secretary Priti Patel": the one person the article gave that very title (compared without case, with one apostrophe),
    /// when <paramref name="description"/> is a definite determiner and a title of two words or more; else null.
    /// </summary>
    public string? HolderOfWholeTitle(string description)
    {
        var words = Words(description);
        return words.Length >= 3 && IsDefiniteDeterminer(words[0]) && _wholeTitleHolders.TryGetValue(TitleKey(words, 1), out var holder) ? holder : null;
    }

    // A whole title as a key: its words from "from" on, one space between them, one apostrophe.
    private static string TitleKey(string[] words, int from) => OneApostrophe(string.Join(" ", words, from, words.Length - from));

    // (The dictionaries ignore case; only the apostrophe is made one.)
    private static string OneApostrophe(string text) => text.IndexOf('’') >= 0 ? text.Replace('’', '\'') : text;

    private void NoteTitle(string title, string person)
    {
        var words = Words(title);
        if (words.Length >= 2)
        {
            Note(_wholeTitleHolders, TitleKey(words, 0), person); // "ministre de l'Intérieur", "Home Secretary": the whole title, whatever its head
        }

        // "British Prime Minister": "the prime minister" later names him too; the nationality is no part of the office.
        if (words.Length >= 3 && char.IsUpper(words[0][0]) && (WordLists.EnglishDemonyms.Contains(words[0]) || NounPhrases.IsAdjectiveShaped(words[0])))
        {
            Note(_wholeTitleHolders, TitleKey(words, 1), person);
        }

        var of = System.Array.IndexOf(words, "of");
        // ("ancien ministre de l'Éducation", "nouvelle directrice de l'école": a French adjective of time before the noun, which
        // "l'ex-ministre", "le nouveau directeur" leave out too.)
        var french = WordLists.FrenchTimeAdjectives.Contains(words[0]) && words.Length > 2 ? 1 : 0;
        var head = of > 0 ? words[of - 1] // "chief financial officer of Vestfjord"
            : System.Array.IndexOf(words, "de") > 0 || System.Array.IndexOf(words, "du") > 0 ? words[french] : words[words.Length - 1];
        if (!WordLists.IsOfficeWord(head) && WordLists.IsOfficeWord(words[french]))
        {
            head = words[french]; // "directrice financière": a French noun before its adjective
        }

        if (head.Length < 3 || head.EndsWith(".", System.StringComparison.Ordinal) || WordLists.FormsOfAddress.Contains(head) || head is "father" or "Father" or "père" or "Père")
        {
            return;
        }

        if (!WordLists.IsOfficeWord(head))
        {
            // "Farmer John Smith …. the farmer said", "Campaigner Jane Doe": a trade or a standing written as a title.
            if (words.Length == 1 && PersonNames.IsTitle(head))
            {
                Note(head, person);
            }

            return;
        }

        Note(head, person);
        if (WordLists.OfficeKinds.Get(head) is { } kind)
        {
            Note(kind, person);
        }

        if (LeadingOfficeBefore(words, 0, ComplementStart(words)) && OrganisationKey(words) is { } organisation)
        {
            Note(organisation, person); // "président de la SNCF", "chief executive of Boeing"
        }
    }

    /// <summary>
    /// "le PDG de la SNCF" after "Guillaume Pepy, président de la SNCF": the one person the article gives a leading office
    /// (<see cref="WordLists.LeadingOffices"/>) of the organisation named by the words of <paramref name="description"/> after
    /// its office, whatever the office's noun; else null. The description opens on a definite determiner, then at most two
    /// words with a leading office among them, then the complement ("de la SNCF", "of Boeing").
    /// </summary>
    public string? HolderOfLeadingOffice(string description)
    {
        var words = Words(description);
        return words.Length >= 3 && IsDefiniteDeterminer(words[0]) && LeadingOfficeBefore(words, 1, ComplementStart(words))
            && OrganisationKey(words) is { } organisation && _titleHolders.TryGetValue(organisation, out var holder) ? holder : null;
    }

    // A leading office among the two words at most from "from" to the complement: "PDG", "chief executive", "directeur général".
    private static bool LeadingOfficeBefore(string[] words, int from, int complement)
    {
        if (complement - from is < 1 or > 2)
        {
            return false;
        }

        for (var k = from; k < complement; k++)
        {
            if (WordLists.LeadingOffices.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "le", "la", "the", or "L'" as Words splits it off ("L'ancien ministre").
    internal static bool IsDefiniteDeterminer(string word) => word.ToLowerInvariant() is "le" or "la" or "the" or "l'" or "l’";

    // The complement of an office ("de la SNCF", "of Boeing"), as the key of its organisation: one apostrophe (the
    // dictionary ignores case).
    private static string? OrganisationKey(string[] words)
    {
        var start = ComplementStart(words);
        return start < words.Length - 1 || (start == words.Length - 1 && words[start].Length > 2 && words[start][1] is '\'' or '’')
            ? "of:" + OneApostrophe(string.Join(" ", words, start, words.Length - start))
            : null;
    }

    // The first word of an office's complement: "de", "du", "des", "of", or a word elided from "de" ("d'Orange"); the words' count when none.
    private static int ComplementStart(string[] words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            var word = words[k];
            if (word is "de" or "du" or "des" or "of" || (word.Length > 2 && word[0] == 'd' && word[1] is '\'' or '’'))
            {
                return k;
            }
        }

        return words.Length;
    }

    // (A key no word can be, as the kinds' keys.)
    private const string StatementIssuerKey = "statement:issuer";

    /// <summary>
    /// The one issuer of a statement the article names ("une déclaration de Barcelone", "Barcelona's statement"), who speaks
    /// for "La déclaration explique : « … »" later; null when the article names none or two.
    /// </summary>
    public string? StatementIssuer => _titleHolders.TryGetValue(StatementIssuerKey, out var issuer) ? issuer : null;

    /// <summary>
    /// <see cref="StatementIssuer"/>, else the one who "released a statement" ("the Combined Joint Task Force released a
    /// statement", "la préfecture a publié un communiqué") in the element <paramref name="elementOrder"/> or one before it.
    /// </summary>
    public string? StatementIssuerFor(int elementOrder) =>
        StatementIssuer ?? (elementOrder >= _firstIssuingElement && _titleHolders.TryGetValue(IssuerByVerbKey, out var byVerb) ? byVerb : null);

    // Who "released a statement" is noted apart: a statement named with its issuer ("une déclaration de Barcelone") is the
    // surer reading, and an article that has one keeps it even when someone else "a publié un communiqué" too. A statement
    // released is only the one "the statement" refers to after it is mentioned.
    private const string IssuerByVerbKey = "statement:issuer-by-verb";
    private int _firstIssuingElement = int.MaxValue;

    // The first element that gives an organisation with the noun of its kind, by kind.
    private readonly Dictionary<string, int> _firstElementOfKind = new(System.StringComparer.Ordinal);

    // A name right after a statement noun and "de"/"du"/"of"/"from", or owning one ("X's statement"); a platform is where a
    // statement was posted, not who issued it ("un post d'Instagram").
    private static bool IssuesStatement(List<Token> tokens, int start, int end) =>
        !WordLists.Platforms.Contains(tokens[start].Text)
        && ((start >= 2 && tokens[start - 1].Lower is "de" or "du" or "d'" or "d’" or "of" or "from" && WordLists.IsStatementNounItself(tokens[start - 2].Text))
            || (end < tokens.Count && NounPhrases.IsPossessive(tokens[end - 1].Text) && WordLists.StatementNouns.Contains(tokens[end].Text)));

    // "the Combined Joint Task Force released a statement", "la préfecture a publié un communiqué": the name right before a
    // verb of issuing, an indefinite determiner, maybe one adjective, then a statement noun.
    private static bool IssuesStatementByVerb(List<Token> tokens, int end)
    {
        // ("The Georgian Tennis Federation (GFT) released a statement": the acronym in parentheses after the name is stepped over.)
        if (end + 2 < tokens.Count && tokens[end].Text == "(" && tokens[end + 2].Text == ")")
        {
            end += 3;
        }

        var verb = end < tokens.Count && tokens[end].Lower is "a" or "ont" or "avait" or "avaient" or "has" or "have" or "had" ? end + 1 : end;
        if (verb + 2 >= tokens.Count || tokens[verb].Lower is not ("released" or "issued" or "published" or "publié" or "diffusé" or "émis" or "publie" or "diffuse")
            || tokens[verb + 1].Lower is not ("a" or "an" or "un" or "une"))
        {
            return false;
        }

        var noun = verb + 2;
        if (noun + 1 < tokens.Count && !WordLists.StatementNouns.Contains(tokens[noun].Text) && tokens[noun] is { IsWord: true, IsCapitalized: false })
        {
            noun++; // "a joint statement", "un long communiqué"
        }

        return WordLists.IsStatementNounItself(tokens[noun].Text);
    }

    /// <summary>
    /// The organisation of the kind a description by one noun names ("l'entreprise", "the union"), when the article
    /// gave exactly one organisation that kind's noun; else null.
    /// </summary>
    /// <remarks>
    /// Only an organisation given its kind's noun in the element <paramref name="elementOrder"/> or one before it: "\"…,\" the
    /// company said" is not about "the private equity firm Carver Ridge" a paragraph later.
    /// </remarks>
    public string? HolderOfOrganisationNoun(string noun, int elementOrder) =>
        WordLists.OrganisationKinds.Get(noun) is { } kind && _titleHolders.TryGetValue(kind, out var holder)
            && (!_firstElementOfKind.TryGetValue(kind, out var first) || first <= elementOrder) ? holder
        : _titleHolders.TryGetValue(OrganisationHeadPrefix + noun, out var byHead) ? byHead
        // ("Le syndicat Sud-Rail appelle à la grève …. « … », dénonce l'organisation": the noun of any kind names the one
        // organisation the article gives a kind, whatever that kind.)
        : noun.ToLowerInvariant() is "organisation" or "organization" or "organisme" ? OnlyOrganisationOfAKind()
        : null;

    // The one organisation given with the noun of its kind, whatever the kind; null when none, or two (or one kind's two).
    private string? OnlyOrganisationOfAKind()
    {
        string? only = null;
        foreach (var kind in WordLists.OrganisationKindKeys)
        {
            if (!_titleHolders.TryGetValue(kind, out var holder))
            {
                continue;
            }

            if (holder is null || (only is not null && only != holder))
            {
                return null;
            }

            only = holder;
        }

        return only;
    }

    private const string OrganisationHeadPrefix = "org-head:";

    /// <summary>
    /// "Tasmanian Wildlife Service" → "org-head:service": the key of a body named by capitalised words whose last one is the
    /// noun of a body (<see cref="BodyHeads"/>), not a person's name; else null.
    /// </summary>
    private static string? OrganisationHeadKey(List<Token> tokens, int start, int end) =>
        EnglishHead(tokens, start, end) is { IsCapitalized: true } last && BodyHeads.Contains(last.Text) && !GivenNames.Contains(tokens[start].Text)
            ? OrganisationHeadPrefix + last.Text.ToLowerInvariant()
            // ("L'Agence régionale de santé Occitanie …. « … », recommande l'agence", "Le Festival des Trois Rivières …. le
            // festival": a French body's head noun comes first, after its article.)
            : start > 0 && tokens[start - 1].Lower is "l'" or "l’" or "le" or "la" && WordLists.FrenchOrganisationHeads.Contains(tokens[start].Text)
                ? OrganisationHeadPrefix + tokens[start].Lower
                : null;

    // The end of an English body's name with its "of" complement ("Ministry" + "of Defence"), else end.
    private static int WithBodyComplement(List<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Text == "of" && BodyHeads.Contains(tokens[end - 1].Text) && tokens[end + 1].IsCapitalized && NounPhrases.IsNameWord(tokens[end + 1])
            ? NounPhrases.NameEnd(tokens, end + 1, tokens.Count)
            : end;

    // ("Ministry of Defence", "HM Inspectorate of Prisons" → "the ministry", "the inspectorate": an English name with a
    // complement has its head before "of"; else its last word.)
    private static Token EnglishHead(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Text == "of")
            {
                return tokens[k - 1];
            }
        }

        return tokens[end - 1];
    }

    /// <summary>
    /// The last words of bodies' names that "the service", "the network" name again. Not "Project", "Group", "Party", "Times":
    /// "the project" in a story about two software projects is rarely the one named last ("CentOS Project" for Rocky Linux).
    /// </summary>
    private static readonly WordSet BodyHeads = new(new[]
    {
        "Service", "Agency", "Network", "Institute", "Foundation", "Federation", "Bureau", "Trust", "Society", "Coalition", "Alliance",
        "Ministry", "Department", "Commission", "Authority", "Board", "University", "Bank", "Tribunal", "Court", "Association",
        "Union", "Council", "Committee", "Corporation", "Festival", "Inspectorate", "Regulator",
    });

    // The noun of an organisation's kind right before the name ("l'entreprise X", "le groupe laitier X", "the dairy
    // group X"), right after it ("the RMT union"), or opening its apposition ("X, premier syndicat chez …").
    private static string? OrganisationKindAround(List<Token> tokens, int start, int end)
    {
        if (start >= 1 && Kind(tokens[start - 1]) is { } before)
        {
            return before;
        }

        // "Southcliff District Council", "le FC Mayenne-Bocage": the name itself says its kind.
        if (end - start >= 2 && WordLists.OrganisationKinds.Get(tokens[end - 1].Text) is { } named)
        {
            return named;
        }

        if (WordLists.ClubPrefixes.Contains(tokens[start].Text) && end - start >= 2)
        {
            return "org:club";
        }

        // ("le groupe laitier Lacto-Normandie"; not "une usine du groupe en Pologne": a preposition or a link is no adjective.)
        if (start >= 2 && tokens[start - 1] is { IsWord: true, IsCapitalized: false } adjective && !WordLists.Prepositions.Contains(adjective.Text)
            && !WordLists.NounLinks.Contains(adjective.Text) && Kind(tokens[start - 2]) is { } beforeAdjective)
        {
            return beforeAdjective;
        }

        // ("le fabricant de jouets Ludomax", "le fabricant de vélos électriques Arvor Mobilité": the noun of a kind, then its
        // complement of lower-case words right before the name; not a person's, "l'association de quartier Marie Dupont".)
        if (!GivenNames.Contains(tokens[start].Text))
        {
            for (var k = start - 2; k >= 1 && k >= start - 4 && tokens[k] is { IsWord: true, IsCapitalized: false }; k--)
            {
                if (tokens[k].Lower is "de" or "d'" or "d’")
                {
                    if (Kind(tokens[k - 1]) is { } beforeComplement)
                    {
                        return beforeComplement;
                    }

                    break;
                }
            }
        }

        // ("Shipping group Meridian Lines": a kind's noun with a name right after it introduces that name, not the word before.)
        if (end < tokens.Count && Kind(tokens[end]) is { } after && !(end + 1 < tokens.Count && tokens[end + 1] is { IsWord: true, IsCapitalized: true }))
        {
            return after;
        }

        if (end + 1 < tokens.Count && tokens[end].Text == ",")
        {
            for (var k = end + 1; k < tokens.Count && k <= end + 3 && tokens[k].IsWord; k++)
            {
                // ("In a statement to Reuters, the company said": a noun of a kind followed by its verb opens a clause of
                // its own after an opening phrase; it is no apposition of the name before the comma.)
                if (Kind(tokens[k]) is { } apposed && !(k + 1 < tokens.Count && SpeechVerbs.IsLowerCaseForm(tokens[k + 1])))
                {
                    return apposed;
                }
            }
        }

        return null;

        // ("L'ONG Terres Vivantes", "the NGO Mercy Corps": the one kind's noun written as an acronym.)
        static string? Kind(Token token) => NounPhrases.IsOrganisationKindNoun(token) ? WordLists.OrganisationKinds.Get(token.Text) : null;
    }

    // (A key no word can be, as the kinds' keys.)
    private const string AcronymKeyPrefix = "acronym:";

    /// <summary>
    /// "SNAA" after "le Syndicat national autonome des aiguilleurs (SNAA)", "ARS" after "l'Agence régionale de santé (ARS) de
    /// Normandie": the name the article gave in full with that acronym in parentheses (without them), else null.
    /// </summary>
    public string? ExpansionOf(string acronym) =>
        _titleHolders.Count > 0 && _titleHolders.TryGetValue(AcronymKeyPrefix + acronym, out var full) ? full : null;

    // An acronym in parentheses right after the name that opens at "start" or inside it, before a complement ("(ARS) de
    // Normandie"): noted with the name in full, the parentheses left out.
    private void NoteAcronym(string text, List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k <= end && k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Text == "(" && tokens[k + 2].Text == ")" && NounPhrases.IsAcronym(tokens[k + 1]))
            {
                // ("The National Union of Journalists (NUJ)": the name read here is the complement's, "Journalists"; the
                // organisation's head and its links before it are the name's too.)
                start = NounPhrases.OrganisationStart(tokens, start, 0);

                // ("l'Autorité des technologies de Communication et d'Information (BTK)": a complement whose organisation
                // could not be read back whole gives no name for the acronym.)
                if (start >= 1 && tokens[start - 1].Lower is "of" or "for" or "and" or "de" or "des" or "du" or "d'" or "d’" or "et")
                {
                    return;
                }

                // ("the United States' National Basketball Association (NBA)": the possessive place before the name is no part of it.)
                var possessive = tokens.FindLastIndex(k - 1, k - start, t => NounPhrases.IsPossessive(t.Text) || t.Text is "'" or "’");
                if (possessive >= start && k - possessive > 2)
                {
                    start = possessive + 1;
                }

                var full = k + 3 < end
                    ? NounPhrases.Slice(text, tokens, start, k) + " " + NounPhrases.Slice(text, tokens, k + 3, end)
                    : NounPhrases.Slice(text, tokens, start, k);
                Note(AcronymKeyPrefix + tokens[k + 1].Text, full);
                return;
            }
        }
    }

    // The one holder of a title, an office's kind or an organisation's kind; null once a second one is given.
    private void Note(string key, string holder) => Note(_titleHolders, key, holder);

    private static void Note(Dictionary<string, string?> holders, string key, string holder) =>
        holders[key] = holders.TryGetValue(key, out var known) && known != holder ? null : holder;

    /// <summary>
    /// The word before a lower-case office noun and its holder's name: a determiner, or a modifier that is no rank of
    /// its own ("Health", "environment"; not "Premier ministre", "deputy minister", "vice").
    /// </summary>
    private static bool OpensOffice(Token before) =>
        WordLists.Determiners.Contains(before.Text)
        || (before.IsWord && !WordLists.Titles.Contains(before.Text) && !WordLists.OfficeRanks.Contains(before.Text) && !WordLists.Prepositions.Contains(before.Text)
            && !WordLists.NounLinks.Contains(before.Text) && !SpeechVerbs.IsSpeechVerb(before.Text));
}
