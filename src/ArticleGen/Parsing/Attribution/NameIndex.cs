using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Every name of two words or more the article writes, in order, so a surname alone ("Wilkins
/// said") resolves to the fullest form given anywhere in the article ("Mark Wilkins").
/// </summary>
/// <remarks>
/// One index per thread, emptied for each article (<see cref="Build"/>): its tables, made anew for every
/// article, were about 8 KB of a seed-sized parse's 40 KB, and in a generator run every byte allocated
/// brings the next collection nearer. An index is read only by the attribution of the article it was built
/// for, on that article's thread, which builds no other index meanwhile (articles may be parsed on several
/// threads at once, each parse on one thread).
/// </remarks>
internal sealed class NameIndex
{
    private readonly List<(string Name, string[] Words)> _names = new();

    // Each distinct name once: an article that repeats a name thousands of times stays linear.
    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);

    // "Le Monde" written inside a sentence: kept apart from the names Separated reads ("Marine Le Pen" is one person).
    private readonly HashSet<string> _seenWithArticle = new(System.StringComparer.Ordinal);

    // Names by their last word, so resolving a surname reads only the names that can match: the first and the last
    // such name of _names, the others chained in between by _nextWithLastWord (no list per word to make anew).
    private readonly Dictionary<string, (int First, int Last)> _byLastWord = new(System.StringComparer.Ordinal);

    // For each name of _names, the next one with the same last word; -1 for none.
    private readonly List<int> _nextWithLastWord = new();

    // Names that open on a common given name, by that name: the index in _names of the one such name, -1 when two
    // differ ("Thomas said" after "Thomas Sam": the article calls him by his given name; after "Thomas Sam" and
    // "Thomas Ward" it is nobody's).
    private readonly Dictionary<string, int> _byGivenName = new(System.StringComparer.Ordinal);

    // Names recur through an article: each distinct one is cleaned of its titles once
    // (PersonNames.Clean reads nothing but its argument and fixed word lists).
    private readonly Dictionary<string, (string Name, string? Title)> _cleaned = new(System.StringComparer.Ordinal);

    // Title head nouns ("chief", "ministre") to the one person the article gives them; null when two.
    private readonly Dictionary<string, string?> _titleHolders = new(IgnoreCaseComparer.Instance);

    // Whole titles of two words or more ("ministre de l'Intérieur") by their holder; apart from the head nouns and kinds above,
    // so no key needs a prefix.
    private readonly Dictionary<string, string?> _wholeTitleHolders = new(IgnoreCaseComparer.Instance);

    /// <summary>The gender each name is known to carry, for pronouns.</summary>
    public NameGenders Genders { get; } = new();

    public static NameIndex Build(List<Element> elements)
    {
        var index = Emptied();
        // One list for every element in turn (none is kept), sized once for the longest as Token.Split sizes
        // its own: grown from empty it allocated every size up to the longest element's.
        var longest = 0;
        foreach (var element in elements)
        {
            longest = System.Math.Max(longest, element.Unit.Text.Length);
        }

        var tokens = TokenBuffer(System.Math.Max(4, longest / 5));
        for (var e = 0; e < elements.Count; e++)
        {
            var text = elements[e].Unit.Text;
            Token.Split(text, 0, text.Length, tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!MayOpenName(tokens, i) || !NounPhrases.IsNameStart(tokens, i))
                {
                    continue;
                }

                i = index.IndexNameAt(text, tokens, i, e) - 1;
            }
        }

        // (The last element's tokens are let go: the buffer outlives the article.)
        tokens.Clear();
        return index;
    }

    /// <summary>
    /// Indexes the name that opens at token <paramref name="i"/> of the element <paramref name="element"/> (its titles, its
    /// organisation's kind, the statement it issues …) and returns where it ends. Apart from <see cref="Build"/>'s loop so that loop, which reads every token of the article,
    /// is compiled on its own: inlined there, this body's many calls left the tokeniser's loop short of registers.
    /// </summary>
    private int IndexNameAt(string text, List<Token> tokens, int i, int element)
    {
        var end = NounPhrases.NameEnd(tokens, i, tokens.Count);

        // "Mayor of London Sadiq Khan": the office's place is no part of the person's name.
        var start = NounPhrases.OfficeHolderStart(tokens, i, end);

        // "a confié à France Info Jacques Witkowski": an outlet after a preposition, then the person.
        if (i >= 1 && WordLists.Prepositions.Contains(tokens[i - 1].Text))
        {
            start = System.Math.Max(start, NounPhrases.PersonAfterOutlet(tokens, i, end));
        }

        // "le ministre de l'Intérieur Christophe Castaner": the ministry's noun is no part of the name.
        start = NounPhrases.PersonAfterComplementNoun(tokens, (start, end)) ?? start;

        // "le groupe laitier Lacto-Normandie", "the RMT union", "Sud-Rail, premier syndicat …": an organisation
        // given with the noun of its kind, so "l'entreprise" or "the union" later finds it.
        if (OrganisationKindAround(tokens, i, end) is { } organisationKind)
        {
            Note(organisationKind, NounPhrases.Slice(text, tokens, i, end));
        }

        // "Une déclaration de Barcelone a confirmé …", "the White House's statement": who issued a statement, so
        // "La déclaration explique : « … »" later is theirs.
        if (IssuesStatement(tokens, i, end))
        {
            Note(StatementIssuerKey, NounPhrases.WithoutPossessive(NounPhrases.Slice(text, tokens, i, end)));
        }
        else if (IssuesStatementByVerb(tokens, end))
        {
            // ("the Combined Joint Task Force": capitalised words that open no name of their own still belong to it.)
            var issuerStart = i;
            while (issuerStart > 0 && tokens[issuerStart - 1] is { IsWord: true, IsCapitalized: true } before && !WordLists.Determiners.Contains(before.Text))
            {
                issuerStart--;
            }

            // "la préfecture du Var a publié un communiqué": the name is the complement of the noun that issued it.
            var issuer = NounPhrases.Slice(text, tokens, issuerStart, end);
            if (issuerStart >= 3 && tokens[issuerStart - 1].Lower is "du" or "de" or "des" or "of" && tokens[issuerStart - 2] is { IsWord: true, IsCapitalized: false }
                && WordLists.Determiners.Contains(tokens[issuerStart - 3].Text))
            {
                issuer = NounPhrases.Slice(text, tokens, issuerStart - 3, end);
            }

            Note(IssuerByVerbKey, issuer);
            _firstIssuingElement = System.Math.Min(_firstIssuingElement, element);
        }

        if (end - start >= 2)
        {
            // ("The director Owen Fairley's new film": the owner's full name, so "Fairley said" later finds it.)
            var written = NounPhrases.WithoutPossessive(NounPhrases.Slice(text, tokens, start, end));
            if (!_cleaned.TryGetValue(written, out var clean))
            {
                _cleaned.Add(written, clean = PersonNames.Clean(written));
            }

            var (name, title) = clean;
            Genders.Observe(tokens, start, name, title);
            Add(name);
            if (title is not null && !WordLists.FormsOfAddress.Contains(title))
            {
                NoteTitle(title, name);
            }
            else if (start >= 2 && tokens[start - 1] is { IsCapitalized: false } role && IsOfficeWord(role.Text) && OpensOffice(tokens[start - 2]))
            {
                // "le président Emmanuel Macron", "la ministre Ericka Bareigts", "l'avocat Stéphane Quiniou", "Former
                // environment minister Graham Bellamy", "Health minister Priya Kaul".
                NoteTitle(role.Text, name);
            }
            else if (start >= 1 && tokens[start - 1] is { IsCapitalized: true } capitalisedTitle && WordLists.Titles.Contains(capitalisedTitle.Text))
            {
                NoteTitle(capitalisedTitle.Text, name); // "King Maha Vajiralongkorn", "her brother, King Maha …"
            }
            else if (Appositions.TitleAround(text, tokens, start, end) is { } apposed)
            {
                NoteTitle(apposed, name); // "Le maire de Montreuil-Bellay, Daniel Fourrier,", "Raj Bedi, the minister,"
            }
            else if (Appositions.DescribingNoun(tokens, start, end) is { } noun)
            {
                Note(noun, name); // "le vigneron Bernard Lacombe", "Kevin Guéguen, étudiant,": "le vigneron", "l'étudiant" later
            }
        }
        else if (start >= 1 && tokens[start - 1].IsWord)
        {
            Genders.Observe(tokens, start, tokens[start].Text, null); // "Mrs Alder", "M. Goudet"
        }

        // "écrit Le Monde", "selon Les Échos", "le parti Les Républicains": an article written with a
        // capital inside a sentence belongs to the name; "Monde" alone resolves to "Le Monde".
        if (start == i && CapitalisedArticleInside(tokens, i))
        {
            Add(NounPhrases.Slice(text, tokens, i - 1, end), separable: false);
        }

        return end;
    }

    /// <summary>
    /// The most names (and cleaned names, title holders, genders) an index a thread keeps may hold: emptying
    /// a table costs its size, so an index that grew past this over a huge article is let go, not kept for the next.
    /// </summary>
    private const int KeptIndexEntries = 1024;

    [System.ThreadStatic]
    private static NameIndex? t_index;

    /// <summary>This thread's index, emptied; a new one the first time, or when the last one grew past <see cref="KeptIndexEntries"/>.</summary>
    private static NameIndex Emptied()
    {
        var index = t_index;
        if (index is null || index.LargestCount > KeptIndexEntries)
        {
            return t_index = new NameIndex();
        }

        index._names.Clear();
        index._seen.Clear();
        index._seenWithArticle.Clear();
        index._byLastWord.Clear();
        index._nextWithLastWord.Clear();
        index._byGivenName.Clear();
        index._cleaned.Clear();
        index._titleHolders.Clear();
        index._wholeTitleHolders.Clear();
        index.Genders.Clear();
        index._firstIssuingElement = int.MaxValue;
        return index;
    }

    private int LargestCount =>
        System.Math.Max(System.Math.Max(_names.Count, _cleaned.Count), System.Math.Max(_titleHolders.Count + _wholeTitleHolders.Count, Genders.Count));

    /// <summary>The largest token buffer a thread keeps from one article to the next (about 100 KB).</summary>
    private const int KeptBufferTokens = 4096;

    [System.ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>
    /// This thread's buffer for the elements' tokens, room made for <paramref name="capacity"/>: a new list per
    /// article was about 3 KB of a seed-sized parse's 48 KB (articles may be parsed on several threads at once, each
    /// parse on one thread, and the index is built once per article and not re-entered, so no two builds share a buffer). An article whose longest
    /// element needs more than <see cref="KeptBufferTokens"/> gets a list of its own, so no thread holds on to a
    /// huge one.
    /// </summary>
    private static List<Token> TokenBuffer(int capacity)
    {
        if (capacity > KeptBufferTokens)
        {
            return new List<Token>(capacity);
        }

        var buffer = t_tokens ??= new List<Token>(KeptBufferTokens / 4);
        if (buffer.Capacity < capacity)
        {
            buffer.Capacity = capacity;
        }

        return buffer;
    }

    /// <summary>
    /// Whether <see cref="NounPhrases.IsNameStart"/> can hold at <paramref name="i"/>: only for a capitalised word, a word right
    /// after a capitalised one (a particle after a title: "M. de Villepin"), or one with a hyphen among its second to fourth
    /// characters (a particle joined to a name: "el-Sisi"). Nine tokens in ten are none of these, lower-case words and marks,
    /// and this test, inlined in the loop, spares them the call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayOpenName(List<Token> tokens, int i)
    {
        var text = tokens[i].Text;
        return (text.Length > 0 && char.IsUpper(text[0]))
            || (i > 0 && tokens[i - 1].IsCapitalized)
            || (text.Length >= 3 && (text[1] == '-' || text[2] == '-' || (text.Length > 3 && text[3] == '-')));
    }

    private static bool CapitalisedArticleInside(List<Token> tokens, int nameStart) =>
        nameStart >= 2 && tokens[nameStart - 1].Text is "Le" or "La" or "Les" or "L'" or "L’"
        && (tokens[nameStart - 2].IsWord || tokens[nameStart - 2].Text == ",");

    /// <summary>
    /// Indexes <paramref name="name"/> for <see cref="Fullest"/>; a name that is not <paramref name="separable"/>
    /// ("Le Monde", which could be "Le Pen") is never split off a longer one by <see cref="Separated"/>.
    /// </summary>
    private void Add(string name, bool separable = true)
    {
        // A name met before is already indexed (only names of two words or more enter the set): most
        // names recur, and splitting each again into words was the index's commonest allocation.
        var seen = separable ? _seen : _seenWithArticle;
        if (seen.Contains(name))
        {
            return;
        }

        var words = Words(name);
        if (words.Length >= 2 && seen.Add(name))
        {
            var added = _names.Count;
            var lastWord = words[words.Length - 1];
            if (_byLastWord.TryGetValue(lastWord, out var chain))
            {
                _nextWithLastWord[chain.Last] = added;
                _byLastWord[lastWord] = (chain.First, added);
            }
            else
            {
                _byLastWord.Add(lastWord, (added, added));
            }

            _names.Add((name, words));
            _nextWithLastWord.Add(-1);
            if (GivenNames.Masculine.Contains(words[0]) || GivenNames.Feminine.Contains(words[0]))
            {
                _byGivenName[words[0]] = _byGivenName.ContainsKey(words[0]) ? -1 : added;
            }
        }
    }

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

        var of = System.Array.IndexOf(words, "of");
        var head = of > 0 ? words[of - 1] // "chief financial officer of Vestfjord"
            : System.Array.IndexOf(words, "de") > 0 || System.Array.IndexOf(words, "du") > 0 ? words[0] : words[words.Length - 1];
        if (!IsOfficeWord(head) && IsOfficeWord(words[0]))
        {
            head = words[0]; // "directrice financière": a French noun before its adjective
        }

        if (head.Length < 3 || head.EndsWith(".", System.StringComparison.Ordinal) || WordLists.FormsOfAddress.Contains(head) || head is "father" or "Father" or "père" or "Père"
            || !IsOfficeWord(head))
        {
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
    private static bool IsDefiniteDeterminer(string word) => word.ToLowerInvariant() is "le" or "la" or "the" or "l'" or "l’";

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
    public string? HolderOfOrganisationNoun(string noun) =>
        WordLists.OrganisationKinds.Get(noun) is { } kind && _titleHolders.TryGetValue(kind, out var holder) ? holder : null;

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

        if (start >= 2 && tokens[start - 1] is { IsWord: true, IsCapitalized: false } && Kind(tokens[start - 2]) is { } beforeAdjective)
        {
            return beforeAdjective;
        }

        if (end < tokens.Count && Kind(tokens[end]) is { } after)
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

        static string? Kind(Token token) => token is { IsWord: true, IsCapitalized: false } ? WordLists.OrganisationKinds.Get(token.Text) : null;
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

    private static bool IsOfficeWord(string word) => WordLists.Titles.Contains(word) || WordLists.OfficeKinds.ContainsKey(word);

    /// <summary>
    /// The longest indexed name that ends with <paramref name="name"/>'s words (the first such when tied); for a
    /// common given name alone that ends no name, the one name that opens on it ("Thomas" → "Thomas Sam"), unless
    /// <paramref name="byGivenName"/> is false: a title before it makes it a name of its own ("le pape François", "King
    /// Charles" are not François Hollande or Charles Michel).
    /// </summary>
    public string Fullest(string name, bool byGivenName = true)
    {
        var words = Words(name);
        var best = name;
        var bestLength = words.Length;
        if (words.Length == 0)
        {
            return best;
        }

        if (!_byLastWord.TryGetValue(words[words.Length - 1], out var chain))
        {
            return byGivenName && words.Length == 1 && _byGivenName.TryGetValue(words[0], out var only) && only >= 0 ? _names[only].Name : best;
        }

        for (var candidate = chain.First; candidate >= 0; candidate = _nextWithLastWord[candidate])
        {
            var entry = _names[candidate];
            if (entry.Words.Length > bestLength && EndsWith(entry.Words, words))
            {
                best = entry.Name;
                bestLength = entry.Words.Length;
            }
        }

        return best;
    }

    /// <summary>
    /// "France Info Jacques Witkowski" → "Jacques Witkowski" when the article also writes that name on
    /// its own: two names run together ("a confié à France Info Jacques Witkowski") read as one.
    /// Only for names of three capitalised words or more, and suffixes of two words or more.
    /// </summary>
    public string Separated(string name)
    {
        var words = Words(name);
        if (words.Length < 3)
        {
            return name;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]))
            {
                return name; // a particle: Staffan de Mistura, Mohammad bin Salman
            }
        }

        for (var k = 1; k <= words.Length - 2; k++)
        {
            var suffix = string.Join(" ", words, k, words.Length - k);
            if (_seen.Contains(suffix))
            {
                return suffix;
            }
        }

        return name;
    }

    private static bool EndsWith(string[] full, string[] tail)
    {
        for (var i = 1; i <= tail.Length; i++)
        {
            if (!string.Equals(full[full.Length - i], tail[tail.Length - i], System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string name)
    {
        var words = WordStrings.SplitOnSpaces(name);

        // "L'Opinion" is the article and "Opinion", as "Le Monde" is "Le" and "Monde".
        if (words.Length > 0 && words[0].Length > 2 && words[0][0] == 'L' && words[0][1] is '\'' or '’')
        {
            var split = new string[words.Length + 1];
            split[0] = words[0].Substring(0, 2);
            split[1] = words[0].Substring(2);
            System.Array.Copy(words, 1, split, 2, words.Length - 1);
            return split;
        }

        return words;
    }
}
