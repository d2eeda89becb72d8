using System;
using System.Collections.Generic;

namespace ArticleGen.Parsing.Attribution;

/// <summary>
/// Drops the titles that English (and sometimes French) writes in capitals before a name:
/// "United States President Donald Trump" → "Donald Trump" (title "United States President"),
/// "Deputy Emergency Situations Minister Alexander Chupriyan" → "Alexander Chupriyan",
/// "Professor Carl Lipo" → "Carl Lipo", "M. Ayrault" → "Ayrault".
/// </summary>
internal static class PersonNames
{
    private static readonly WordSet TitleWords = new(System.Linq.Enumerable.Concat(WordLists.TitlesAndRanks, new[]
    {
        "whip", "deputy", "vice", "former", "acting", "interim", "head", "chairman", "chairwoman", "chair", "ambassador",
        "attorney", "leader", "inspector", "superintendent", "marshal", "sheriff", "coach", "spokesman", "spokeswoman",
        "spokesperson", "master", "grandmaster", "councillor", "councilor", "cardinal", "bishop", "archbishop", "sultan", "manager",
        "me", "maître", "taoiseach", "tánaiste",
        "porte-parole", "rapporteur", "prosecutor", "procureur", "procureure",
        "broadcaster", "commentator", "columnist", "editor", "photographer", "filmmaker", "designer", "entrepreneur",
        "actor", "actress", "singer", "rapper", "comedian", "author", "writer", "novelist", "artist", "producer", "journalist", "reporter",
        "presenter", "lead", "founder", "lawyer", "doctor", "analyst", "economist", "researcher", "scientist", "activist", "chairperson",
        "acteur", "actrice", "chanteur", "chanteuse", "écrivain", "écrivaine", "auteur", "autrice", "journaliste", "avocat", "avocate",
        "économiste", "chercheur", "chercheuse", "militant", "militante", "fondateur", "fondatrice",
        "legislator", "lawmaker", "congressman", "congresswoman", "councilman", "councilwoman", "assemblyman", "assemblywoman",
        "scholar", "historian", "strategist", "pollster", "candidate", "nominee", "organizer", "organiser", "commander", "detective", "constable",
        // Who a vox-pop speaker is, written like a title at the head of a sentence: "Voter Kitty Mak told The Atlantic".
        "voter", "resident", "witness", "eyewitness", "protester", "protestor", "demonstrator", "student", "passenger", "survivor", "volunteer",
        "shopper", "bystander", "tourist", "attendee", "spectator", "neighbour", "neighbor",
        "netizen", "commenter", // "Netizen Li Wei commented on Weibo:"
        "environmentalist", "conservationist", "campaigner", "expert", "specialist", "consultant", "physician", "surgeon", "psychologist",
        "sociologist", "biologist", "physicist", "chemist", "astronomer", "geologist", "archaeologist", "epidemiologist", "virologist",
        "lecturer", "blogger", "poet", "playwright", "composer", "musician", "guitarist", "architect", "engineer", "businessman",
        "businesswoman", "billionaire", "philanthropist", "diplomat", "politician",
        "motorist", "driver", "commuter", "pedestrian", "onlooker", "customer", "visitor", "participant", "homeowner", "villager",
        "shopkeeper", "farmer", "fisherman", "nurse", "teacher", "pilot", "owner", "employee", "worker", "parent",
        "fellow", // "Research Fellow Martin How", "Senior Fellow Jane Doe": an academic's post
        // A player's position, written before the name in match reports: "Fly-half Tom Ashworth kicked …", "l'ailier Théo Marin".
        "fly-half", "scrum-half", "hooker", "flanker", "prop", "winger", "striker", "goalkeeper", "midfielder", "defender", "full-back",
        "centre-back", "skipper", "quarterback", "batsman", "bowler", "attaquant", "attaquante", "défenseur", "défenseure", "gardien",
        "gardienne", "ailier", "ailière", "pilier", "talonneur", "buteur", "buteuse", "meneur", "meneuse",
    }));

    /// <summary>Words that end an organisation's name: "Amnesty International Man-kei Tam" is the organisation, then the person.</summary>
    private static readonly WordSet OrganisationWords = new(new[]
    {
        "International", "Ministry", "Council", "Committee", "Agency", "Association", "Foundation", "University", "Company", "Group",
        "Party", "Bank", "Office", "Department", "Police", "Army", "Organisation", "Organization", "Institute", "Commission", "Union",
        "Court", "Times", "Post", "News", "Press", "Network", "Service", "Services", "Corporation", "Inc", "Ltd", "Watch", "Federation",
        "Fund", "Forces", "Bureau", "Authority", "Board", "Nations", "Coalition", "Alliance", "Parliament", "Assembly", "Government",
        "République", "Republic", "Kingdom", "Sénat", "Senate", "Assemblée", "Gouvernement",
        "Centre", "Center", "Centres", "Centers", "Administration", "Society", "Institution", "Secretariat", "Tribunal", "Inspectorate", "Directorate", "Ombudsman", "Registry", "Regulator",
        "League", "Movement", "Campaign", "Congress", "Conference", "Initiative", "Project", "Trust", // "Hellenic League for Human Rights"
        "Institut", "Université", "Ministère", "Conseil", "Comité", "Agence", "Fondation", "Banque", "Parti", "Cour",
    });

    /// <summary>A word that ends an organisation's name: "Ministry", "Department", "University".</summary>
    public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(word);

    /// <summary>The name without its leading titles, and the titles (null when there were none).</summary>
    public static (string Name, string? Title) Clean(string name)
    {
        // "Irish Taoiseach — Prime Minister — Leo Varadkar": a gloss between dashes inside the subject; the name after the
        // second dash is the person's, what comes before it the title.
        if (AfterDashAside(name) is int afterAside)
        {
            var (afterName, _) = Clean(name.Substring(afterAside));
            return (afterName, name.Substring(0, name.IndexOfAny(Dashes)).Trim());
        }

        // "Mr.Bush", "Mme.Royal": a form of address glued to the name by its period, as scraped text sometimes has it.
        var dot = name.IndexOf('.');
        if (dot >= 2 && dot + 1 < name.Length && char.IsUpper(name[dot + 1]) && name.IndexOf(' ') is var space && (space < 0 || space > dot)
            && name.Substring(0, dot) is "Mr" or "Mrs" or "Ms" or "Dr" or "Mme" or "Mlle" or "Prof")
        {
            var address = name.Substring(0, dot) is "Mme" or "Mlle" ? name.Substring(0, dot) : name.Substring(0, dot + 1); // French writes "Mme" with no period
            return Clean(address + " " + name.Substring(dot + 1));
        }

        var words = WordStrings.SplitOnSpaces(name);

        // "des États-Unis Donald Trump", "of the Philippines Rodrigo Duterte": a span cut after a capitalised title ("Le Président
        // des États-Unis Donald Trump") that opens on the office's place; the person starts at a known given name after the
        // place's first word ("des Affaires Étrangères Jean-Yves Le Drian"), else is the last two capitalised words. (A
        // particle surname, "de Mistura", "de la Rocha", has fewer capitalised words after its particle.)
        if (words.Length >= 4 && words[0] is "des" or "du" or "de" or "of" or "for")
        {
            var place = words[1] is "la" or "the" ? 2 : 1;
            if (words.Length - place >= 3 && AllCapitalized(words, place, words.Length) && PersonAfterPlace(words, place) is int person)
            {
                return (string.Join(" ", words, person, words.Length - person), null);
            }
        }

        var lastTitle = -1;
        for (var i = 0; i < words.Length - 1; i++)
        {
            // A title, or the last word of an organisation's name followed by a person's (two words at
            // least, none of them an organisation word: "International Monetary Fund" stays whole).
            // "Hong Kong's Carrie Lam": a possessive place or body before the person is a title too.
            // ("Chief Justice John G. Roberts", "Justice Stevens": a judge's title before a name, not in "Justice Department".)
            // ("Martin Luther King Jr", "Coretta Scott King": after a known given name and no title, a title's word is a surname.)
            if ((IsTitle(words[i]) && !(i > 0 && lastTitle < 0 && GivenNames.Contains(words[0])))
                || (OrganisationWords.Contains(words[i]) && words.Length - i - 1 >= 2 && !HasOrganisationWord(words, i + 1))
                || (words[i] == "Justice" && char.IsUpper(words[i + 1][0]) && !OrganisationWords.Contains(words[i + 1]))
                || (NounPhrases.IsPossessive(words[i]) && words.Length - i - 1 >= 2 && !IsPluralOwnerOfBody(words, i))
                || IsOccupationBeforeGivenName(words, i))
            {
                lastTitle = i;
            }
        }

        // "First Minister of Scotland Nicola Sturgeon", "Secretary of State Mike Pompeo": the words after
        // "of" name the office's place; the person is the last two capitalised words.
        // ("Président des États-Unis Donald Trump", "Président du Sénat Gérard Larcher", "President of the Philippines
        // Rodrigo Duterte": French "des"/"du" and an article before the place too.)
        if (lastTitle >= 0 && lastTitle + 2 < words.Length && words[lastTitle + 1] is "of" or "de" or "for" or "des" or "du")
        {
            var place = lastTitle + 2 + (words[lastTitle + 2] is "la" or "the" && lastTitle + 3 < words.Length ? 1 : 0);
            if (words.Length - 2 > place && AllCapitalized(words, place, words.Length))
            {
                lastTitle = PersonAfterPlace(words, place) is int person ? person - 1 : -1;
            }
        }

        if (lastTitle < 0 || !char.IsUpper(words[lastTitle + 1][0]))
        {
            return (name, null);
        }

        return (string.Join(" ", words, lastTitle + 1, words.Length - lastTitle - 1), string.Join(" ", words, 0, lastTitle + 1));
    }

    /// <summary>
    /// "Canoeist Ellie Brandon", "Skipper Mark Tozer", "Dutchman Sven de Wit": a capitalised word of what someone is (a word of
    /// a trade's ending, a nationality or a party's member, not itself a given name) before a known given name and a surname.
    /// </summary>
    private static bool IsOccupationBeforeGivenName(string[] words, int i)
    {
        var word = words[i];
        // "Immunologist Kristian Andersen", "Statistician Jane Roe": a science's or a trade's ending no name has, before two
        // capitalised words, whether or not the given name is one the list knows.
        if (words.Length - i >= 3 && (word.EndsWith("ologist", StringComparison.Ordinal) || word.EndsWith("ician", StringComparison.Ordinal))
            && char.IsUpper(word[0]) && char.IsUpper(words[i + 1][0]) && char.IsUpper(words[i + 2][0]))
        {
            return true;
        }

        if (words.Length - i < 3 || word.Length < 4 || !char.IsUpper(word[0]) || !GivenNames.Contains(words[i + 1]) || GivenNames.Contains(word)
            || (!char.IsUpper(words[i + 2][0]) && words[i + 2] is not ("de" or "van" or "von" or "da" or "di" or "le" or "la")))
        {
            return false;
        }

        // ("Liberal Democrat Vince Cable", "Republican John McCain": a party's member is what someone is, as a trade is.)
        return WordLists.EnglishDemonyms.Contains(word) || word is "Democrat" or "Republican" or "Tory" or "Conservative" or "Liberal"
            || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
            || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal);
    }

    private static readonly char[] Dashes = { '—', '–' };

    /// <summary>Where the words after a second dash start, when the name holds two dashes and two words at least after them; else null.</summary>
    private static int? AfterDashAside(string name)
    {
        var first = name.IndexOfAny(Dashes);
        var second = first < 0 ? -1 : name.IndexOfAny(Dashes, first + 1);
        if (second < 0)
        {
            return null;
        }

        var start = second + 1;
        while (start < name.Length && char.IsWhiteSpace(name[start]))
        {
            start++;
        }

        return start < name.Length && char.IsUpper(name[start]) && name.IndexOf(' ', start) > start ? start : null;
    }

    /// <summary>
    /// Where the person starts after an office's place that opens at <paramref name="place"/>: at the first known given name
    /// after the place's first word ("Affaires Étrangères Jean-Yves Le Drian"), else the last two words ("États-Unis Donald
    /// Trump"); null when those hold an organisation's word ("head of the World Health Organization": the place is the
    /// whole body, and no one is named after it).
    /// </summary>
    private static int? PersonAfterPlace(string[] words, int place)
    {
        for (var k = place + 1; k < words.Length - 1; k++)
        {
            if (GivenNames.Contains(words[k]))
            {
                return k;
            }
        }

        return HasOrganisationWord(words, words.Length - 2) ? null : words.Length - 2;
    }

    /// <summary>
    /// "Women's Rights League", "Seafarers' Assistance Program", "Veterans' Association": a plural owner (a word in -s' or a plural
    /// in 's, "Women's", "Children's", "People's") before a body's name is part of that name, no title; a place owns
    /// in the singular ("Britain's Foreign Office", "Hong Kong's Carrie Lam").
    /// </summary>
    private static bool IsPluralOwnerOfBody(string[] words, int i)
    {
        var owner = words[i];
        var plural = owner.EndsWith("s'", StringComparison.Ordinal) || owner.EndsWith("s’", StringComparison.Ordinal)
            || owner is "Women's" or "Women’s" or "Children's" or "Children’s" or "People's" or "People’s" or "Men's" or "Men’s";
        return plural && (HasOrganisationWord(words, i + 1) || words[words.Length - 1] is "Program" or "Programme");
    }

    private static bool AllCapitalized(string[] words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsUpper(words[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasOrganisationWord(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (OrganisationWords.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a description names a person by a role or title word: "A spokesperson for Boeing", "the chairman".</summary>
    public static bool HasTitleWord(string description)
    {
        foreach (var word in WordStrings.SplitOnSpaces(description))
        {
            if (TitleWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A spokesperson for Prime Minister" (+ "Justin Trudeau"), "un proche de M." (+ "Dupont"): a description
    /// whose last words are a preposition and titles only, so the name after it is the complement (whom the
    /// person described works for), not the person. "First Minister of Scotland" (a place after "of") is not.
    /// </summary>
    public static bool IsDescriptionOfSomeone(string heading)
    {
        var words = WordStrings.SplitOnSpaces(heading);
        if (words.Length < 3 || !WordLists.Determiners.Contains(words[0]) || !char.IsLower(words[1][0]))
        {
            return false;
        }

        // ("un conseiller du président", "la porte-parole de la ministre": French writes the titles in lower case.)
        var k = words.Length - 1;
        while (k > 1 && IsAnyTitle(words[k]))
        {
            k--;
        }

        if (k > 2 && k < words.Length - 1 && words[k] is "le" or "la" or "les" or "the")
        {
            k--;
        }

        return words[k] is "for" or "of" or "de" or "du" or "des" or "pour" or "d’" or "d'";
    }

    /// <summary>A title of either list: <see cref="IsTitle"/>'s role words, or the titles and honorifics dropped from names (<see cref="WordLists.Titles"/>).</summary>
    public static bool IsAnyTitle(string word) => IsTitle(word) || WordLists.Titles.Contains(word);

    /// <summary>A title word ("minister", "Dr."), a French nationality noun ("Suisse"), or a compound of one ("Ex-Prime").</summary>
    public static bool IsTitle(string word)
    {
        // A nationality counts only written as a French noun, with its capital: "le Suisse Pablo Dana".
        if (TitleWords.Contains(word) || (char.IsUpper(word[0]) && WordLists.Demonyms.Contains(word)))
        {
            return true;
        }

        // "Ex-Prime", "Vice-President", "Co-Chair", "Italo-Suisse".
        var dash = word.IndexOf('-');
        if (dash <= 0 || dash == word.Length - 1)
        {
            return false;
        }

        var last = word.Substring(dash + 1);
        return TitleWords.Contains(last) || (char.IsUpper(last[0]) && WordLists.Demonyms.Contains(last)) || word.StartsWith("Ex-", StringComparison.OrdinalIgnoreCase);
    }
}
