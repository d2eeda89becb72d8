using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Every name of two words or more the article writes, in order, so a surname alone ("Wilkins
/// said") resolves to the fullest form given anywhere in the article ("Mark Wilkins"). This part builds the index;
/// <c>NameIndex.Holders.cs</c> answers who holds a title, an office, an organisation's kind or a statement, and
/// <c>NameIndex.Lookup.cs</c> finds a name's fullest form.
/// </summary>
/// <remarks>
/// One index per thread, emptied for each article (<see cref="Build"/>): its tables, made anew for every
/// article, were about 8 KB of a seed-sized parse's 40 KB, and in a generator run every byte allocated
/// brings the next collection nearer. An index is read only by the attribution of the article it was built
/// for, on that article's thread, which builds no other index meanwhile (articles may be parsed on several
/// threads at once, each parse on one thread).
/// </remarks>
internal sealed partial class NameIndex
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

    // Names of two words whose first word is no common given name, by that word: "Xi Jinping", "Kim Jong-un", "Hun Sen", whom
    // news calls by the family name written first ("President Xi said"). Short first words only (five letters at most, as
    // such family names are: not "GitHub Trust", "Vázquez Garced"), and no organisation. The same -1 when two names share it.
    // Looked up only after a title, or for a common Chinese or Korean family name (WordLists.FamilyNamesWrittenFirst; see Fullest).
    private readonly Dictionary<string, int> _byFirstWord = new(System.StringComparer.Ordinal);

    // French bodies by their head noun, their name's first word ("Observatoire des libertés numériques" by "Observatoire"), so
    // "l'Observatoire" later names it; -1 when two share it.
    private readonly Dictionary<string, int> _byOrganisationHead = new(System.StringComparer.Ordinal);

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
            if (!_firstElementOfKind.ContainsKey(organisationKind))
            {
                _firstElementOfKind[organisationKind] = element; // netstandard2.0 has no TryAdd
            }
        }

        // "The Tasmanian Wildlife Service …. The service said": an English body's last word, its head noun, names it later.
        // ("The Ministry of Defence …. the ministry said", "HM Inspectorate of Prisons …. the inspectorate": with its complement.)
        var bodyEnd = WithBodyComplement(tokens, end);
        if (bodyEnd - i >= 2 && OrganisationHeadKey(tokens, i, bodyEnd) is { } headKey)
        {
            Note(headKey, NounPhrases.Slice(text, tokens, i, bodyEnd));
        }

        // "le Syndicat national autonome des aiguilleurs (SNAA)": the acronym, so "prévient le SNAA" later is the name in full.
        NoteAcronym(text, tokens, i, end);

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
            else if (start >= 2 && tokens[start - 1] is { IsCapitalized: false } role && WordLists.IsOfficeWord(role.Text) && OpensOffice(tokens[start - 2]))
            {
                // "le président Emmanuel Macron", "la ministre Ericka Bareigts", "l'avocat Stéphane Quiniou", "Former
                // environment minister Graham Bellamy", "Health minister Priya Kaul".
                NoteTitle(role.Text, name);
            }
            else if (start >= 3 && tokens[start - 1] is { IsWord: true, IsCapitalized: false } adjective && !WordLists.IsOfficeWord(adjective.Text)
                && !WordLists.Prepositions.Contains(adjective.Text) && !SpeechVerbs.IsSpeechVerb(adjective.Text) // "the minister told John Smith", "la ministre sur France Inter"
                && tokens[start - 2] is { IsCapitalized: false } officeBeforeAdjective && WordLists.IsOfficeWord(officeBeforeAdjective.Text)
                && WordLists.Determiners.Contains(tokens[start - 3].Text))
            {
                // "la sénatrice écologiste Hélène Marchetti", "le député socialiste Jean Roux": a French office, its adjective, then the person.
                NoteTitle(officeBeforeAdjective.Text, name);
            }
            else if (start >= 1 && tokens[start - 1] is { IsCapitalized: true } capitalisedTitle && WordLists.Titles.Contains(capitalisedTitle.Text))
            {
                // "King Maha Vajiralongkorn", "her brother, King Maha …"; "Prime Minister Theresa May": the capitalised title words before the name.
                var titleStart = start - 1;
                while (titleStart > 0 && tokens[titleStart - 1] is { IsCapitalized: true } before && WordLists.Titles.Contains(before.Text))
                {
                    titleStart--;
                }

                NoteTitle(NounPhrases.Slice(text, tokens, titleStart, start), name);

                // "The former Conservative minister Sir Alan Pettigrew": the office before the form of address is his too.
                if (start >= 3 && tokens[start - 2] is { IsCapitalized: false } office && WordLists.IsOfficeWord(office.Text) && OpensOffice(tokens[start - 3]))
                {
                    NoteTitle(office.Text, name);
                }
            }
            else if (start > i && OfficeBeforeComplement(tokens, i) is int office)
            {
                // "Le sénateur du Cantal Bernard Fauvel", "le ministre de l'Intérieur Christophe Castaner": the office and its
                // complement before the person, so "le sénateur" (or "le parlementaire") and "le ministre" later find them.
                NoteTitle(NounPhrases.Slice(text, tokens, office, start), name);
            }
            else if (Appositions.TitleAround(text, tokens, start, end) is { } apposed)
            {
                NoteTitle(apposed, name); // "Le maire de Montreuil-Bellay, Daniel Fourrier,", "Raj Bedi, the minister,"
            }
            else if (Appositions.DescribingNounBefore(tokens, start) is { } nounBefore)
            {
                Note(nounBefore, name); // "le vigneron Bernard Lacombe": "le vigneron" later
                if (Appositions.DescribingNounBeforeAdjective(tokens, start) is { } nounBeforeAdjective)
                {
                    Note(nounBeforeAdjective, name); // "Le poète haïtien Jean-Robert Désir": "le poète" later
                }
            }

            // "Kevin Guéguen, étudiant,": "l'étudiant" later, after a title too ("la docteure Agnès Delmotte, pneumopédiatre":
            // "la pneumopédiatre").
            if (Appositions.DescribingNounAfter(tokens, end) is { } nounAfter)
            {
                Note(nounAfter, name);
            }

            // "Infirmière depuis douze ans, Aurélie Ménard …": "l'infirmière" later.
            if (Appositions.DescribingNounOpening(tokens, start) is { } opening)
            {
                Note(opening, name);
            }
        }
        else if (start >= 1 && (tokens[start - 1].IsWord || tokens[start - 1].Text == ","))
        {
            Genders.Observe(tokens, start, tokens[start].Text, null); // "Mrs Alder", "M. Goudet", "Her husband, Tom,"
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
    /// The lower-case office noun whose complement opens at <paramref name="complement"/> ("sénateur" in "Le sénateur du Cantal",
    /// "ministre" in "la ministre de l'Intérieur"), after a determiner or a modifier that opens an office; else null.
    /// </summary>
    private static int? OfficeBeforeComplement(List<Token> tokens, int complement)
    {
        var link = complement - 1;
        if (link >= 1 && tokens[link].Lower is "l'" or "l’" or "la" or "le" or "les")
        {
            link--; // "de l'Intérieur", "de la Justice"
        }

        var office = link - 1;
        return office >= 1 && tokens[link].Lower is "de" or "du" or "des" or "of" && tokens[office] is { IsWord: true, IsCapitalized: false } noun
            && WordLists.IsOfficeWord(noun.Text) && OpensOffice(tokens[office - 1])
            ? office
            : null;
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
        index._byFirstWord.Clear();
        index._byOrganisationHead.Clear();
        index._cleaned.Clear();
        index._titleHolders.Clear();
        index._wholeTitleHolders.Clear();
        index.Genders.Clear();
        index._firstIssuingElement = int.MaxValue;
        index._firstElementOfKind.Clear();
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
            if (GivenNames.Contains(words[0]))
            {
                _byGivenName[words[0]] = _byGivenName.ContainsKey(words[0]) ? -1 : added;
            }
            else if (words.Length == 2 && words[0].Length <= 5 && char.IsUpper(words[0][0]) && char.IsUpper(words[1][0]) && !PersonNames.IsOrganisationWord(words[1]))
            {
                _byFirstWord[words[0]] = _byFirstWord.ContainsKey(words[0]) ? -1 : added;
            }

            if (WordLists.FrenchOrganisationHeads.Contains(words[0]) && char.IsUpper(words[0][0]))
            {
                _byOrganisationHead[words[0]] = _byOrganisationHead.ContainsKey(words[0]) ? -1 : added;
            }
        }
    }
}
